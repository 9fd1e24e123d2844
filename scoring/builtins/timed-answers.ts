/** The timed answers (Deepgram word shape) under scoring/fixtures/answers, typed for cases. */
import type { Word } from '../types.ts'
import calmJson from '../fixtures/answers/calm-145wpm.json' with { type: 'json' }
import filledJson from '../fixtures/answers/filled-150wpm.json' with { type: 'json' }
import pausesJson from '../fixtures/answers/long-pauses.json' with { type: 'json' }
import lowConfidenceJson from '../fixtures/answers/low-confidence.json' with { type: 'json' }
import rushedJson from '../fixtures/answers/rushed-210wpm.json' with { type: 'json' }

export interface TimedAnswer {
  transcript: string
  durationMs: number
  words: Word[]
}

export const calm = calmJson as TimedAnswer
export const rushed = rushedJson as TimedAnswer
export const filled = filledJson as TimedAnswer
export const longPauses = pausesJson as TimedAnswer
export const lowConfidence = lowConfidenceJson as TimedAnswer

export const PIPELINE_QUESTION = {
  question: 'Tell me about a time you fixed something that kept breaking.',
  kind: 'behavioural' as const,
  competency: 'problem solving',
}
