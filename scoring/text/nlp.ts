/**
 * One English NLP pipeline (wink-nlp with its lite web model), loaded once, and a
 * token/sentence view of a text with character offsets, so that every scorer quotes
 * the transcript with the same spans.
 */
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

type Nlp = ReturnType<typeof winkNLP>

export interface TextToken {
  index: number
  /** the token exactly as written */
  value: string
  lower: string
  lemma: string
  stem: string
  /** Universal POS tag: NOUN, VERB, PROPN, NUM, PRON, AUX, PUNCT… */
  pos: string
  /** word, number, punctuation, symbol, email, url, emoji… */
  type: string
  stop: boolean
  /** character offsets into the text, half-open */
  start: number
  end: number
  sentence: number
}

export interface TextSentence {
  index: number
  start: number
  end: number
  text: string
  /** token indices, half-open */
  firstToken: number
  endToken: number
}

export interface TextAnalysis {
  text: string
  tokens: readonly TextToken[]
  sentences: readonly TextSentence[]
  /** how many tokens are words or numbers (not punctuation or symbols) */
  wordCount: number
}

let nlp: Nlp | undefined
let textNlp: Nlp | undefined

/** The shared wink-nlp instance, with every annotation (entities, sentiment…); the model (about 100 ms) loads on first use. */
export function getNlp(): Nlp {
  nlp ??= readingInIsolation()
  return nlp
}

/**
 * The instance the built-ins read text with: sentences and POS only. Tokens, lemmas, stems,
 * POS, types and stop words are the same as getNlp()'s (named entities, negation and
 * sentiment annotate apart from them), at about 60 % of the cost (decision 092).
 */
export function getTextNlp(): Nlp {
  textNlp ??= readingInIsolation(['sbd', 'pos'])
  return textNlp
}

/** Word forms earlier documents added that an instance holds before it is built afresh. */
const ADDED_WORDS_KEPT = 200_000

type WinkModel = Parameters<typeof winkNLP>[0]
interface Lexicon {
  hash: Record<string, number>
  list: string[]
}

// The model's CER loader encodes its machines again on every call (JSON.stringify of the last
// result), so only the first instance built from it would read them: every instance gets that one.
const cerModel = (model as unknown as { metaCER: () => unknown }).metaCER()

/**
 * A wink-nlp instance whose every document is read against the lexicon as the model ships it
 * (decision 101). wink adds each word form it has not met to its lexicon, and its tokenizer then
 * takes a known form whole: once "…checking everyone's." had been read, "everyone's wearing" was
 * one token, not "everyone" + "'s", and every POS tag after it moved by one. A reading then
 * depended on what the process had read before: another candidate's answer. So each readDoc first
 * forgets the forms added before it (their entries stay, so a document still in use reads them);
 * the instance is built afresh when those entries pass ADDED_WORDS_KEPT, which bounds memory.
 */
function readingInIsolation(pipe?: string[]): Nlp {
  let instance!: Nlp
  let lexicon!: Lexicon
  let shipped = 0
  let forgotten = 0
  const build = () => {
    let core: { features: { lexeme: Lexicon } } | undefined
    const tracked = {
      ...(model as object),
      core: () => (core = (model as unknown as { core: () => typeof core }).core()),
      metaCER: () => cerModel,
    } as unknown as WinkModel
    instance = winkNLP(tracked, pipe as Parameters<typeof winkNLP>[1])
    lexicon = core!.features.lexeme
    shipped = forgotten = lexicon.list.length
  }
  build()
  const readDoc: Nlp['readDoc'] = (text) => {
    if (lexicon.list.length - shipped > ADDED_WORDS_KEPT) build()
    for (let i = forgotten; i < lexicon.list.length; i += 1)
      if (lexicon.hash[lexicon.list[i]] === i) delete lexicon.hash[lexicon.list[i]]
    forgotten = lexicon.list.length
    return instance.readDoc(text)
  }
  return new Proxy(instance, {
    get: (_, key) => (key === 'readDoc' ? readDoc : instance[key as keyof Nlp]),
  })
}

/** wink's Porter stemmer, the one behind `its.stem`. */
const stemWord = (model.addons as { stem: (word: string) => string }).stem

