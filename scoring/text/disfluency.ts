/**
 * Fillers ("um", "you know", "like" in a filler position), repeated words ("I, I")
 * and hedges ("I guess", "probably"), found in the text so that they count for typed
 * answers too.
 */
import { perAnalysis, type TextAnalysis, type TextToken } from './nlp.ts'
import { compilePhrases, findPhrases, type PhraseMatch } from './phrases.ts'

export type DisfluencyKind = 'filler' | 'repeat' | 'hedge'

export interface Disfluency extends PhraseMatch {
  kind: DisfluencyKind
}

/** Sounds that are fillers wherever they occur. */
export const FILLER_SOUNDS = [
  'um',
  'umm',
  'uh',
  'uhh',
  'uhm',
  'erm',
  'er',
  'ah',
  'hmm',
  'mm',
  'mhm',
] as const

/** Words and phrases that are fillers only in a filler position (see `isFillerPosition`). */
export const POSITIONAL_FILLERS = [
  'you know',
  'i mean',
  'like',
  'basically',
  'literally',
  'kind of',
  'sort of',
  'you know what i mean',
] as const

export const HEDGES = [
  'i think maybe',
  'i guess',
  'i suppose',
  'i think',
  'i feel like',
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'somewhat',
  'more or less',
  "i'm not sure",
  'not sure',
  'hopefully',
  'i believe',
] as const

const fillerSounds = compilePhrases(FILLER_SOUNDS)
const positionalFillers = compilePhrases(POSITIONAL_FILLERS)
const hedges = compilePhrases(HEDGES)

const NOT_BEFORE_FILLER_LIKE = new Set([
  'would',
  "'d",
  'feel',
  'felt',
  'feels',
  'look',
  'looks',
  'looked',
  'seem',
  'seems',
  'seemed',
  'sound',
  'sounds',
  'sounded',
  'just',
  'something',
  'anything',
  'nothing',
  'things',
  'much',
  'more',
  'not',
  "n't",
  'did',
  'do',
  'does',
  'really',
  'i',
  'we',
  'they',
  'you',
  'people',
  'most',
  'least',
  'also',
])
const DETERMINERS_BEFORE_KIND = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'what',
  'which',
  'any',
  'some',
  'every',
  'same',
  'these',
  'those',
  'one',
])
const ALWAYS_FILLERS = new Set(['basically', 'literally'])

function isBoundary(token: TextToken | undefined): boolean {
  return token === undefined || token.type === 'punctuation'
}

/** "like" after a comma or before one, "and like", "like 20 people"; not "I like it" nor "looks like". */
function isFillerPosition(match: PhraseMatch, tokens: readonly TextToken[]): boolean {
  const before = tokens[match.firstToken - 1]
  const after = tokens[match.endToken]
  const first = tokens[match.firstToken]
  if (ALWAYS_FILLERS.has(match.phrase)) return true
  if (match.phrase === 'kind of' || match.phrase === 'sort of') {
    return !(
      before &&
      (DETERMINERS_BEFORE_KIND.has(before.lower) || before.pos === 'ADJ' || before.pos === 'DET')
    )
  }
  if (match.phrase === 'like') {
    if (before && NOT_BEFORE_FILLER_LIKE.has(before.lower)) return false
    if (isBoundary(before) || isBoundary(after)) return true
    if (before && ['and', 'but', 'so', 'or', 'was', 'were', "'s", 'is'].includes(before.lower))
      return true
    return after?.type === 'number'
  }
  // "you know", "I mean": set off by punctuation or at a sentence edge
  const sentenceStart = before === undefined || before.sentence !== first.sentence
  return sentenceStart || isBoundary(before) || isBoundary(after)
}

/** "I, I" or "the the": a word said twice in a row, with at most a comma or dash between. */
export function findRepeats(analysis: TextAnalysis): Disfluency[] {
  const { tokens, text } = analysis
  const repeats: Disfluency[] = []
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const a = tokens[i]
    if (a.type !== 'word') continue
    let j = i + 1
    if (tokens[j] && tokens[j].type === 'punctuation' && /^[,\-–—]$/.test(tokens[j].value)) j += 1
    const b = tokens[j]
    if (!b || b.type !== 'word' || b.lower !== a.lower || a.lower === 'had' || a.lower === 'that')
      continue
    repeats.push({
      kind: 'repeat',
      phrase: a.lower,
      text: text.slice(a.start, b.end),
      start: a.start,
      end: b.end,
      firstToken: i,
      endToken: j + 1,
    })
    i = j
  }
  return repeats
}

// the fillers and hedges scorers and the rewrite read the same answer's disfluencies
const fillersOf = perAnalysis((analysis): readonly Disfluency[] => {
  const sounds = findPhrases(analysis, fillerSounds).map((m) => ({ ...m, kind: 'filler' as const }))
  const positional = findPhrases(analysis, positionalFillers, isFillerPosition).map((m) => ({
    ...m,
    kind: 'filler' as const,
  }))
  return dedupe([...sounds, ...positional, ...findRepeats(analysis)])
})

const hedgesAmong = (analysis: TextAnalysis, fillers: readonly Disfluency[]): Disfluency[] =>
  findPhrases(analysis, hedges)
    .filter((m) => !fillers.some((f) => m.start < f.end && f.start < m.end))
    .map((m) => ({ ...m, kind: 'hedge' as const }))

const hedgesOf = perAnalysis((analysis) => hedgesAmong(analysis, fillersOf(analysis)))

/** Filler sounds, positional fillers and repeats, in text order. */
export function findFillers(analysis: TextAnalysis): Disfluency[] {
  return fillersOf(analysis).map((f) => ({ ...f }))
}

/** Hedges ("I guess", "probably"), skipping any inside a filler (by default, findFillers's). */
export function findHedges(analysis: TextAnalysis, fillers?: readonly Disfluency[]): Disfluency[] {
  return fillers ? hedgesAmong(analysis, fillers) : hedgesOf(analysis).map((h) => ({ ...h }))
}

function dedupe(items: Disfluency[]): Disfluency[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Disfluency[] = []
  for (const item of items) {
    const last = kept[kept.length - 1]
    if (last && item.start < last.end) continue
    kept.push(item)
  }
  return kept
}
