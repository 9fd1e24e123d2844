import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, Span } from '../../types.ts'
import { analyseText, isWordLike, type TextToken } from '../../text/nlp.ts'
import { compilePhrases, findPhrases } from '../../text/phrases.ts'
import { isPastVerb, isQuantity } from '../../text/grammar.ts'
import { BUZZWORDS, TIME_MARKERS, VAGUE_MENTIONS } from './specificity-cues.ts'

const options = z.object({
  /** concrete anchors (numbers, names, times) per 100 words that earn full marks */
  anchorsPer100Target: z.number().positive().default(4),
  /** share of sentences telling a past event that earns full marks */
  eventShareTarget: z.number().min(0.05).max(1).default(0.5),
  /** buzzwords per 100 words tolerated before a penalty */
  jargonTolerancePer100: z.number().min(0).default(1.5),
  /** points lost per vague mention per 100 words ("some issues", "at some point") */
  vagueLossPer100: z.number().min(0).default(8),
  minWords: z.number().int().min(1).default(8),
})

export const messages = {
  concrete: 'Concrete detail: numbers, names and times make this believable.',
  vague: 'Add concrete detail: a number, a name, a tool or a date.',
  hedgedDetail:
    'Vague where a detail would go ("at some point", "some issues"): name the date, the problem, the number.',
  jargon: 'Buzzwords without a concrete anchor: say what actually happened instead.',
  noEvent: 'Tell what happened, in the past tense, rather than how things generally are.',
}

const times = compilePhrases(TIME_MARKERS)
const buzzwords = compilePhrases(BUZZWORDS)
const vagueMentions = compilePhrases(VAGUE_MENTIONS)
const span = (t: { start: number; end: number }): Span => ({ start: t.start, end: t.end })

function isName(token: TextToken, sentenceStart: boolean): boolean {
  if (token.pos !== 'PROPN' || token.lower === 'i') return false
  return !sentenceStart || /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}/u.test(token.value)
}

export default defineScorer({
  id: 'specificity',
  version: '1.3.0',
  dimension: 'content',
  description:
    'How concrete the answer is: numbers, names, times and past events per word, against buzzwords with no anchor. Density, so length earns nothing.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const words = analysis.wordCount
    if (words < opts.minWords)
      return abstain(`The answer has ${words} words: too short to judge how specific it is.`)

    const numbers = analysis.tokens.filter((t) => isWordLike(t) && isQuantity(t))
    const names = analysis.tokens.filter((t) =>
      isName(t, analysis.sentences[t.sentence]?.firstToken === t.index),
    )
    const timeMarkers = findPhrases(analysis, times)
    const jargon = findPhrases(analysis, buzzwords)
    const vague = findPhrases(analysis, vagueMentions)
    // an acronym that is a buzzword ("SLOs", "OKR") is not a concrete name
    const inJargon = (t: TextToken) => jargon.some((m) => t.start >= m.start && t.end <= m.end)
    const distinct = (xs: { text?: string; lower?: string }[]) =>
      new Set(xs.map((x) => (x.lower ?? x.text ?? '').toLowerCase())).size
    const namedAnchors = names.filter((t) => !inJargon(t))
    const anchors =
      distinct(numbers) +
      distinct(namedAnchors) +
      distinct(timeMarkers.map((m) => ({ text: m.text })))
    const per100 = (n: number) => (n * 100) / words
    const eventSentences = analysis.sentences.filter((s) =>
      analysis.tokens
        .slice(s.firstToken, s.endToken)
        .some((t) => isPastVerb(t) && !['was', 'were', 'had'].includes(t.lower)),
    )
    const eventShare =
      analysis.sentences.length === 0 ? 0 : eventSentences.length / analysis.sentences.length

    const anchorPart = Math.min(1, per100(anchors) / opts.anchorsPer100Target)
    const eventPart =
      input.kind === 'behavioural' ? Math.min(1, eventShare / opts.eventShareTarget) : 1
    const excessJargon = Math.max(
      0,
      per100(jargon.length) - opts.jargonTolerancePer100 - per100(anchors) / 2,
    )
    const jargonLoss = Math.min(40, excessJargon * 12)
    // a vague mention stands where a checkable detail would go: it counts against
    const vagueLoss = Math.min(35, per100(vague.length) * opts.vagueLossPer100)
    const weights = input.kind === 'behavioural' ? [0.65, 0.35] : [0.8, 0.2]
    const score = Math.round(
      Math.max(
        0,
        Math.min(
          100,
          100 * (weights[0] * anchorPart + weights[1] * eventPart) - jargonLoss - vagueLoss,
        ),
      ),
    )

    const feedback: FeedbackItem[] = []
    const anchorEvidence = [...numbers, ...names, ...timeMarkers]
      .map(span)
      .sort((a, b) => a.start - b.start)
      .slice(0, 5)
    if (anchorPart >= 0.5 && anchorEvidence.length > 0)
      feedback.push({ kind: 'strength', message: messages.concrete, evidence: anchorEvidence })
    if (anchorPart < 0.5 && analysis.sentences.length > 0) {
      const first = analysis.sentences[0]
      feedback.push({
        kind: 'improvement',
        message: messages.vague,
        evidence: anchorEvidence.length > 0 ? anchorEvidence : [span(first)],
      })
    }
    if (vagueLoss >= 10)
      feedback.push({
        kind: 'improvement',
        message: messages.hedgedDetail,
        evidence: vague.slice(0, 5).map(span),
      })
    if (jargonLoss > 0)
      feedback.push({
        kind: 'improvement',
        message: messages.jargon,
        evidence: jargon.slice(0, 5).map(span),
      })
    if (input.kind === 'behavioural' && eventPart < 0.5 && analysis.sentences.length > 0) {
      feedback.push({
        kind: 'improvement',
        message: messages.noEvent,
        evidence: [span(analysis.sentences[0])],
      })
    }

    return {
      score,
      label: score >= 75 ? 'specific' : score >= 45 ? 'somewhat specific' : 'vague',
      feedback,
      metrics: {
        expectation:
          input.kind === 'behavioural'
            ? 'behavioural: concrete anchors and past events'
            : `${input.kind}: concrete anchors (past events not required)`,
        numbers: numbers.map((t) => t.value),
        names: [...new Set(names.map((t) => t.value))],
        timeMarkers: timeMarkers.map((m) => m.text),
        anchorsPer100Words: Math.round(per100(anchors) * 10) / 10,
        eventSentenceShare: Math.round(eventShare * 100) / 100,
        vagueMentions: vague.map((m) => m.text),
        buzzwords: jargon.map((m) => m.text),
        buzzwordsPer100Words: Math.round(per100(jargon.length) * 10) / 10,
      },
      suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
    }
  },
})
