/**
 * The question's predicate: what it asks the candidate to have done (deliver bad news, give
 * feedback, track down a bug), as opposed to its objects (customer, team), which any story
 * mentions (decision 052). A known predicate comes from predicate-terms.ts; otherwise it is
 * read from the question itself: its first verb after "you" and that verb's object, each with
 * its intent synonyms. How much an answer engages it is counted in sentences and distinct terms.
 */
import { analyseText, isContentWord, type TextAnalysis } from '../../text/nlp.ts'
import { INTENT_SYNONYMS } from './intent-terms.ts'
import { PREDICATES } from './predicate-terms.ts'
import { compileTerms, matchTerms, type TermHit, type TermSet } from './topic-terms.ts'

export interface QuestionPredicate {
  /** what the question asks, in words a candidate reads ("deliver bad news") */
  name: string
  /** from the known list (trusted) or read from the question's words (a weaker signal) */
  source: 'known' | 'question'
  terms: TermSet
}

export interface PredicateEngagement {
  hits: TermHit[]
  sentences: number
  distinct: number
  /** 0 (never engaged) to 1 (engaged across the answer, in several words) */
  strength: number
}

/** Verbs that frame a question rather than name what it asks ("had to", "were asked to"). */
const FRAME_VERBS = new Set(
  'be have had do did get got tell describ give walk share talk ask want need tri use make tak'.split(
    ' ',
  ),
)

const askSets = PREDICATES.map((p) => ({ entry: p, asks: compileTerms(p.asks) }))
const cache = new Map<string, QuestionPredicate | null>()

let synonyms: Map<string, string[]> | undefined
function synonymsOf(stem: string): string[] {
  synonyms ??= new Map(
    Object.entries(INTENT_SYNONYMS).map(([key, list]) => [
      analyseText(key).tokens[0].stem,
      list.split(',').map((t) => t.trim()),
    ]),
  )
  return synonyms.get(stem) ?? []
}

/** The question's own verb and its object ("deliver … news"), when no known predicate fits. */
function readPredicate(question: TextAnalysis): QuestionPredicate | null {
  const tokens = question.tokens
  const you = tokens.findIndex((t) => t.lower === 'you')
  const start = you >= 0 ? you + 1 : 0
  const verb = tokens
    .slice(start)
    .find((t) => t.pos === 'VERB' && !FRAME_VERBS.has(t.stem) && isContentWord(t))
  if (!verb) return null
  const after = tokens.slice(verb.index + 1, verb.index + 5)
  const object = after.find((t) => t.pos === 'NOUN' && isContentWord(t))
  const words = [verb, ...(object ? [object] : [])]
  const terms = words.flatMap((w) => [w.lower, w.lemma, ...synonymsOf(w.stem)])
  return {
    name: words.map((w) => w.lower).join(' … '),
    source: 'question',
    terms: compileTerms(terms),
  }
}

/** Light verbs name no act of their own ("take over", "keep going"): who does them says little. */
const LIGHT_VERBS = new Set(
  'have do make take get give go keep put turn set come bring pull change let see look work'.split(
    ' ',
  ),
)

/** The lemma of the question's own verb, the act it asks of "you" ("disagree"); null when none or light. */
export function questionVerb(question: string): string | null {
  const tokens = analyseText(question).tokens
  const you = tokens.findIndex((t) => t.lower === 'you')
  if (you < 0) return null
  const verb = tokens
    .slice(you + 1)
    .find((t) => t.pos === 'VERB' && !FRAME_VERBS.has(t.stem) && isContentWord(t))
  return verb && !LIGHT_VERBS.has(verb.lemma) ? verb.lemma : null
}

/** What the question asks the candidate to have done; null when it names no act at all. */
export function questionPredicate(question: string): QuestionPredicate | null {
  if (cache.has(question)) return cache.get(question)!
  const analysis = analyseText(question)
  // every known predicate the question names counts; the one named by the longest phrase names it
  const known = askSets
    .map((a) => ({
      ...a,
      longest: Math.max(0, ...matchTerms(analysis, a.asks).map((h) => h.end - h.start)),
    }))
    .filter((a) => a.longest > 0)
    .sort((a, b) => b.longest - a.longest)
  const predicate: QuestionPredicate | null =
    known.length > 0
      ? {
          name: known[0].entry.id,
          source: 'known',
          terms: compileTerms(
            known.flatMap(({ entry }) => entry.terms.split(',').map((t) => t.trim())),
          ),
        }
      : readPredicate(analysis)
  cache.set(question, predicate)
  if (cache.size > 64) cache.delete(cache.keys().next().value as string)
  return predicate
}

/** How much the answer engages the predicate: in how many sentences, with how many terms. */
export function predicateEngagement(
  analysis: TextAnalysis,
  predicate: QuestionPredicate,
): PredicateEngagement {
  const hits = matchTerms(analysis, predicate.terms)
  const sentences = new Set(hits.map((h) => h.sentence)).size
  const distinct = new Set(hits.map((h) => h.term)).size
  const sentenceCount = Math.max(1, analysis.sentences.length)
  // a short answer engages in fewer sentences: ask for a quarter of them, at least two
  const sentenceTarget = Math.max(2, Math.ceil(sentenceCount / 4))
  const strength = 0.6 * Math.min(1, distinct / 3) + 0.4 * Math.min(1, sentences / sentenceTarget)
  return { hits, sentences, distinct, strength }
}
