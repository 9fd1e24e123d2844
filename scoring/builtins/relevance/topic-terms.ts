/**
 * Term matching for relevance: a term (a word or a phrase) is compiled once into its stems,
 * and found in an answer stem by stem, so "pushed back" matches "Pushed back" and "push
 * backs". The question's key words become intent groups, each expanded with the words an
 * answer uses for the same thing (intent-terms.ts).
 */
import {
  analyseText,
  getTextNlp,
  isContentWord,
  type TextAnalysis,
  type TextToken,
} from '../../text/nlp.ts'
import { termsOf, type CompetencyLexicon } from './competency-lexicons.ts'
import { INTENT_SYNONYMS } from './intent-terms.ts'

/** Words every interview question uses, which say nothing of its topic (as stems). */
const QUESTION_NOISE = new Set(
  'tell time describ exampl situat give walk share talk would do handl happen approach specif recent experi someth explain current past previou job role work want know think thing way like get make go us pleas can could ever find out whi how what'.split(
    ' ',
  ),
)

export interface TermSet {
  /** first stem → the terms starting with it, longest first */
  byFirst: Map<string, { term: string; stems: string[] }[]>
}

export interface TermHit {
  term: string
  sentence: number
  start: number
  end: number
}

function stemsOf(phrase: string): string[] {
  const nlp = getTextNlp()
  const doc = nlp.readDoc(phrase.toLowerCase())
  const stems = doc.tokens().out(nlp.its.stem as never) as string[]
  const types = doc.tokens().out(nlp.its.type) as string[]
  return stems.filter((_, i) => types[i] !== 'punctuation')
}

export function compileTerms(terms: readonly string[]): TermSet {
  const byFirst = new Map<string, { term: string; stems: string[] }[]>()
  for (const term of new Set(terms)) {
    const stems = stemsOf(term)
    if (stems.length === 0) continue
    const list = byFirst.get(stems[0]) ?? []
    list.push({ term, stems })
    byFirst.set(stems[0], list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length)
  return { byFirst }
}

/** An answer's words (punctuation left out) and where each stem occurs among them. */
interface AnswerWords {
  tokens: TextToken[]
  /** stem → ascending indices into `tokens` */
  positions: Map<string, number[]>
}

const answerWords = new WeakMap<TextAnalysis, AnswerWords>()

// relevance matches ~25 term sets against the same answer: index its words once per answer
function wordsOf(analysis: TextAnalysis): AnswerWords {
  let words = answerWords.get(analysis)
  if (!words) {
    const tokens = analysis.tokens.filter((t) => t.type !== 'punctuation')
    const positions = new Map<string, number[]>()
    for (let i = 0; i < tokens.length; i += 1) {
      const at = positions.get(tokens[i].stem)
      if (at) at.push(i)
      else positions.set(tokens[i].stem, [i])
    }
    words = { tokens, positions }
    answerWords.set(analysis, words)
  }
  return words
}

/** Where a term of the set may start: the answer's words whose stem begins one, ascending. */
function startsOf({ positions }: AnswerWords, set: TermSet): number[] {
  const starts: number[] = []
  if (set.byFirst.size <= positions.size) {
    for (const stem of set.byFirst.keys()) {
      const at = positions.get(stem)
      if (at) for (let k = 0; k < at.length; k += 1) starts.push(at[k])
    }
  } else {
    for (const [stem, at] of positions)
      if (set.byFirst.has(stem)) for (let k = 0; k < at.length; k += 1) starts.push(at[k])
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts
}

/** Every non-overlapping occurrence of the set's terms in the answer, in text order. */
export function matchTerms(analysis: TextAnalysis, set: TermSet): TermHit[] {
  const words = wordsOf(analysis)
  const { tokens } = words
  const out: TermHit[] = []
  // from left to right, a match hides the starts inside it
  let next = 0
  for (const i of startsOf(words, set)) {
    if (i < next) continue
    for (const { term, stems } of set.byFirst.get(tokens[i].stem)!) {
      if (i + stems.length > tokens.length) continue
      let ok = true
      for (let k = 1; k < stems.length && ok; k += 1)
        ok = tokens[i + k].stem === stems[k] && tokens[i + k].sentence === tokens[i].sentence
      if (!ok) continue
      const last = tokens[i + stems.length - 1]
      out.push({ term, sentence: tokens[i].sentence, start: tokens[i].start, end: last.end })
      next = i + stems.length
      break
    }
  }
  return out
}

const lexiconSets = new Map<string, TermSet>()

/** The compiled terms of a competency lexicon (compiled on first use). */
export function lexiconTerms(lexicon: CompetencyLexicon): TermSet {
  let set = lexiconSets.get(lexicon.id)
  if (!set) {
    set = compileTerms(termsOf(lexicon))
    lexiconSets.set(lexicon.id, set)
  }
  return set
}

/** One key word of the question and the words an answer uses for it. */
export interface IntentGroup {
  /** the word as the question has it */
  word: string
  terms: TermSet
  /** the word names the asked competency (it is in its lexicon): the question's core */
  core: boolean
  stem: string
  lemma: string
}

/** Question words too common in any story to show that it is about the asked competency. */
const GENERIC_QUESTION_WORDS = new Set(
  'team peopl problem project import idea someth system week month year'.split(' '),
)

let synonymsByStem: Map<string, string[]> | undefined
const groupCache = new Map<string, IntentGroup[]>()

/** The question's key words (interview boilerplate left out), each with its synonyms. */
export function intentGroups(question: string, lexicon?: CompetencyLexicon): IntentGroup[] {
  const key = `${lexicon?.id ?? ''}|${question}`
  const cached = groupCache.get(key)
  if (cached) return cached
  synonymsByStem ??= new Map(
    Object.entries(INTENT_SYNONYMS).map(([key, list]) => [
      stemsOf(key)[0],
      list.split(',').map((t) => t.trim()),
    ]),
  )
  const lexiconStems = new Set(lexicon ? termsOf(lexicon).flatMap(stemsOf) : [])
  const seen = new Set<string>()
  const groups: IntentGroup[] = []
  for (const token of analyseQuestion(question)) {
    if (!isContentWord(token) || QUESTION_NOISE.has(token.stem) || seen.has(token.stem)) continue
    seen.add(token.stem)
    const synonyms = synonymsByStem.get(token.stem) ?? []
    groups.push({
      word: token.lower,
      terms: compileTerms([token.lower, ...synonyms]),
      core: lexiconStems.has(token.stem) && !GENERIC_QUESTION_WORDS.has(token.stem),
      stem: token.stem,
      lemma: token.lemma,
    })
  }
  // a question none of whose words is in the lexicon (or with no lexicon): all its words are core
  if (!groups.some((g) => g.core)) for (const g of groups) g.core = true
  groupCache.set(key, groups)
  if (groupCache.size > 64) groupCache.delete(groupCache.keys().next().value as string)
  return groups
}

function analyseQuestion(question: string) {
  return analyseText(question).tokens
}