/**
 * Stems by lowercased word, shared by every answer: the stemmer is a pure function, and answers
 * share most of their words, so each is stemmed about once (it was a tenth of scoring an answer).
 * Bounded: emptied when it holds `STEMS_KEPT` words.
 */
const stems = new Map<string, string>()
const STEMS_KEPT = 50_000

const CACHE_SIZE = 16
const cache = new Map<string, TextAnalysis>()

/**
 * Tokens (with lemma, stem, POS and offsets) and sentences of `text`. Several scorers
 * read the same transcript, so the last few analyses are kept; treat the result as read-only.
 */
export function analyseText(text: string): TextAnalysis {
  const cached = cache.get(text)
  if (cached) return cached
  const analysis = analyseUncached(text)
  cache.set(text, analysis)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return analysis
}

/**
 * `derive` computed once per analysis: the scorers of one answer read one analysis of its
 * transcript (analyseText keeps it), so what they derive from it (its STAR clauses, fillers, red
 * flags) is computed once per answer too, and afresh for every other answer (decision 092).
 * Every caller gets the same result, deep-frozen, so that none can change what the next one reads.
 */
export function perAnalysis<T>(
  derive: (analysis: TextAnalysis) => T,
): (analysis: TextAnalysis) => T {
  const derived = new WeakMap<TextAnalysis, { value: T }>()
  return (analysis) => {
    let known = derived.get(analysis)
    if (!known) {
      known = { value: deepFreeze(derive(analysis)) }
      derived.set(analysis, known)
    }
    return known.value
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function analyseUncached(text: string): TextAnalysis {
  const instance = getTextNlp()
  const its = instance.its
  const doc = instance.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const lemmas = doc.tokens().out(its.lemma as never) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const types = doc.tokens().out(its.type) as string[]
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[]

  const tokens: TextToken[] = []
  let cursor = 0
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]
    const found = text.indexOf(value, cursor)
    // wink may normalise a token it cannot find verbatim; keep it at the cursor, zero-width
    const start = found < 0 ? cursor : found
    const end = found < 0 ? cursor : found + value.length
    cursor = end
    const lowered = value.toLowerCase()
    tokens.push({
      index: i,
      value,
      lower: lowered.replace(/[\u2018\u2019]/g, "'"),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stem: stemOf(lowered),
      pos: tags[i] ?? 'X',
      type: types[i] ?? 'word',
      stop: Boolean(stops[i]),
      start,
      end,
      sentence: 0,
    })
  }

  const sentences: TextSentence[] = []
  doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number]
    if (first === undefined || last === undefined || first > last || !tokens[first]) return
    const index = sentences.length
    const lastToken = tokens[Math.min(last, tokens.length - 1)]
    for (let i = first; i <= last && i < tokens.length; i += 1) tokens[i].sentence = index
    const start = tokens[first].start
    const end = Math.max(start, lastToken.end)
    sentences.push({
      index,
      start,
      end,
      text: text.slice(start, end),
      firstToken: first,
      endToken: last + 1,
    })
  })

  let wordCount = 0
  for (const token of tokens) if (isWordLike(token)) wordCount += 1
  return { text, tokens, sentences, wordCount }
}

/** `its.stem` of a token, which lowercases first: "The" and "the" share one. */
export function stemOf(lowered: string): string {
  let stem = stems.get(lowered)
  if (stem === undefined) {
    stem = stemWord(lowered).toLowerCase()
    if (stems.size >= STEMS_KEPT) stems.clear()
    stems.set(lowered, stem)
  }
  return stem
}

/** A word or a number, as opposed to punctuation, symbols or emoji. */
export function isWordLike(token: TextToken): boolean {
  return token.type === 'word' || token.type === 'number' || token.type === 'ordinal'
}

/** Nouns, verbs, adjectives, adverbs and names that are not stop words: what an answer is about. */
export function isContentWord(token: TextToken): boolean {
  if (token.stop || !isWordLike(token) || token.type === 'number') return false
  return ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN'].includes(token.pos) && token.lower.length > 1
}

/** The tokens of one sentence. */
export function sentenceTokens(
  analysis: TextAnalysis,
  sentence: TextSentence,
): readonly TextToken[] {
  return analysis.tokens.slice(sentence.firstToken, sentence.endToken)
}
