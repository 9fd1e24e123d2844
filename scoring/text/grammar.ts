/** Small grammatical tests on tokens that the lite model's tags do not give directly. */
import type { TextToken } from './nlp.ts'

const IRREGULAR_PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'led',
  'made',
  'took',
  'went',
  'built',
  'wrote',
  'ran',
  'got',
  'brought',
  'found',
  'told',
  'met',
  'spoke',
  'sent',
  'gave',
  'kept',
  'began',
  'chose',
  'thought',
  'saw',
  'knew',
  'felt',
  'left',
  'paid',
  'said',
  'sat',
  'stood',
  'taught',
  'won',
  'lost',
  'held',
  'came',
  'became',
  'grew',
  'fell',
  'rose',
  'drew',
])

/** A verb in the simple past ("led", "migrated"), as far as spelling and lemma tell. */
export function isPastVerb(token: TextToken): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false
  if (IRREGULAR_PAST.has(token.lower)) return true
  return token.lower.endsWith('ed') && token.lower !== token.lemma
}

/** Verbs whose past tense is spelled like their present: "I set up", "I put", "I cut". */
const SAME_FORM_PAST = new Set([
  'set',
  'put',
  'cut',
  'let',
  'hit',
  'quit',
  'shut',
  'spread',
  'read',
  'split',
  'shed',
  'cast',
  'cost',
  'hurt',
  'bet',
  'reset',
  'upset',
  'broadcast',
])

/**
 * A past action right after its subject ("I set up…", "I wrote…"): the past tense, or a verb
 * spelled the same in both tenses, which in a story told in the past is the past.
 */
export function isPastAction(token: TextToken): boolean {
  // a hyphenated prefix keeps the verb's forms: "re-split", "pre-set", "co-wrote"
  const base = token.lower.replace(/^(re|pre|co|over|under|out)-/, '')
  return (
    isPastVerb(token) ||
    IRREGULAR_PAST.has(base) ||
    ((token.pos === 'VERB' || token.pos === 'NOUN') && SAME_FORM_PAST.has(base))
  )
}

/** A number, a digit-bearing token ("40%", "p99") or a quantity word ("twice", "half"). */
export function isQuantity(token: TextToken): boolean {
  return (
    token.type === 'number' ||
    token.pos === 'NUM' ||
    /\d/.test(token.value) ||
    /^(twice|half|doubled|tripled|halved|%|percent)$/.test(token.lower)
  )
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without'])

/**
 * A count of none, said in words: "not a single complaint", "we didn't lose one order",
 * "without a single error". A measured result as much as a number is.
 */
export function countsNone(tokens: readonly TextToken[]): boolean {
  return tokens.some(
    (token, i) =>
      i > 0 &&
      ((token.lower === 'single' && tokens[i - 1].lower === 'a') ||
        (token.lower === 'one' && tokens[i + 1]?.pos === 'NOUN')) &&
      tokens.slice(Math.max(0, i - 4), i).some((t) => NEGATIONS.has(t.lower)),
  )
}

/** Pronouns of first-person agency. */
export const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself'])
export const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves'])
