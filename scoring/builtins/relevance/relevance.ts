import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText, type TextAnalysis } from '../../text/nlp.ts'
import { COMPETENCY_LEXICONS, findLexicon } from './competency-lexicons.ts'
import { directlyUsed } from './question-overlap.ts'
import { actsOf } from '../../text/agency.ts'
import { predicateEngagement, questionPredicate, questionVerb } from './question-predicate.ts'
import { intentGroups, lexiconTerms, matchTerms, type TermHit } from './topic-terms.ts'

const options = z.object({
  /** share of sentences engaging the asked topic that earns full marks for coverage */
  sentenceShareTarget: z.number().min(0.05).max(1).default(0.3),
  /** share of the question's key words (or their synonyms) an on-topic answer uses */
  questionOverlapTarget: z.number().min(0.05).max(1).default(0.5),
  /** distinct terms of the question's core (its competency) an on-topic answer uses */
  topicTermsTarget: z.number().int().min(1).default(4),
  /** another competency leads when it engages this many times the asked one's sentences */
  rivalLead: z.number().min(1).default(2.5),
  /** distinct terms another competency needs before it can lead */
  rivalTerms: z.number().int().min(1).default(3),
  /** an answer this many sentences long that uses no question word and no competency term is unrelated */
  untouchedSentences: z.number().int().min(1).default(3),
  /** points lost when the answer is mostly about another competency */
  offTopicPenalty: z.number().min(0).max(100).default(30),
  /** share of the score that rests on engaging the question's predicate, when it is a known one */
  predicateWeight: z.number().min(0).max(1).default(0.6),
  /** distinct key words of the question an answer must use to count as working with it */
  questionWordsEngaged: z.number().int().min(1).default(2),
  /** predicate engagement (0–1) at which an answer counts as doing what the question asks */
  predicateEngagedAt: z.number().min(0).max(1).default(0.6),
  /** distinct predicate terms that engagement also needs: one word, however often, is not the act */
  predicateTermsEngaged: z.number().int().min(1).default(2),
  /** the most an answer of 3+ sentences scores when it never engages a known predicate */
  missedPredicateCap: z.number().min(0).max(100).default(10),
  /** the score is multiplied by this when the question's act is done only by others in the answer */
  othersActFactor: z.number().min(0).max(1).default(0.6),
  minWords: z.number().int().min(1).default(8),
})

export const messages = {
  // what this scorer reads: the question's own subject, not the competency a story shows (topic)
  onTopic: 'It takes up the subject the question asks about.',
  weakLink: 'Tie the story to the question: name what it shows about this competency.',
  offTopic: (other: string, asked: string) =>
    `This answer does not address the question asked: it reads as a story about ${other}, not ${asked}. Pick an example that shows ${asked}.`,
  missedPredicate: (act: string) =>
    `This answer does not address the question asked: it never gets to what the question asks you to have done (${act}). Pick an example where you did exactly that.`,
  othersAct: (verb: string) =>
    `The question asks what you did ("${verb}"), but in this answer others do it: tell a time you did it yourself.`,
  unrelated: (words: string) =>
    `This answer does not address the question asked: almost nothing in it is about ${words}.`,
}

const sentenceSpan = (analysis: TextAnalysis, i: number): Span => ({
  start: analysis.sentences[i].start,
  end: analysis.sentences[i].end,
})

