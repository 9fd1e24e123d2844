/**
 * How much of the question's own vocabulary an answer uses: each key word counts when the
 * answer has a word of the same family (same stem or lemma, or one stem extending the other:
 * own, owner, ownership; decide, decision). Synonyms are left out on purpose: this is the
 * strict measure the off-topic call needs, so that a story dense in another competency's
 * words is told apart from an on-topic one in unusual words.
 */
import type { TextAnalysis } from '../../text/nlp.ts'
import type { IntentGroup } from './topic-terms.ts'

/** Stems the stemmer keeps apart though they are one family. */
const FAMILIES: readonly (readonly string[])[] = [
  ['decid', 'decis'],
  ['choos', 'chose', 'choic'],
  ['persuad', 'persuas'],
]

const DERIVATIONS: readonly string[] = ['er', 'ership']

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return i
}

/** Whether two stems are one word family. */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  if (shorter < 3) return false
  const prefix = commonPrefix(a, b)
  // a three-letter stem extends only by a derivational suffix (own → owner, ownership), or
  // short words collide: new/news, car/care, art/artist
  if (shorter === 3) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a]
    return long.startsWith(short) && DERIVATIONS.includes(long.slice(3))
  }
  if (prefix >= 4 && prefix >= shorter - 1) return true
  return FAMILIES.some((f) => f.includes(a) && f.includes(b))
}

/** The question's key words that the answer uses, in a form of the same family. */
export function directlyUsed(analysis: TextAnalysis, groups: readonly IntentGroup[]): string[] {
  const stems = new Set<string>()
  const lemmas = new Set<string>()
  for (const t of analysis.tokens) {
    if (t.type === 'punctuation') continue
    stems.add(t.stem)
    lemmas.add(t.lemma)
  }
  return groups
    .filter((g) => {
      if (stems.has(g.stem) || lemmas.has(g.lemma)) return true
      for (const stem of stems) if (sameFamily(stem, g.stem)) return true
      return false
    })
    .map((g) => g.word)
}
