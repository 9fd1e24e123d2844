/**
 * Which competency a story is about, from its words: a naive Bayes model over the stems of its
 * content words, trained on stories written for training (`training/competency-stories.json`,
 * decision 097), never on a labelled answer. `train-topic-model.ts` builds `topic-model.json` from
 * them, and a test holds the shipped file to what training gives.
 *
 * What it reads is topic, not quality: a vague story about mentoring is still about mentoring.
 * The topic scorer (topic.ts) uses it to hear a story that answers another question (a workload
 * story told for "a time you disagreed with a doctor").
 */
import type { Span } from '../../types.ts'
import { classify, type NaiveBayesModel } from '../../text/naive-bayes.ts'
import { isContentWord, type TextAnalysis } from '../../text/nlp.ts'
import { findLexicon } from '../relevance/competency-lexicons.ts'
import trained from './topic-model.json' with { type: 'json' }

/** classes: lexicon ids (competency-lexicons.ts); features: content stems */
export type TopicModel = NaiveBayesModel

/** The stems an answer is about: its content words, each counted once. */
export function topicStems(analysis: TextAnalysis): Set<string> {
  const stems = new Set<string>()
  for (const token of analysis.tokens)
    if (isContentWord(token) && token.stem.length >= 3) stems.add(token.stem)
  return stems
}

export interface TopicReading {
  /** the asked competency, as the model names it */
  asked: string
  /** the competency the model finds most likely */
  top: string
  /** log P(asked) less the mean over all competencies: above 0 when the story leans to the asked one */
  askedLean: number
  /** the answer's words the model knows */
  evidence: number
}

/**
 * How the asked competency fares against the others for this answer, or null when the model
 * does not know the competency (it was not trained on it) or knows none of the answer's words.
 * Each known word adds its log-likelihood; the sums are averaged over the words plus
 * `priorWords`, so that a long answer is not judged more confidently than a short one, nor a short
 * one more harshly: the likeliest of fifteen noisy sums over a few words leads by chance.
 */
export function readTopic(
  analysis: TextAnalysis,
  competency: string,
  { model = trained as TopicModel, priorWords = 10 } = {},
): TopicReading | null {
  const asked = findLexicon(competency)?.id
  const index = asked ? model.classes.indexOf(asked) : -1
  if (index < 0) return null
  const { scores, known } = classify(model, topicStems(analysis), priorWords)
  if (known === 0) return null
  let top = 0
  for (let c = 1; c < scores.length; c += 1) if (scores[c] > scores[top]) top = c
  return {
    asked: model.classes[index],
    top: model.classes[top],
    askedLean: scores[index] - scores.reduce((sum, v) => sum + v, 0) / scores.length,
    evidence: known,
  }
}

/**
 * The sentences whose words lean most to competency `toward` over `from` (both model ids), as
 * spans in text order: what the candidate reads as the evidence of a reading.
 */
export function leaningSentences(
  analysis: TextAnalysis,
  toward: string,
  from: string,
  { model = trained as TopicModel, limit = 2 } = {},
): Span[] {
  const a = model.classes.indexOf(toward)
  const b = model.classes.indexOf(from)
  if (a < 0 || b < 0 || a === b) return []
  const lean = analysis.sentences.map(() => 0)
  for (const token of analysis.tokens) {
    const logs = isContentWord(token) ? model.features[token.stem] : undefined
    if (logs) lean[token.sentence] += logs[a] - logs[b]
  }
  return analysis.sentences
    .map((sentence, i) => ({ span: { start: sentence.start, end: sentence.end }, lean: lean[i] }))
    .filter((s) => s.lean > 0)
    .sort((x, y) => y.lean - x.lean)
    .slice(0, limit)
    .map((s) => s.span)
    .sort((x, y) => x.start - y.start)
}
