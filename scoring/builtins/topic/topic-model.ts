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
import { analyseText, isContentWord, type TextAnalysis } from '../../text/nlp.ts'
import { topicClassOf } from './competencies.ts'
import trained from './topic-model.json' with { type: 'json' }

/** classes: competency ids (competencies.ts); features: content stems */
export type TopicModel = NaiveBayesModel

/** The stems an answer is about: its content words, each counted once. */
export function topicStems(analysis: TextAnalysis): Set<string> {
  const stems = new Set<string>()
  for (const token of analysis.tokens)
    if (isContentWord(token) && token.stem.length >= 3) stems.add(token.stem)
  return stems
}

export interface TopicReading {
  /** the asked competency, as the model names it: the competency's class, or the question's likeliest */
  asked: string
  /** whether `asked` was read from the question's words, the competency being one the model lacks */
  fromQuestion: boolean
  /** the competency the model finds most likely */
  top: string
  /** log P(asked) less the mean over all competencies: above 0 when the story leans to the asked one */
  askedLean: number
  /** the answer's words the model knows */
  evidence: number
}

export interface ReadTopicOptions {
  model?: TopicModel
  priorWords?: number
  /**
   * The question, read when the model does not know the competency: what it asks about is then
   * the model's reading of its words (a posterior over the competencies), and the story's lean is
   * weighed by it.
   */
  question?: string
  /** how sure the question's reading must be (its likeliest competency's posterior) to be used */
  questionConfidence?: number
}

/**
 * The question's reading: each competency's posterior from the question's words (naive Bayes
 * with equal priors), or null when the model knows none of them or no competency reaches
 * `confidence`.
 */
function readQuestion(question: string, model: TopicModel, confidence: number): number[] | null {
  const { scores, known } = classify(model, topicStems(analyseText(question)), 0)
  if (known === 0) return null
  // classify averages over the known words; the posterior wants their sum
  const sums = scores.map((s) => s * known)
  const max = Math.max(...sums)
  const weights = sums.map((s) => Math.exp(s - max))
  const total = weights.reduce((a, b) => a + b, 0)
  const posterior = weights.map((w) => w / total)
  return Math.max(...posterior) >= confidence ? posterior : null
}

/**
 * How the asked competency fares against the others for this answer, or null when the model
 * does not know the competency (it was not trained on it, and the question's words say nothing
 * clear) or knows none of the answer's words.
 * Each known word adds its log-likelihood; the sums are averaged over the words plus
 * `priorWords`, so that a long answer is not judged more confidently than a short one, nor a short
 * one more harshly: the likeliest of many noisy sums over a few words leads by chance.
 */
export function readTopic(
  analysis: TextAnalysis,
  competency: string,
  {
    model = trained as TopicModel,
    priorWords = 10,
    question,
    questionConfidence = 0.2,
  }: ReadTopicOptions = {},
): TopicReading | null {
  const named = topicClassOf(competency, model.classes)
  const asked: number[] | null = named
    ? model.classes.map((c) => (c === named ? 1 : 0))
    : question
      ? readQuestion(question, model, questionConfidence)
      : null
  if (!asked) return null
  const { scores, known } = classify(model, topicStems(analysis), priorWords)
  if (known === 0) return null
  let top = 0
  for (let c = 1; c < scores.length; c += 1) if (scores[c] > scores[top]) top = c
  const mean = scores.reduce((sum, v) => sum + v, 0) / scores.length
  let likeliestAsked = 0
  for (let c = 1; c < asked.length; c += 1) if (asked[c] > asked[likeliestAsked]) likeliestAsked = c
  return {
    asked: model.classes[likeliestAsked],
    fromQuestion: !named,
    top: model.classes[top],
    askedLean: asked.reduce((sum, w, c) => sum + w * (scores[c] - mean), 0),
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
