import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, QuestionKind, Span } from '../../types.ts'
import { analyseText, isContentWord, type TextAnalysis } from '../../text/nlp.ts'
import { concreteDetails } from '../../text/details.ts'
import { analysePlan } from '../star/plan-shape.ts'
import { analyseStar } from '../star/star-analysis.ts'

/**
 * Whether a short answer is still complete: a story with its setting or task, what the speaker did
 * and its result; a plan with steps and the reason for them or a check. Short and complete is good: length
 * alone neither rewards nor punishes (issue 17).
 */
function complete(transcript: string, kind: QuestionKind): boolean {
  if (kind === 'behavioural') {
    const { parts } = analyseStar(transcript)
    return (
      parts.action.length > 0 &&
      parts.result.length > 0 &&
      (parts.situation.length > 0 || parts.task.length > 0)
    )
  }
  const plan = analysePlan(transcript, kind)
  return plan.steps.length >= 2 && (plan.reasons.length > 0 || plan.checks.length > 0)
}

const options = z.object({
  /** below this many words an answer is too thin, by question kind */
  minWords: z
    .object({ behavioural: z.number(), situational: z.number(), technical: z.number() })
    .default({ behavioural: 90, situational: 70, technical: 60 }),
  /** above this many words (about three minutes spoken) length starts to cost */
  maxWords: z.number().int().positive().default(400),
  /** a sentence adding fewer new content words than this share makes no progress */
  noveltyFloor: z.number().min(0).max(1).default(0.35),
  /** behavioural: concrete details (numbers, names, "I" + past action) per 100 words of a dense story */
  densityTarget: z.number().positive().default(5),
  /** behavioural: beyond this many words, a low density costs more and more */
  denseFrom: z.number().int().positive().default(120),
})

export const messages = {
  short: 'Too short to show what you did: add the situation, your actions and the result.',
  long: 'Long: keep to one story and stop at the result.',
  repetitive: 'These sentences repeat earlier points without moving the story on.',
  focused: 'Each sentence moves the story on.',
  diluted:
    'Long for what it tells: few concrete details (what you did, numbers, names) per sentence. Cut the background and keep the steps and the result.',
  idle: 'These sentences tell no action, number or name: they do not move the story on.',
}

const span = (s: Span): Span => ({ start: s.start, end: s.end })

/** Sentences that add little that is new, and the share of content words that repeat. */
function progression(analysis: TextAnalysis, floor: number) {
  const seen = new Set<string>()
  const stalled: Span[] = []
  let content = 0
  let repeated = 0
  for (const sentence of analysis.sentences) {
    const lemmas = analysis.tokens
      .slice(sentence.firstToken, sentence.endToken)
      .filter(isContentWord)
      .map((t) => t.lemma)
    if (lemmas.length === 0) continue
    const fresh = lemmas.filter((l) => !seen.has(l)).length
    content += lemmas.length
    repeated += lemmas.length - fresh
    if (seen.size > 0 && lemmas.length >= 3 && fresh / lemmas.length < floor)
      stalled.push(span(sentence))
    for (const l of lemmas) seen.add(l)
  }
  return {
    stalled,
    repetition: content === 0 ? 0 : repeated / content,
    distinct: seen.size,
    content,
  }
}

