import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText, type TextAnalysis, type TextToken } from '../../text/nlp.ts'
import { findLexicon } from './competency-lexicons.ts'
import {
  competencyProfile,
  hits,
  indexStems,
  lexiconStemsOf,
  questionStems,
  type TermHit,
} from './topic-terms.ts'

const options = z.object({
  /** share of the question's topic words an on-topic answer uses */
  questionOverlapTarget: z.number().min(0.05).max(1).default(0.4),
  /** distinct competency terms an on-topic answer uses */
  competencyTermsTarget: z.number().int().min(1).default(4),
  /** points lost when the answer is mostly about another competency */
  offTopicPenalty: z.number().min(0).max(100).default(35),
  minWords: z.number().int().min(1).default(8),
})

export const messages = {
  onTopic: 'This answers the question that was asked.',
  weakLink: 'Tie the story to the question: name what it shows about this competency.',
  offTopic: (other: string, asked: string) =>
    `This reads as a story about ${other}, not ${asked}: pick an example that shows ${asked}.`,
}

/** The sentences holding the most of these tokens, as spans. */
function bestSentences(
  analysis: TextAnalysis,
  tokens: readonly TextToken[],
  limit: number,
): Span[] {
  const counts = new Map<number, number>()
  for (const t of tokens) counts.set(t.sentence, (counts.get(t.sentence) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => ({ start: analysis.sentences[i].start, end: analysis.sentences[i].end }))
    .sort((a, b) => a.start - b.start)
}

const tokensOf = (termHits: readonly TermHit[]) => termHits.flatMap((h) => h.tokens)

export default defineScorer({
  id: 'relevance',
  version: '1.0.0',
  dimension: 'content',
  description:
    "How closely the answer addresses this question and competency, by the question's topic words and a lexicon per competency; an answer mostly about another competency scores low.",
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    if (analysis.wordCount < opts.minWords)
      return abstain(
        `The answer has ${analysis.wordCount} words: too short to judge its relevance.`,
      )

    const index = indexStems(analysis)
    const qStems = questionStems(input.question, input.competency)
    const qHits = hits(index, qStems)
    const overlap = qStems.length === 0 ? 0 : qHits.length / qStems.length
    const lexicon = findLexicon(input.competency)
    const profile = competencyProfile(index)
    const targetHits = lexicon ? hits(index, lexiconStemsOf(lexicon)) : []
    const dominant = profile[0]
    const offTopic = Boolean(
      lexicon &&
      dominant &&
      dominant.lexicon.id !== lexicon.id &&
      dominant.hits.length >= targetHits.length + 3 &&
      overlap < 0.5,
    )

    const qPart = Math.min(1, overlap / opts.questionOverlapTarget)
    const cPart = Math.min(1, targetHits.length / opts.competencyTermsTarget)
    const raw = lexicon ? 0.5 * qPart + 0.5 * cPart : qPart
    const score = Math.round(
      Math.max(0, Math.min(100, 100 * raw - (offTopic ? opts.offTopicPenalty : 0))),
    )

    const feedback: FeedbackItem[] = []
    const onTopicTokens = [...tokensOf(qHits), ...tokensOf(targetHits)]
    if (offTopic) {
      feedback.push({
        kind: 'improvement',
        message: messages.offTopic(dominant.lexicon.id, lexicon!.id),
        evidence: bestSentences(analysis, tokensOf(dominant.hits), 2),
      })
    } else if (score >= 60 && onTopicTokens.length > 0) {
      feedback.push({
        kind: 'strength',
        message: messages.onTopic,
        evidence: bestSentences(analysis, onTopicTokens, 2),
      })
    }
    if (!offTopic && score < 60 && analysis.sentences.length > 0) {
      const evidence =
        onTopicTokens.length > 0
          ? bestSentences(analysis, onTopicTokens, 1)
          : [{ start: analysis.sentences[0].start, end: analysis.sentences[0].end }]
      feedback.push({ kind: 'improvement', message: messages.weakLink, evidence })
    }

    return {
      score,
      label: offTopic
        ? 'off topic'
        : score >= 70
          ? 'on topic'
          : score >= 40
            ? 'loosely related'
            : 'unrelated',
      feedback,
      metrics: {
        expectation: `${input.kind}: judged on the question's topic words${lexicon ? ` and the "${lexicon.id}" lexicon` : ' (no lexicon for this competency)'}`,
        questionTerms: qStems,
        questionTermsUsed: qHits.map((h) => h.term),
        questionOverlap: Math.round(overlap * 100) / 100,
        competency: lexicon?.id ?? null,
        competencyTermsUsed: targetHits.map((h) => h.term),
        dominantCompetency: dominant && dominant.hits.length > 0 ? dominant.lexicon.id : null,
        offTopic,
      },
      suggestions: offTopic || score < 60 ? [messages.weakLink] : [],
    }
  },
})