/** The sentences holding the most hits, as spans in text order. */
function bestSentences(analysis: TextAnalysis, hits: readonly TermHit[], limit: number): Span[] {
  const counts = new Map<number, number>()
  for (const h of hits) counts.set(h.sentence, (counts.get(h.sentence) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => sentenceSpan(analysis, i))
    .sort((a, b) => a.start - b.start)
}

const sentencesOf = (hits: readonly TermHit[]) => new Set(hits.map((h) => h.sentence))

export default defineScorer({
  id: 'relevance',
  version: '3.5.1',
  dimension: 'content',
  description:
    "How closely the answer addresses this question: how many of its sentences engage the question's key words (or the words people use for them) and the competency's lexicon, and whether another competency dominates the story.",
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    if (analysis.wordCount < opts.minWords)
      return abstain(
        `The answer has ${analysis.wordCount} words: too short to judge its relevance.`,
      )

    const lexicon = findLexicon(input.competency)
    const groups = intentGroups(input.question, lexicon)
    const groupHits = groups.map((g) => matchTerms(analysis, g.terms))
    const lexiconHits = lexicon ? matchTerms(analysis, lexiconTerms(lexicon)) : []
    // the core of the question: its competency, and the question words that name it
    const coreHits = [...lexiconHits, ...groupHits.filter((_, i) => groups[i].core).flat()]
    const topicHits = [...groupHits.flat(), ...lexiconHits]
    const coreSentences = sentencesOf(coreHits)
    const sentenceCount = Math.max(1, analysis.sentences.length)
    const coreShare = coreSentences.size / sentenceCount
    const groupsUsed = groups.filter((_, i) => groupHits[i].length > 0)
    const overlap = groups.length === 0 ? 0 : groupsUsed.length / groups.length
    const distinctCore = new Set(coreHits.map((h) => h.term)).size

    // the question's own words, in any form of the same family (no synonyms)
    const used = directlyUsed(analysis, groups)
    const directOverlap = groups.length === 0 ? 0 : used.length / groups.length

    // the competency the story is mostly about, by the sentences each lexicon engages; a
    // rival needs a few distinct terms, so that one common word ("failed") leads nothing
    const others = COMPETENCY_LEXICONS.filter((l) => l.id !== lexicon?.id)
      .map((l) => {
        const hits = matchTerms(analysis, lexiconTerms(l))
        const distinct = new Set(hits.map((h) => h.term)).size
        return {
          lexicon: l,
          hits,
          sentences: distinct >= opts.rivalTerms ? sentencesOf(hits).size : 0,
        }
      })
      .sort((a, b) => b.sentences - a.sentences || b.hits.length - a.hits.length)
    const rival = others[0]
    const onAsked = coreSentences.size
    const rivalSentences = rival?.sentences ?? 0
    const dominant = rival && rivalSentences > onAsked ? rival.lexicon.id : (lexicon?.id ?? null)
    // how clearly another competency leads: 0 when the onAsked one holds its own
    const dominance =
      rivalSentences >= 3 ? Math.max(0, (rivalSentences - 1.5 * onAsked) / rivalSentences) : 0
    // the question's predicate (what it asks you to have done) weighs far above its other words
    const predicate = questionPredicate(input.question)
    const acted = predicate ? predicateEngagement(analysis, predicate) : null
    // An answer that works with the question itself — several of its own words, or what it asks
    // you to have done — is on the question, whatever else the story touches: stories span
    // competencies (a mistake that hurt a customer reads as customer focus too), so a rival
    // competency only counts against an answer that leaves the question's words aside.
    // Precision first: gating a strong answer costs a candidate more than passing a weak one.
    const engagesQuestion =
      directOverlap >= opts.questionOverlapTarget ||
      used.length >= opts.questionWordsEngaged ||
      ((acted?.strength ?? 0) >= opts.predicateEngagedAt &&
        (acted?.distinct ?? 0) >= opts.predicateTermsEngaged)
    const weight = engagesQuestion ? 0 : 1
    // off topic takes both: another competency clearly leads, and the question's own words are scarce
    const offTopic = Boolean(
      rival &&
      !engagesQuestion &&
      rivalSentences >= 3 &&
      rivalSentences >= opts.rivalLead * Math.max(onAsked, 1),
    )

    const coverage = Math.min(1, coreShare / opts.sentenceShareTarget)
    const breadth = Math.min(1, distinctCore / opts.topicTermsTarget)
    const intent = Math.min(1, overlap / opts.questionOverlapTarget)
    const engagement = 0.45 * coverage + 0.25 * breadth + 0.3 * intent
    // an answer starts neutral and earns the rest by engaging the question; only another
    // competency's clear lead takes it below neutral
    // a story of several sentences that touches neither the competency nor any question word
    const untouched =
      onAsked === 0 && used.length === 0 && analysis.sentences.length >= opts.untouchedSentences
    const raw = (0.35 + 0.65 * engagement) * (1 - 0.9 * dominance * weight) * (untouched ? 0.5 : 1)
    const lead = rival ? onAsked / Math.max(onAsked, rivalSentences, 1) : 1
    const base = Math.max(0, 100 * raw - (offTopic ? opts.offTopicPenalty : 0))
    const share = !predicate ? 0 : predicate.source === 'known' ? opts.predicateWeight : 0.3
    // evidence of answering adds up, it does not average down: an answer that works with the
    // question's own words is on it even when it names the act in few of the predicate's words
    const withPredicate = (1 - share) * base + share * 100 * (0.15 + 0.85 * (acted?.strength ?? 0))
    const blended = engagesQuestion ? Math.max(base, withPredicate) : withPredicate
    // a known predicate never engaged, in a story long enough to have engaged it
    const missedPredicate = Boolean(
      predicate?.source === 'known' &&
      acted?.distinct === 0 &&
      !engagesQuestion &&
      analysis.sentences.length >= 3,
    )
    // engaging the predicate in passing cannot rescue a story another competency clearly leads
    const capped = missedPredicate
      ? Math.min(blended, opts.missedPredicateCap)
      : offTopic
        ? Math.min(blended, base)
        : blended
    // the question asks what "you" did: an answer where only others do that act ("my two reports
    // disagreed", for "a time you disagreed") tells a story about someone else's act
    const verb = questionVerb(input.question)
    const acts = verb ? actsOf(analysis, new Set([verb])) : null
    const othersAct = Boolean(acts && acts.self === 0 && acts.others >= 2)
    const score = Math.round(
      Math.max(0, Math.min(100, capped * (othersAct ? opts.othersActFactor : 1))),
    )

    const asked = lexicon?.id ?? input.competency
    const feedback: FeedbackItem[] = []
    if (othersAct && verb) {
      feedback.push({
        kind: 'improvement',
        message: messages.othersAct(verb),
        evidence: [sentenceSpan(analysis, 0)],
      })
    } else if (missedPredicate && !offTopic) {
      feedback.push({
        kind: 'improvement',
        message: messages.missedPredicate(predicate!.name),
        evidence: [sentenceSpan(analysis, 0)],
      })
    } else if (offTopic) {
      feedback.push({
        kind: 'improvement',
        message: messages.offTopic(rival.lexicon.id, asked),
        evidence: bestSentences(analysis, rival.hits, 2),
      })
    } else if (score < 35 && analysis.sentences.length > 0) {
      feedback.push({
        kind: 'improvement',
        message: messages.unrelated(groups.map((g) => `"${g.word}"`).join(', ') || asked),
        evidence: [sentenceSpan(analysis, 0)],
      })
    } else if (score < 60 && analysis.sentences.length > 0) {
      feedback.push({
        kind: 'improvement',
        message: messages.weakLink,
        evidence:
          topicHits.length > 0
            ? bestSentences(analysis, topicHits, 1)
            : [sentenceSpan(analysis, 0)],
      })
    } else if (topicHits.length > 0 || (acted?.hits.length ?? 0) > 0) {
      feedback.push({
        kind: 'strength',
        message: messages.onTopic,
        // the sentences doing what the question asks show best that it is answered
        evidence: bestSentences(analysis, acted?.hits.length ? acted.hits : topicHits, 2),
      })
    }

    return {
      score,
      label:
        offTopic || missedPredicate
          ? 'off topic'
          : score >= 70
            ? 'on topic'
            : score >= 40
              ? 'loosely related'
              : 'unrelated',
      feedback,
      metrics: {
        expectation: `${input.kind}: judged on the question's key words and their synonyms${lexicon ? ` and the "${lexicon.id}" lexicon` : ' (no lexicon for this competency)'}`,
        questionTerms: groups.map((g) => g.word),
        questionTermsUsed: groupsUsed.map((g) => g.word),
        questionOverlap: Math.round(overlap * 100) / 100,
        competency: lexicon?.id ?? null,
        competencyTermsUsed: [...new Set(lexiconHits.map((h) => h.term))],
        topicSentenceShare: Math.round(coreShare * 100) / 100,
        dominantCompetency: dominant,
        offTopic,
        askedCompetencyLead: Math.round(lead * 100) / 100,
        questionWordsUsedDirectly: used,
        rivalDominance: Math.round(dominance * 100) / 100,
        questionPredicate: predicate?.name ?? null,
        predicateSource: predicate?.source ?? null,
        predicateTermsUsed: acted ? [...new Set(acted.hits.map((h) => h.term))] : [],
        predicateStrength: acted ? Math.round(acted.strength * 100) / 100 : null,
        missedPredicate,
        questionVerb: verb,
        actedBySelf: acts?.self ?? 0,
        actedByOthers: acts?.others ?? 0,
      },
      suggestions: score < 60 ? [messages.weakLink] : [],
    }
  },
})
