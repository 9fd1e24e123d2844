/**
 * Concrete details in an answer: numbers, names and the candidate's own past actions
 * ("I wrote"). Their density per 100 words tells a dense answer from one that rambles.
 */
import { isPastAction, isQuantity } from './grammar.ts'
import { isWordLike, type TextAnalysis, type TextToken } from './nlp.ts'

export interface ConcreteDetails {
  numbers: TextToken[]
  names: TextToken[]
  /** "I" followed within three words by a past-tense verb: one span per action */
  actions: { start: number; end: number; sentence: number }[]
  /** distinct numbers and names, plus actions */
  count: number
  per100Words: number
}

const NOT_ACTIONS = new Set(['was', 'were', 'had', 'did', 'thought', 'felt', 'knew', 'guess'])

/** A proper noun that is a name, not just a capitalised first word. */
export function isName(token: TextToken, sentenceStart: boolean): boolean {
  if (token.pos !== 'PROPN' || token.lower === 'i') return false
  return !sentenceStart || /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}/u.test(token.value)
}

export function concreteDetails(analysis: TextAnalysis): ConcreteDetails {
  const { tokens } = analysis
  const numbers = tokens.filter((t) => isWordLike(t) && isQuantity(t))
  const names = tokens.filter((t) =>
    isName(t, analysis.sentences[t.sentence]?.firstToken === t.index),
  )
  const actions: ConcreteDetails['actions'] = []
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].lower !== 'i') continue
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k += 1) {
      const v = tokens[k]
      if (v.sentence !== tokens[i].sentence || v.type === 'punctuation') break
      if (['would', "'d", 'will', "'ll", 'might', 'could', 'should'].includes(v.lower)) break
      if (isPastAction(v) && !NOT_ACTIONS.has(v.lower)) {
        actions.push({ start: tokens[i].start, end: v.end, sentence: v.sentence })
        break
      }
    }
  }
  const distinct = (xs: TextToken[]) => new Set(xs.map((t) => t.lower)).size
  const count = distinct(numbers) + distinct(names) + actions.length
  return {
    numbers,
    names,
    actions,
    count,
    per100Words: analysis.wordCount === 0 ? 0 : (count * 100) / analysis.wordCount,
  }
}
