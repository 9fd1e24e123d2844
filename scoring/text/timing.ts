/**
 * Speech timing from Deepgram-shaped words (seconds): speaking time, pace, long
 * pauses, confidence. Tolerant of words out of order or with broken times.
 */
import type { Word } from '../types.ts'

export interface Pause {
  /** index (in time order) of the word before the pause */
  afterWord: number
  seconds: number
  /** the words either side, as said */
  before: string
  after: string
}

// Pace, fillers, pauses and hedges all read the same words: frozen words (the pipeline freezes
// each answer's array and every word in it, decision 010) cannot change, so they are sorted and
// averaged once per answer. Words that are not frozen are measured afresh on every call.
const sortedOnce = new WeakMap<readonly Word[], readonly Word[]>()
const confidenceOnce = new WeakMap<readonly Word[], number | null>()

const immutable = (words: readonly Word[]) =>
  Object.isFrozen(words) && words.every((w) => Object.isFrozen(w))

function sorted(words: readonly Word[]): readonly Word[] {
  const known = sortedOnce.get(words)
  if (known) return known
  const result = words
    .filter(
      (w) => Number.isFinite(w.start) && Number.isFinite(w.end) && w.start >= 0 && w.end >= w.start,
    )
    .sort((a, b) => a.start - b.start)
  if (immutable(words)) sortedOnce.set(words, Object.freeze(result))
  return result
}

/** The words with finite, non-negative times, sorted by start. */
export function orderedWords(words: readonly Word[] | undefined): Word[] {
  if (!words) return []
  return sorted(words).slice()
}

/** Minutes of speech: from the first word's start to the last word's end, else from `durationMs`. */
export function speakingMinutes(
  words: readonly Word[] | undefined,
  durationMs: number | undefined,
): number | null {
  const ordered = words ? sorted(words) : []
  if (ordered.length >= 2) {
    const seconds = Math.max(...ordered.map((w) => w.end)) - ordered[0].start
    if (seconds > 0) return seconds / 60
  }
  if (durationMs !== undefined && Number.isFinite(durationMs) && durationMs > 0)
    return durationMs / 60_000
  return null
}

/** Gaps between consecutive words longer than `minSeconds`. */
export function findLongPauses(words: readonly Word[] | undefined, minSeconds: number): Pause[] {
  const ordered = words ? sorted(words) : []
  const pauses: Pause[] = []
  let lastEnd = ordered[0]?.end ?? 0
  for (let i = 1; i < ordered.length; i += 1) {
    const gap = ordered[i].start - lastEnd
    if (gap > minSeconds) {
      pauses.push({
        afterWord: i - 1,
        seconds: Math.round(gap * 10) / 10,
        before: ordered[i - 1].punctuated_word ?? ordered[i - 1].word,
        after: ordered[i].punctuated_word ?? ordered[i].word,
      })
    }
    lastEnd = Math.max(lastEnd, ordered[i].end)
  }
  return pauses
}

/** Mean word confidence, or null without words. */
export function meanConfidence(words: readonly Word[] | undefined): number | null {
  if (words && confidenceOnce.has(words)) return confidenceOnce.get(words)!
  const valid = (words ?? []).filter((w) => Number.isFinite(w.confidence))
  const mean =
    valid.length === 0 ? null : valid.reduce((sum, w) => sum + w.confidence, 0) / valid.length
  if (words && immutable(words)) confidenceOnce.set(words, mean)
  return mean
}

/**
 * Where each timed word sits in the transcript (null when it cannot be found), so that
 * a pause can be quoted with character offsets.
 */
export function locateWords(
  transcript: string,
  words: readonly Word[],
): ({ start: number; end: number } | null)[] {
  const lower = transcript.toLowerCase()
  let cursor = 0
  return words.map((w) => {
    const candidates = [w.punctuated_word, w.word].filter(
      (s): s is string => typeof s === 'string' && s.length > 0,
    )
    for (const candidate of candidates) {
      const bare = candidate.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      if (!bare) continue
      const at = lower.indexOf(bare, cursor)
      if (at >= 0 && at - cursor < 200) {
        cursor = at + bare.length
        return { start: at, end: at + bare.length }
      }
    }
    return null
  })
}

/** Why a timed transcript cannot be trusted for delivery, or null when it can. */
export function unreliableTranscript(
  words: readonly Word[] | undefined,
  wordCount: number,
  { minConfidence, minWords }: { minConfidence: number; minWords: number },
): string | null {
  if (wordCount < minWords)
    return `The answer has ${wordCount} words: too few to measure delivery (at least ${minWords}).`
  const confidence = meanConfidence(words)
  if (confidence !== null && confidence < minConfidence) {
    return `The transcription is unreliable (mean word confidence ${confidence.toFixed(2)}, below ${minConfidence}): delivery is not judged.`
  }
  return null
}
