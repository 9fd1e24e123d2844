import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem } from '../../types.ts'
import { findHedges } from '../../text/disfluency.ts'
import { analyseText } from '../../text/nlp.ts'
import { unreliableTranscript } from '../../text/timing.ts'

const options = z.object({
  /** hedges per 100 words that cost nothing */
  harmlessPer100Words: z.number().min(0).default(0.8),
  /** hedges per 100 words at which the answer sounds unsure */
  harmfulPer100Words: z.number().positive().default(3),
  minConfidence: z.number().min(0).max(1).default(0.6),
  minWords: z.number().int().min(1).default(15),
})

export const messages = {
  many: (n: number) => `${n} hedges ("I guess", "probably"): state what you did plainly.`,
}

export default defineScorer({
  id: 'hedges',
  version: '1.0.0',
  dimension: 'delivery',
  description:
    'Hedges ("I think maybe", "probably", "I guess") per 100 words: they make a real achievement sound uncertain.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const unreliable = unreliableTranscript(input.words, analysis.wordCount, opts)
    if (unreliable) return abstain(unreliable)
    const hedges = findHedges(analysis)
    const per100 = (hedges.length * 100) / analysis.wordCount
    const excess =
      Math.max(0, per100 - opts.harmlessPer100Words) /
      (2 * opts.harmfulPer100Words - opts.harmlessPer100Words)
    const score = Math.round(100 * Math.max(0, 1 - excess))
    const feedback: FeedbackItem[] = []
    if (per100 > opts.harmlessPer100Words) {
      feedback.push({
        kind: 'improvement',
        message: messages.many(hedges.length),
        evidence: hedges.slice(0, 8).map(({ start, end }) => ({ start, end })),
      })
    }
    const words = hedges.map((h) => h.text.toLowerCase())
    return {
      score,
      label:
        per100 > opts.harmfulPer100Words
          ? 'unsure'
          : per100 > opts.harmlessPer100Words
            ? 'some hedging'
            : 'assured',
      feedback,
      metrics: {
        hedges: hedges.length,
        hedgeWords: words,
        hedgesPer100Words: Math.round(per100 * 10) / 10,
      },
      suggestions: feedback.map((f) => f.message),
      artifacts: { delivery: { hedges: { count: hedges.length, words } } },
    }
  },
})
