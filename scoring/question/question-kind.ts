/**
 * The kind of a question, inferred from its wording when the caller does not give it: a
 * behavioural question asks for a past event ("Tell me about a time…"), a situational one for a
 * plan ("What would you do if…"), a technical one for a method or a design ("Walk me through how
 * you would…"). The stems are data (question-kind.data.ts); the method is which stem comes first.
 */
import type { QuestionKind } from '../types.ts'
import { BEHAVIOURAL_STEMS, SITUATIONAL_STEMS, TECHNICAL_STEMS } from './question-kind.data.ts'

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `

const STEMS: readonly { kind: QuestionKind; stem: string }[] = [
  ...TECHNICAL_STEMS.map((stem) => ({ kind: 'technical' as const, stem: words(stem) })),
  ...SITUATIONAL_STEMS.map((stem) => ({ kind: 'situational' as const, stem: words(stem) })),
  ...BEHAVIOURAL_STEMS.map((stem) => ({ kind: 'behavioural' as const, stem: words(stem) })),
  // longest first, so that "how would you design" wins over "how would you" at the same place
].sort((a, b) => b.stem.length - a.stem.length)

/** How the kind was decided, for a scorer's metrics and the CLI's summary. */
export interface InferredKind {
  kind: QuestionKind
  /** the stem that decided it, or null when none matched (behavioural, the commonest kind) */
  stem: string | null
}

/**
 * The question's kind from its wording: the stem that starts earliest wins, the longest at the
 * same place ("Tell me about a time… What would you do differently?" is a story). No stem:
 * behavioural, the kind most interview questions are.
 */
export function inferQuestionKind(question: string): InferredKind {
  const text = words(question)
  let best: { kind: QuestionKind; stem: string; at: number } | null = null
  for (const { kind, stem } of STEMS) {
    const at = text.indexOf(stem)
    if (at < 0) continue
    if (!best || at < best.at || (at === best.at && stem.length > best.stem.length))
      best = { kind, stem, at }
  }
  return best ? { kind: best.kind, stem: best.stem.trim() } : { kind: 'behavioural', stem: null }
}