export default defineScorer({
  id: 'concision',
  version: '2.0.1',
  dimension: 'content',
  description:
    'Progress from sentence to sentence and, for a story, concrete details per 100 words: a short answer costs only when it leaves out a part (a story without its result, a plan without its reasons), and a long one only when it carries little.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseText(input.transcript)
    const words = analysis.wordCount
    if (words < 3)
      return abstain('The answer is empty or a few words: there is nothing to measure.')
    const min = opts.minWords[input.kind as QuestionKind] ?? opts.minWords.behavioural
    const { stalled, repetition, distinct, content } = progression(analysis, opts.noveltyFloor)
    // below the usual length, only an answer that leaves out a part of it is too short
    const shortButComplete = words < min && complete(input.transcript, input.kind)
    const lengthPart = words < min && !shortButComplete ? (words / min) ** 1.5 : 1
    const overLength = Math.max(0, words - opts.maxWords) / opts.maxWords
    const sentences = Math.max(1, analysis.sentences.length)
    const stallShare = stalled.length / sentences
    // repetition of content words above what a focused story needs (~35%)
    const repetitionLoss = Math.max(0, repetition - 0.35) * 120
    // a behavioural story is judged on its density: length only costs when it carries little
    const behavioural = input.kind === 'behavioural'
    const details = concreteDetails(analysis)
    const densityPart = Math.min(1, details.per100Words / opts.densityTarget)
    const longness = Math.min(1, Math.max(0, words - opts.denseFrom) / opts.denseFrom)
    const densityLoss = behavioural ? (1 - densityPart) * longness * 50 : 0
    const detailSentences = new Set([
      ...details.actions.map((a) => a.sentence),
      ...[...details.numbers, ...details.names].map((t) => t.sentence),
    ])
    const idle = analysis.sentences.filter((s) => !detailSentences.has(s.index))
    const idleShare = idle.length / sentences
    const idleLoss = behavioural && words >= 60 ? Math.max(0, idleShare - 0.34) * 70 : 0
    const score = Math.round(
      Math.max(
        0,
        Math.min(
          100,
          100 * lengthPart -
            40 * overLength -
            60 * stallShare -
            repetitionLoss -
            densityLoss -
            idleLoss,
        ),
      ),
    )

    const feedback: FeedbackItem[] = []
    const whole =
      analysis.sentences.length > 0
        ? [
            span({
              start: analysis.sentences[0].start,
              end: analysis.sentences[analysis.sentences.length - 1].end,
            }),
          ]
        : []
    if (words < min && !shortButComplete && whole.length > 0)
      feedback.push({ kind: 'improvement', message: messages.short, evidence: whole })
    if (overLength > 0 && analysis.sentences.length > 0) {
      const tail = analysis.sentences.filter(
        (s) =>
          analysis.tokens.slice(0, s.firstToken).filter((t) => t.type === 'word').length >=
          opts.maxWords,
      )
      feedback.push({
        kind: 'improvement',
        message: messages.long,
        evidence: tail.slice(0, 3).map(span),
      })
    }
    if (stalled.length > 0)
      feedback.push({
        kind: 'improvement',
        message: messages.repetitive,
        evidence: stalled.slice(0, 4),
      })
    if (densityLoss >= 10 && whole.length > 0)
      feedback.push({ kind: 'improvement', message: messages.diluted, evidence: whole })
    if (idleLoss > 0)
      feedback.push({
        kind: 'improvement',
        message: messages.idle,
        evidence: idle.slice(0, 4).map(span),
      })
    // never beside "these sentences repeat…" or "…do not move the story on"
    if (score >= 80 && whole.length > 0 && stalled.length === 0 && idleLoss === 0)
      feedback.push({ kind: 'strength', message: messages.focused, evidence: whole })

    return {
      score,
      label:
        words < min && !shortButComplete
          ? 'too short'
          : score >= 75
            ? 'focused'
            : score >= 45
              ? 'wordy'
              : 'rambling',
      feedback: feedback.filter((f) => f.evidence.length > 0),
      metrics: {
        expectation: `${input.kind}: at least ${min} words unless complete, no reward beyond ${opts.maxWords}`,
        shortButComplete,
        words,
        sentences: analysis.sentences.length,
        stalledSentences: stalled.length,
        contentRepetition: Math.round(repetition * 100) / 100,
        distinctContentWords: distinct,
        contentWords: content,
        detailsPer100Words: Math.round(details.per100Words * 10) / 10,
        sentencesWithoutDetail: idle.length,
      },
      suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
    }
  },
})
