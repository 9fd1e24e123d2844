/**
 * Self-description: the speaker saying what they are like ("I'm a calm person", "I am easy to
 * work with") instead of what they did. Found from the clause's grammar, not a phrase list:
 * "I" with a present-tense "am" whose complement is an adjective or a noun phrase. Pure.
 */
import { isPastVerb } from './grammar.ts'
import type { TextAnalysis, TextToken } from './nlp.ts'

/** Adjectives after "I am" that state a plan or a readiness, not a trait ("I'm sure", "I'm happy to"). */
const NOT_TRAITS = new Set(['sure', 'certain', 'able', 'unable', 'happy', 'glad', 'aware', 'ready'])
const DEGREE = new Set(['really', 'very', 'quite', 'pretty', 'genuinely', 'naturally', 'always'])

const isPresentBe = (t: TextToken) =>
  t.lower === 'am' || t.lower === "'m" || t.lower === '’m' || t.lower === "i'm" || t.lower === 'i’m'

/**
 * Whether tokens `[first, end)` hold "I am <trait>". A sentence that also tells something that
 * happened ("I'm a nurse and last year I had to…") sets a story's scene instead.
 */
export function describesSelf(analysis: TextAnalysis, first: number, end: number): boolean {
  const tokens = analysis.tokens
  const sentence = analysis.sentences[tokens[first]?.sentence ?? -1]
  if (!sentence) return false
  if (tokens.slice(sentence.firstToken, sentence.endToken).some(isPastVerb)) return false
  for (let i = first; i < end; i += 1) {
    const t = tokens[i]
    let next: number
    if (t.lower === "i'm" || t.lower === 'i’m') next = i + 1
    else if (t.lower === 'i' && tokens[i + 1] && isPresentBe(tokens[i + 1])) next = i + 2
    else continue
    while (next < end && DEGREE.has(tokens[next].lower)) next += 1
    const head = tokens[next]
    if (!head || next >= end) continue
    if (head.pos === 'ADJ') {
      const after = tokens[next + 1]
      // "I'm responsible for the rota" states a duty, the task of a story
      // a superlative ranks one thing ("the part I'm proudest of"), it does not describe the speaker
      if (NOT_TRAITS.has(head.lower) || head.lower.endsWith('est')) continue
      if (after?.lower === 'for' || after?.lower === 'that') continue
      return true
    }
    if (head.pos === 'DET' && (head.lower === 'a' || head.lower === 'an')) {
      // "I am a calm person", "I'm a team player"; not "I'm a bit late" (a state, not a trait)
      const noun = tokens.slice(next + 1, Math.min(end, next + 4)).find((x) => x.pos === 'NOUN')
      if (noun && noun.lower !== 'bit') return true
    }
  }
  return false
}
