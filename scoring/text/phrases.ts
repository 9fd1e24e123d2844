/**
 * Finding multi-word phrases ("you know", "I would") in an analysed text, by token,
 * so that "I'd" and "I would" are matched the way wink-nlp splits them.
 */
import { getTextNlp, type TextAnalysis, type TextToken } from './nlp.ts'

export interface PhraseMatch {
  /** the phrase as listed */
  phrase: string
  /** the matched text, as written in the transcript */
  text: string
  start: number
  end: number
  /** token indices, half-open */
  firstToken: number
  endToken: number
}

export interface PhraseList {
  phrases: readonly { phrase: string; tokens: readonly string[] }[]
  /** the phrases by their first token, longest first: a match only tries those that can start here */
  byFirst: ReadonlyMap<string, readonly { phrase: string; tokens: readonly string[] }[]>
}

/** Tokenises the phrases once; longest first, so "I think maybe" wins over "maybe". */
export function compilePhrases(phrases: readonly string[]): PhraseList {
  const nlp = getTextNlp()
  const compiled = phrases.map((phrase) => ({
    phrase,
    tokens: (nlp.readDoc(phrase).tokens().out(nlp.its.value) as string[]).map(normalise),
  }))
  compiled.sort((a, b) => b.tokens.length - a.tokens.length)
  const phrasesList = compiled.filter((p) => p.tokens.length > 0)
  const byFirst = new Map<string, { phrase: string; tokens: readonly string[] }[]>()
  for (const p of phrasesList) byFirst.set(p.tokens[0], [...(byFirst.get(p.tokens[0]) ?? []), p])
  return { phrases: phrasesList, byFirst }
}

function normalise(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019]/g, "'")
}

/** A hyphen written between two words with no space ("cut-off"), at token `i`. */
function isInfixHyphen(tokens: readonly TextToken[], i: number): boolean {
  return (
    i > 0 &&
    i < tokens.length - 1 &&
    tokens[i].value === '-' &&
    tokens[i - 1].end === tokens[i].start &&
    tokens[i].end === tokens[i + 1].start
  )
}

/**
 * Whether tokens `[first, end)` stand as words of their own: a phrase is not matched inside
 * a hyphenated compound, so "cut" is not found in "cut-off" nor "well" in "well-known".
 */
function standsAlone(tokens: readonly TextToken[], first: number, end: number): boolean {
  return !isInfixHyphen(tokens, first - 1) && !isInfixHyphen(tokens, end)
}

/**
 * Every non-overlapping occurrence of the listed phrases, in text order. `accept`
 * can veto a match by its context (e.g. "like" only in a filler position).
 */
export function findPhrases(
  analysis: TextAnalysis,
  list: PhraseList,
  accept: (match: PhraseMatch, tokens: readonly TextToken[]) => boolean = () => true,
): PhraseMatch[] {
  const { tokens, text } = analysis
  const matches: PhraseMatch[] = []
  let i = 0
  while (i < tokens.length) {
    let matched: PhraseMatch | undefined
    for (const candidate of list.byFirst.get(tokens[i].lower) ?? []) {
      const n = candidate.tokens.length
      if (i + n > tokens.length) continue
      let ok = true
      for (let k = 0; k < n && ok; k += 1) ok = tokens[i + k].lower === candidate.tokens[k]
      if (!ok || !standsAlone(tokens, i, i + n)) continue
      const start = tokens[i].start
      const end = tokens[i + n - 1].end
      const match = {
        phrase: candidate.phrase,
        text: text.slice(start, end),
        start,
        end,
        firstToken: i,
        endToken: i + n,
      }
      if (accept(match, tokens)) {
        matched = match
        break
      }
    }
    if (matched) {
      matches.push(matched)
      i = matched.endToken
    } else {
      i += 1
    }
  }
  return matches
}

/** Whether any listed phrase occurs in the tokens `[from, to)`. */
export function containsPhrase(
  analysis: TextAnalysis,
  list: PhraseList,
  from: number,
  to: number,
): PhraseMatch | undefined {
  const { tokens } = analysis
  for (let i = from; i < to; i += 1) {
    for (const candidate of list.byFirst.get(tokens[i].lower) ?? []) {
      const n = candidate.tokens.length
      if (i + n > to) continue
      let ok = true
      for (let k = 0; k < n && ok; k += 1) ok = tokens[i + k].lower === candidate.tokens[k]
      if (ok && standsAlone(tokens, i, i + n)) {
        const start = tokens[i].start
        const end = tokens[i + n - 1].end
        return {
          phrase: candidate.phrase,
          text: analysis.text.slice(start, end),
          start,
          end,
          firstToken: i,
          endToken: i + n,
        }
      }
    }
  }
  return undefined
}
