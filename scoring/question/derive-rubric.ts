/**
 * A rubric for a question that carries none, derived from its own words: what it asks is its
 * first sentence without the stem that announces its kind ("Tell me about a time you…"). What a
 * strong answer shows and the red flags are the general ones for its kind: the same an interviewer
 * listens for in any answer (tests/fixtures/eval/README.md's label scale, in general terms).
 */
import type { QuestionKind, QuestionRubric } from '../types.ts'
import { inferQuestionKind } from './question-kind.ts'

const GENERAL_SHOWS: Record<QuestionKind, readonly string[]> = {
  behavioural: [
    'a real past event that does what the question asks',
    'what the speaker personally did (I, not we), specifically',
    'a result that happened, ideally measured, and what was learned',
  ],
  situational: [
    'a concrete plan of steps, in order, for this situation',
    'the reason for each step and how the outcome would be checked',
    'what to do if the first step does not work',
  ],
  technical: [
    'a concrete method or design, step by step',
    'the trade-offs weighed and how the result would be checked',
    'what happens under failure, load or error',
  ],
}

export const GENERAL_RED_FLAGS: readonly string[] = [
  'dishonesty or concealment',
  'blaming others',
  "taking credit for others' work",
  'unsafe or rule-breaking shortcuts',
  'undermining colleagues',
]

const FRAMES: Record<QuestionKind, string> = {
  behavioural: 'A real past example',
  situational: 'A plan for the situation',
  technical: 'A method, step by step',
}

/** The question's first sentence with its stem removed ("you disagreed with your manager"). */
export function questionAsks(question: string, stem: string | null): string {
  const first = /^(.+?[.?!])(\s|$)/.exec(question.trim())?.[1] ?? question.trim()
  let text = first.replace(/[.?!]+$/, '')
  if (stem) {
    const at = text.toLowerCase().indexOf(stem)
    if (at >= 0) text = text.slice(at + stem.length)
  }
  return text.replace(/^(?:\s*(?:of|when|where|in which|if|that|a time)\b)+/i, '').trim()
}

/** A rubric from the question's words and kind, for a question that has none. */
export function deriveRubric(question: string, kind?: QuestionKind): QuestionRubric {
  const inferred = inferQuestionKind(question)
  const k = kind ?? inferred.kind
  const asks = questionAsks(question, inferred.stem)
  return {
    asks: `${FRAMES[k]}: ${asks || question.trim()}`,
    strongShows: GENERAL_SHOWS[k],
    redFlags: GENERAL_RED_FLAGS,
  }
}
