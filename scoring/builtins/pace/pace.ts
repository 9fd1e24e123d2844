import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem } from '../../types.ts'
import { analyseText } from '../../text/nlp.ts'
import { speakingMinutes, unreliableTranscript } from '../../text/timing.ts'

const options = z.object({
  /** conversational English runs at about 130–160 words per minute (see README) */
  idealMin: z.number().positive().default(130),
  idealMax: z.number().positive().default(160),
  /** how many wpm outside the ideal range cost all the points */
  tolerance: z.number().positive().default(60),
  minConfidence: z.number().min(0).max(1).default(0.6),
  minWords: z.number().int().min(1).default(20),
})

export const messages = {
  good: (wpm: number) => `A comfortable pace (${wpm} words per minute).`,
  fast: (wpm: number) => `Fast (${wpm} words per minute): slow down so each point lands.`,
  slow: (wpm: number) => `Slow (${wpm} words per minute): tighten the pauses between sentences.`,
}

export default defineScorer({
  id: 'pace',
  version: '1.0.0',
  dimension: 'delivery',
  description:
    'Speaking pace in words per minute, from word timings or the recording length, against a conversational range.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const minutes = speakingMinutes(input.words, input.durationMs)
    if (minutes === null)
      return abstain('This answer was typed, so there are no timings to measure pace from.')
    const unreliable = unreliableTranscript(input.words, analysis.wordCount, opts)
    if (unreliable) return abstain(unreliable)
    const count = input.words && input.words.length > 0 ? input.words.length : analysis.wordCount
    const wpm = Math.round(count / minutes)
    const off =
      wpm < opts.idealMin ? opts.idealMin - wpm : wpm > opts.idealMax ? wpm - opts.idealMax : 0
    const score = Math.round(100 * Math.max(0, 1 - off / opts.tolerance))
    const whole =
      analysis.sentences.length > 0
        ? [
            {
              start: analysis.sentences[0].start,
              end: analysis.sentences[analysis.sentences.length - 1].end,
            },
          ]
        : []
    const feedback: FeedbackItem[] = []
    if (whole.length > 0) {
      if (off === 0)
        feedback.push({ kind: 'strength', message: messages.good(wpm), evidence: whole })
      else
        feedback.push({
          kind: 'improvement',
          message: wpm > opts.idealMax ? messages.fast(wpm) : messages.slow(wpm),
          evidence: whole,
        })
    }
    return {
      score,
      label: off === 0 ? 'conversational' : wpm > opts.idealMax ? 'fast' : 'slow',
      feedback,
      metrics: {
        wpm,
        minutes: Math.round(minutes * 100) / 100,
        idealRange: `${opts.idealMin}–${opts.idealMax} wpm`,
      },
      suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
      artifacts: { delivery: { wpm } },
    }
  },
})
