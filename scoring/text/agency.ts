/**
 * Who does an act in a text: for each use of a verb (by lemma), whether its subject is the speaker
 * ("I", "we") or someone else ("my two reports disagreed"). Read from the clause's grammar: the
 * nearest pronoun or noun before the verb, within its clause. Pure.
 */
import type { TextAnalysis, TextToken } from './nlp.ts'

const CLAUSE_END = new Set(['.', ';', '!', '?', ',', 'but', 'because', 'and', 'so', 'while'])
const SELF = new Set(['i', 'we', "i'm", "i'd", "i've", "we'd", "we've"])
/** relative pronouns stand for a noun further back, not a subject of their own */
const RELATIVE = new Set(['who', 'that', 'which'])

/** The subject of the verb at token `i`: 'self', 'other', or null when none is found. */
export function subjectOf(tokens: readonly TextToken[], i: number): 'self' | 'other' | null {
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const t = tokens[k]
    if (CLAUSE_END.has(t.lower)) return null
    if (SELF.has(t.lower)) return 'self'
    if (RELATIVE.has(t.lower)) continue
    if (['PRON', 'NOUN', 'PROPN', 'NUM'].includes(t.pos)) return 'other'
  }
  return null
}

/** How often the speaker, and how often someone else, is the subject of a verb with these lemmas. */
export function actsOf(
  analysis: TextAnalysis,
  lemmas: ReadonlySet<string>,
): { self: number; others: number } {
  let self = 0
  let others = 0
  analysis.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !lemmas.has(t.lemma)) return
    const subject = subjectOf(analysis.tokens, i)
    if (subject === 'self') self += 1
    else if (subject === 'other') others += 1
  })
  return { self, others }
}
