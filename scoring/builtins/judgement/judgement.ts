import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem } from '../../types.ts'
import { MISTAKE_QUESTION_WORDS } from './judgement.data.ts'
import { findExcuses, findGoodSigns, findRedFlags, type RedFlagKind } from './red-flags.ts'

const options = z.object({
  /** the score of an answer with no red flag and no sign of judgement either way */
  neutral: z.number().min(0).max(100).default(75),
  /** points per distinct sign of sound judgement (raising early, options, checks), up to 100 */
  goodSignPoints: z.number().min(0).max(25).default(5),
  /** points lost for the first kind of red flag; each further kind costs `furtherPenalty` */
  firstPenalty: z.number().min(0).max(100).default(65),
  furtherPenalty: z.number().min(0).max(100).default(25),
  /** points lost per kind of excuse ("no harm done", "everyone does it"); this many make a red flag */
  excusePoints: z.number().min(0).max(100).default(15),
  excusesForAFlag: z.number().int().min(1).default(2),
  minWords: z.number().int().min(1).default(12),
})

export const messages = {
  sound: 'This shows sound judgement: problems raised early and openly, with options or checks.',
  redFlag: {
    concealment:
      'Keeping a problem from the client or your manager is a red flag to an interviewer: say when and how you would tell them.',
    misrepresentation:
      'Misrepresenting what happened is a red flag: give the real cause and what you are doing about it.',
    blame: 'Blaming others is a red flag: say what you could control and what you did about it.',
    'cutting corners':
      'Skipping tests, checks or safety rules is a red flag: say what you would cut instead (scope, not safety or quality).',
    'coerced overtime':
      'Forcing overtime on the team is a red flag: say how you would re-plan, and ask rather than order.',
    'taking credit':
      "Taking credit for others' work is a red flag: say what you did and what others did.",
    undermining:
      'Undermining a colleague is a red flag: say how you raised the problem with them directly.',
    excusing:
      'Excusing a lapse ("no harm done", "everyone does it") tells an interviewer you would do it again: say what you would do differently.',
  } satisfies Record<Flagged, string>,
}

/** A red flag's kind, or excuses enough to count as one. */
type Flagged = RedFlagKind | 'excusing'

function label(score: number, flags: number): string {
  if (flags >= 2) return 'red flags'
  if (flags === 1) return 'a red flag'
  return score >= 85 ? 'sound judgement' : 'no red flags'
}

export default defineScorer({
  id: 'judgement',
  version: '3.1.0',
  dimension: 'content',
  description:
    'Red flags an interviewer marks down however fluent the answer (hiding a problem, misrepresenting it, blaming others, taking credit, unsafe or rule-breaking shortcuts, undermining colleagues, forcing overtime), found from how such acts are said in general, and signs of sound judgement (raising problems early, options, checks).',
  options,
  async score(input, { options: opts }) {
    const words = input.transcript.split(/\s+/).filter(Boolean).length
    if (words < opts.minWords)
      return abstain(`The answer has ${words} words: too short to judge the judgement it shows.`)
    const question = input.question.toLowerCase()
    const flags = findRedFlags(input.transcript, {
      asksForAMistake: MISTAKE_QUESTION_WORDS.some((w) => question.includes(w)),
    })
    const good = findGoodSigns(input.transcript)
    const excuses = findExcuses(input.transcript)
    // excuses enough to show the speaker would do it again are a red flag of their own
    const excusing = excuses.length >= opts.excusesForAFlag
    const kinds: Flagged[] = [...new Set(flags.map((f) => f.kind))]
    if (excusing) kinds.push('excusing')
    const penalty =
      kinds.length === 0
        ? opts.excusePoints * excuses.length
        : opts.firstPenalty + opts.furtherPenalty * (kinds.length - 1)
    const score = Math.round(
      Math.max(0, Math.min(100, opts.neutral + opts.goodSignPoints * good.length - penalty)),
    )
    const feedback: FeedbackItem[] = kinds.map((kind) => ({
      kind: 'improvement',
      message: messages.redFlag[kind],
      evidence:
        kind === 'excusing'
          ? excuses
          : flags.filter((f) => f.kind === kind).map(({ start, end }) => ({ start, end })),
    }))
    if (kinds.length === 0 && good.length >= 2)
      feedback.push({ kind: 'strength', message: messages.sound, evidence: good.slice(0, 3) })
    return {
      score,
      label: label(score, kinds.length),
      feedback,
      metrics: {
        expectation: `${input.kind}: the same red flags count for every kind of question`,
        redFlags: kinds,
        redFlagCount: flags.length,
        excuses: excuses.length,
        goodSigns: good.length,
      },
      suggestions: kinds.map((kind) => messages.redFlag[kind]),
    }
  },
})
