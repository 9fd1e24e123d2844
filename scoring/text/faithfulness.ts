/**
 * Checks that a rewrite adds nothing the candidate did not say: every number, proper
 * name and content word of the rewrite must occur in the original (by value or lemma).
 */
import { analyseText, isContentWord, isWordLike, type TextToken } from './nlp.ts'

export interface FaithfulnessViolation {
  kind: 'number' | 'name' | 'word'
  value: string
  /** where it sits in the rewrite */
  start: number
  end: number
}

export interface FaithfulnessReport {
  faithful: boolean
  violations: FaithfulnessViolation[]
}

function isNumberLike(token: TextToken): boolean {
  return token.type === 'number' || token.type === 'ordinal' || /\d/.test(token.value)
}

/** The token without edge punctuation ("I." → "i"), as wink sometimes keeps it attached. */
function bare(value: string): string {
  return value.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '')
}

function isName(token: TextToken, first: boolean): boolean {
  if (bare(token.value) === 'i') return false
  return token.pos === 'PROPN' || (!first && /^\p{Lu}/u.test(token.value))
}

const surfaceWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[\p{L}\p{N}%']+/gu) ?? []

/** Rejects any number, proper name or content word of `rewrite` that is absent from `original`. */
export function checkFaithfulness(original: string, rewrite: string): FaithfulnessReport {
  // a rewrite made of the candidate's own words, as written, adds nothing: no need to parse it
  // (the offline rewrite always is; this keeps its check off the scoring's hot path)
  const said = new Set(surfaceWords(original))
  if (surfaceWords(rewrite).every((w) => said.has(w))) return { faithful: true, violations: [] }
  const source = analyseText(original)
  const known = new Set<string>()
  for (const token of source.tokens) {
    known.add(token.lower)
    known.add(token.lemma)
    known.add(token.stem)
    known.add(bare(token.value))
  }
  const target = analyseText(rewrite)
  const violations: FaithfulnessViolation[] = []
  for (const token of target.tokens) {
    if (!isWordLike(token) && !isNumberLike(token)) continue
    const first = target.sentences[token.sentence]?.firstToken === token.index
    const kind = isNumberLike(token)
      ? 'number'
      : isName(token, first)
        ? 'name'
        : isContentWord(token)
          ? 'word'
          : undefined
    if (!kind) continue
    const key = bare(token.value)
    if (!key) continue
    const present =
      known.has(token.lower) ||
      known.has(key) ||
      (kind === 'word' && (known.has(token.lemma) || known.has(token.stem)))
    if (!present) violations.push({ kind, value: token.value, start: token.start, end: token.end })
  }
  return { faithful: violations.length === 0, violations }
}
