import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText } from '../../text/nlp.ts'
import {
  findLongPauses,
  locateWords,
  orderedWords,
  speakingMinutes,
  unreliableTranscript,
} from '../../text/timing.ts'

const options = z.object({
  /** a silence longer than this, in seconds, is a long pause */
  longPauseSeconds: z.number().positive().default(2),
  /** long pauses per minute that cost nothing */
  harmlessPerMinute: z.number().min(0).default(1),
  /** points lost per long pause beyond the harmless rate */
  penaltyPerPause: z.number().min(0).default(12),
  minConfidence: z.number().min(0).max(1).default(0.6),
  minWords: z.number().int().min(1).default(20),
})

export const messages = {
  long: (n: number, s: number) =>
    `${n} long pause${n === 1 ? '' : 's'} (over ${s} s): prepare the outline of your story so you do not lose the thread.`,
}

export default defineScorer({
  id: 'pauses',
  version: '1.0.0',
  dimension: 'delivery',
  description: 'Long silences between words, from word timings.',
  options,
  async score(input, { options: opts }) {
    const ordered = orderedWords(input.words)
    if (ordered.length < 2)
      return abstain('There are no word timings (a typed answer), so pauses cannot be measured.')
    const analysis = analyseText(input.transcript)
    const unreliable = unreliableTranscript(input.words, analysis.wordCount, opts)
    if (unreliable) return abstain(unreliable)
    const pauses = findLongPauses(input.words, opts.longPauseSeconds)
    const minutes = speakingMinutes(input.words, input.durationMs) ?? 1
    const allowed = Math.floor(opts.harmlessPerMinute * minutes)
    const score = Math.round(
      Math.max(0, 100 - Math.max(0, pauses.length - allowed) * opts.penaltyPerPause),
    )
    // quoting a pause needs the words found in the transcript; an answer without one needs none
    const located = pauses.length > 0 ? locateWords(input.transcript, ordered) : []
    const evidence: Span[] = []
    for (const pause of pauses) {
      const before = located[pause.afterWord]
      const after = located[pause.afterWord + 1]
      if (before && after && after.end > before.start)
        evidence.push({ start: before.start, end: after.end })
    }
    const feedback: FeedbackItem[] = []
    if (pauses.length > allowed && evidence.length > 0)
      feedback.push({
        kind: 'improvement',
        message: messages.long(pauses.length, opts.longPauseSeconds),
        evidence: evidence.slice(0, 6),
      })
    return {
      score,
      label: pauses.length > allowed ? 'hesitant' : 'steady',
      feedback,
      metrics: {
        longPauses: pauses.length,
        pauseSeconds: pauses.map((p) => p.seconds),
        longPauseThresholdSeconds: opts.longPauseSeconds,
      },
      suggestions: feedback.map((f) => f.message),
      artifacts: { delivery: { longPauses: pauses.length } },
    }
  },
})
