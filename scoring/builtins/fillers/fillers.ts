import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem } from '../../types.ts'
import { findFillers } from '../../text/disfluency.ts'
import { analyseText } from '../../text/nlp.ts'
import { speakingMinutes, unreliableTranscript } from '../../text/timing.ts'

const options = z.object({
  /** fillers per minute that cost nothing (Clark & Fox Tree 2002 count ~2–3/min in fluent speech) */
  harmlessPerMinute: z.number().min(0).default(2),
  /** fillers per minute at which listeners judge the speaker less competent (~5/min) */
  harmfulPerMinute: z.number().positive().default(5),
  /** per 100 words, for typed answers: 5/min at a 150 wpm pace is about 3.3 */
  harmfulPer100Words: z.number().positive().default(3.3),
  minConfidence: z.number().min(0).max(1).default(0.6),
  minWords: z.number().int().min(1).default(15),
})

export const messages = {
  clean: 'Few fillers: you sound sure of what you say.',
  many: (n: number) => `${n} fillers: pause silently instead of "um", "like" or "you know".`,
}

export default defineScorer({
  id: 'fillers',
  version: '1.0.0',
  dimension: 'delivery',
  description:
    'Fillers ("um", "you know", "I mean", "like" in filler positions) and repeated words ("I, I"), per minute and per 100 words; counted from the text, so typed answers count too.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const unreliable = unreliableTranscript(input.words, analysis.wordCount, opts)
    if (unreliable) return abstain(unreliable)
    const fillers = findFillers(analysis)
    const minutes = speakingMinutes(input.words, input.durationMs)
    const perMinute = minutes === null ? null : fillers.length / minutes
    const per100 = (fillers.length * 100) / analysis.wordCount
    // 0 at the harmless rate, 100 lost at twice the harmful rate
    const rate = perMinute ?? (per100 * opts.harmfulPerMinute) / opts.harmfulPer100Words
    const excess =
      Math.max(0, rate - opts.harmlessPerMinute) /
      (2 * opts.harmfulPerMinute - opts.harmlessPerMinute)
    const score = Math.round(100 * Math.max(0, 1 - excess))
    const harmful = rate > opts.harmfulPerMinute
    const evidence = fillers.slice(0, 8).map(({ start, end }) => ({ start, end }))
    const feedback: FeedbackItem[] = []
    if (fillers.length > 0 && rate > opts.harmlessPerMinute)
      feedback.push({ kind: 'improvement', message: messages.many(fillers.length), evidence })
    const round = (n: number) => Math.round(n * 10) / 10
    const words = fillers.map((f) => f.text.toLowerCase())
    return {
      score,
      label: harmful
        ? 'distracting fillers'
        : rate > opts.harmlessPerMinute
          ? 'some fillers'
          : 'fluent',
      feedback,
      metrics: {
        expectation: perMinute === null ? 'typed or untimed: per 100 words' : 'spoken: per minute',
        fillers: fillers.length,
        fillerWords: words,
        fillersPerMinute: perMinute === null ? null : round(perMinute),
        fillersPer100Words: round(per100),
      },
      suggestions: feedback.map((f) => f.message),
      artifacts: {
        delivery: {
          fillers: { count: fillers.length, words },
          fillersPerMinute: perMinute === null ? null : round(perMinute),
          fillersPer100Words: round(per100),
        },
      },
    }
  },
})
