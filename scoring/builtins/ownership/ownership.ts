import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText, type TextAnalysis, type TextToken } from '../../text/nlp.ts'
import { isPastAction } from '../../text/grammar.ts'

const options = z.object({
  /** share of "I" among the agents of actions that earns full marks */
  iShareTarget: z.number().min(0.1).max(1).default(0.6),
  minWords: z.number().int().min(1).default(8),
})

export const messages = {
  owned: 'You say what you did yourself.',
  weHeavy: 'Mostly "we": say which part was yours ("I wrote…", "I asked…").',
  partlyWe: 'Part of it is told as "we": say which of those parts were yours.',
  noAgent: 'No one acts in this answer: say what you did.',
  unproven:
    'These say what you would do or usually do: for a "tell me about a time" question, say what you did.',
}

// a Map: an object literal would also answer for "constructor", "valueOf" and the like
const AGENTS = new Map<string, Agency['agent']>([
  ['i', 'i'],
  ['we', 'we'],
  ['the team', 'we'],
  ['they', 'they'],
])
const LIGHT_VERBS = new Set(['be', 'have', 'think', 'guess', 'feel', 'mean', 'know'])
const MODALS = new Set(['would', "'d", 'will', "'ll", 'might', 'could', 'should', 'can', 'may'])
/** "I think I shared…", "maybe I asked": a hedged action is not a claim of one (decision 055) */
const HEDGES = new Set(['think', 'guess', 'mean', 'suppose', 'maybe', 'probably', 'perhaps'])

interface Agency extends Span {
  agent: 'i' | 'we' | 'they'
  /** "I wrote" is a past action; "I would write", "I always write" are not evidence of one */
  past: boolean
  /** preceded by "I think", "I mean", "maybe": not evidence of an action, in any kind of answer */
  hedged: boolean
}

/** Subject + verb pairs: "I wrote", "we decided", "I would ask". */
function findAgency(analysis: TextAnalysis): Agency[] {
  const { tokens } = analysis
  const out: Agency[] = []
  tokens.forEach((t: TextToken, i) => {
    const agent = AGENTS.get(t.lower)
    if (!agent || t.lower === 'the') return
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k += 1) {
      const v = tokens[k]
      if (v.sentence !== t.sentence || v.type === 'punctuation') break
      if (v.pos === 'VERB' && !LIGHT_VERBS.has(v.lemma)) {
        const between = tokens.slice(i + 1, k)
        // "I would ask", and "if I disagreed", are not actions taken
        const modal = between.some((b) => MODALS.has(b.lower)) || tokens[i - 1]?.lower === 'if'
        const hedged = [...tokens.slice(Math.max(0, i - 3), i), ...between].some(
          (b) => b.sentence === t.sentence && HEDGES.has(b.lower),
        )
        out.push({ agent, start: t.start, end: v.end, past: !modal && isPastAction(v), hedged })
        break
      }
    }
  })
  return out
}

export default defineScorer({
  id: 'ownership',
  version: '1.2.2',
  dimension: 'content',
  description:
    'Whose actions the answer tells: first-person singular agency ("I asked…") against "we" and "they".',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    if (analysis.wordCount < opts.minWords)
      return abstain(
        `The answer has ${analysis.wordCount} words: too short to tell whose actions it describes.`,
      )
    const agency = findAgency(analysis)
    // a behavioural question asks what you did: "I would…" and "I always…" are not actions taken
    const behavioural = input.kind === 'behavioural'
    const mine = agency.filter((a) => a.agent === 'i' && !a.hedged && (a.past || !behavioural))
    const unproven = agency.filter((a) => a.agent === 'i' && (a.hedged || (!a.past && behavioural)))
    const others = agency.filter((a) => a.agent !== 'i')
    const iShare = agency.length === 0 ? 0 : mine.length / agency.length
    const technical = input.kind === 'technical'
    let score = Math.round(100 * Math.min(1, iShare / opts.iShareTarget))
    // a technical answer explains a system: agency matters less there
    if (technical) score = Math.round(60 + score * 0.4)

    const feedback: FeedbackItem[] = []
    if (mine.length > 0 && iShare >= opts.iShareTarget / 2)
      feedback.push({
        kind: 'strength',
        message: messages.owned,
        evidence: mine.slice(0, 4).map(({ start, end }) => ({ start, end })),
      })
    if (others.length > 0 && iShare < opts.iShareTarget)
      feedback.push({
        kind: 'improvement',
        // beside its own strength for the "I" half, "mostly" would not be true
        message: iShare < 0.5 ? messages.weHeavy : messages.partlyWe,
        evidence: others.slice(0, 4).map(({ start, end }) => ({ start, end })),
      })
    if (unproven.length > mine.length && unproven.length >= 2)
      feedback.push({
        kind: 'improvement',
        message: messages.unproven,
        evidence: unproven.slice(0, 4).map(({ start, end }) => ({ start, end })),
      })
    if (agency.length === 0 && analysis.sentences.length > 0 && !technical) {
      feedback.push({
        kind: 'improvement',
        message: messages.noAgent,
        evidence: [{ start: analysis.sentences[0].start, end: analysis.sentences[0].end }],
      })
    }
    return {
      score,
      label: score >= 75 ? 'owned' : score >= 45 ? 'shared' : 'hidden behind the team',
      feedback,
      metrics: {
        expectation: technical
          ? 'technical: agency weighs lightly'
          : `${input.kind}: the candidate's own actions`,
        iActions: mine.length,
        iWouldActions: unproven.length,
        weActions: others.filter((a) => a.agent === 'we').length,
        theyActions: others.filter((a) => a.agent === 'they').length,
        iShare: Math.round(iShare * 100) / 100,
      },
      suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
    }
  },
})
