import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText, type TextAnalysis, type TextToken } from '../../text/nlp.ts'

const options = z.object({
  /** share of "I" among the agents of actions that earns full marks */
  iShareTarget: z.number().min(0.1).max(1).default(0.6),
  minWords: z.number().int().min(1).default(8),
})

export const messages = {
  owned: 'You say what you did yourself.',
  weHeavy: 'Mostly "we": say which part was yours ("I wrote…", "I asked…").',
  noAgent: 'No one acts in this answer: say what you did.',
}

const AGENTS = { i: 'i', we: 'we', 'the team': 'we', they: 'they' } as const
const LIGHT_VERBS = new Set(['be', 'have', 'think', 'guess', 'feel', 'mean', 'know'])

interface Agency extends Span {
  agent: 'i' | 'we' | 'they'
}

/** Subject + verb pairs: "I wrote", "we decided", "I would ask". */
export function findAgency(analysis: TextAnalysis): Agency[] {
  const { tokens } = analysis
  const out: Agency[] = []
  tokens.forEach((t: TextToken, i) => {
    const agent = AGENTS[t.lower as keyof typeof AGENTS]
    if (!agent || t.lower === 'the') return
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k += 1) {
      const v = tokens[k]
      if (v.sentence !== t.sentence || v.type === 'punctuation') break
      if (v.pos === 'VERB' && !LIGHT_VERBS.has(v.lemma)) {
        out.push({ agent, start: t.start, end: v.end })
        break
      }
    }
  })
  return out
}

export default defineScorer({
  id: 'ownership',
  version: '1.0.0',
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
    const mine = agency.filter((a) => a.agent === 'i')
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
        message: messages.weHeavy,
        evidence: others.slice(0, 4).map(({ start, end }) => ({ start, end })),
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
        weActions: others.filter((a) => a.agent === 'we').length,
        theyActions: others.filter((a) => a.agent === 'they').length,
        iShare: Math.round(iShare * 100) / 100,
      },
      suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
    }
  },
})
