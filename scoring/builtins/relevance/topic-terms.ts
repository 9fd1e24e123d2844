/**
 * Stem-level term matching for relevance: the content terms of a question, and how many
 * terms of each competency lexicon an answer uses.
 */
import {
  analyseText,
  getNlp,
  isContentWord,
  isWordLike,
  type TextAnalysis,
  type TextToken,
} from '../../text/nlp.ts'
import { COMPETENCY_LEXICONS, type CompetencyLexicon } from './competency-lexicons.ts'

/** Words every interview question uses, which say nothing of its topic. */
const QUESTION_NOISE = new Set([
  'tell',
  'time',
  'describ',
  'exampl',
  'situat',
  'give',
  'walk',
  'share',
  'talk',
  'would',
  'do',
  'handl',
  'happen',
  'approach',
  'specif',
  'recent',
  'experi',
  'someth',
  'explain',
  'current',
  'past',
  'previou',
  'job',
  'role',
  'work',
  'want',
  'know',
  'think',
  'thing',
  'way',
  'like',
  'get',
  'make',
  'go',
  'us',
  'pleas',
  'can',
  'could',
  'ever',
])

function stemsOf(phrase: string): string {
  const nlp = getNlp()
  return (
    nlp
      .readDoc(phrase.toLowerCase())
      .tokens()
      .out(nlp.its.stem as never) as string[]
  ).join(' ')
}

const lexiconStems = new Map<string, string[]>(
  COMPETENCY_LEXICONS.map((l) => [l.id, [...new Set(l.terms.map(stemsOf))]]),
)

export interface TermHit {
  term: string
  tokens: TextToken[]
}

/** The distinct stems (and stem bigrams) of an answer, each with the tokens that carry it. */
export function indexStems(analysis: TextAnalysis): Map<string, TextToken[]> {
  const index = new Map<string, TextToken[]>()
  const words = analysis.tokens.filter(isWordLike)
  words.forEach((token, i) => {
    const add = (key: string, tokens: TextToken[]) =>
      index.set(key, [...(index.get(key) ?? []), ...tokens])
    add(token.stem, [token])
    const next = words[i + 1]
    if (next && next.sentence === token.sentence) add(`${token.stem} ${next.stem}`, [token, next])
  })
  return index
}

/** The topic stems of a question (and competency name), without interview boilerplate. */
export function questionStems(question: string, competency: string): string[] {
  const tokens = [...analyseText(question).tokens, ...analyseText(competency).tokens]
  return [
    ...new Set(
      tokens.filter((t) => isContentWord(t) && !QUESTION_NOISE.has(t.stem)).map((t) => t.stem),
    ),
  ]
}

/** Which of `stems` the answer uses. */
export function hits(index: Map<string, TextToken[]>, stems: readonly string[]): TermHit[] {
  return stems.filter((s) => index.has(s)).map((s) => ({ term: s, tokens: index.get(s)! }))
}

/** Lexicon hits per competency, most first. */
export function competencyProfile(
  index: Map<string, TextToken[]>,
): { lexicon: CompetencyLexicon; hits: TermHit[] }[] {
  return COMPETENCY_LEXICONS.map((lexicon) => ({
    lexicon,
    hits: hits(index, lexiconStems.get(lexicon.id)!),
  })).sort((a, b) => b.hits.length - a.hits.length)
}

export function lexiconStemsOf(lexicon: CompetencyLexicon): string[] {
  return lexiconStems.get(lexicon.id)!
}
