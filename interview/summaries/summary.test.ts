// The summary of an interview answered with labelled answers from the eval set, scored by the
// built-in scorers as the engine scores them, spoken at a steady pace with one long pause each.
import { readFileSync } from 'node:fs'
import { beforeAll, expect, test } from 'vitest'
import { builtinScorers } from '../../scoring/builtins/builtin-scorers.ts'
import {
  loadScorerConfig,
  runPipeline,
  type MockInterviewAttemptResponse,
  type QuestionKind,
} from '../../scoring/index.ts'
import {
  summarise,
  storyThreshold,
  type InterviewSummary,
  type SummaryExchange,
} from './summary.ts'

const dev = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/eval/dev.json', import.meta.url), 'utf8'),
) as {
  questions: { id: string; question: string; kind: QuestionKind; competency: string }[]
  answers: { id: string; questionId: string; label: number; transcript: string }[]
}

/** The interview: which labelled answer each question got (null: left unanswered). */
const given = [
  'conflict-disagreement-strong-1',
  'mentoring-colleague-we-heavy-1',
  'prioritisation-urgent-hypothetical-1',
  'pressure-deadline-strong-1',
  'failure-mistake-rambling-1',
  'mentoring-colleague-strong-1',
  null,
] as const

/** Deepgram-shaped words: 0.4 s a word, and a 2.5 s silence after the first sentence. */
function spoken(transcript: string) {
  let at = 0
  let paused = false
  return transcript
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const word = {
        word: token.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '') || token,
        start: at,
        end: at + 0.3,
        confidence: 0.98,
        punctuated_word: token,
      }
      at += 0.4
      if (!paused && /[.?!]$/.test(token)) {
        at += 2.5
        paused = true
      }
      return word
    })
}

let exchanges: SummaryExchange[]
let summary: InterviewSummary
const labelOf = new Map<string, number>()

beforeAll(async () => {
  // scored as the app scores them: its config, with the relevance gate and the calibration
  const scoring = await loadScorerConfig('scoring.config.json', { builtins: builtinScorers })
  exchanges = await Promise.all(
    given.map(async (answerId, index) => {
      const question = answerId
        ? dev.questions.find(
            (q) => q.id === dev.answers.find((a) => a.id === answerId)!.questionId,
          )!
        : dev.questions[0]!
      const exchange = {
        exchangeId: `exchange-${index}`,
        questionText: question.question,
        competency: question.competency,
        followUpOfId: null,
      }
      if (!answerId) return { ...exchange, final: null }
      const { transcript, label } = dev.answers.find((a) => a.id === answerId)!
      const words = spoken(transcript)
      const durationMs = Math.round(words.at(-1)!.end * 1000)
      const response: MockInterviewAttemptResponse = await runPipeline({
        scorers: scoring.scorers,
        dimensionWeights: scoring.dimensionWeights,
        gate: scoring.gate,
        overallCalibration: scoring.overallCalibration,
        defaultTimeoutMs: scoring.defaultTimeoutMs,
        input: {
          question: question.question,
          kind: question.kind,
          competency: question.competency,
          transcript,
          words,
          durationMs,
        },
      })
      labelOf.set(`attempt-${index}`, label)
      return {
        ...exchange,
        final: {
          attemptId: `attempt-${index}`,
          transcript,
          overallScore: response.overall,
          durationMs,
          response,
        },
      }
    }),
  )
  summary = summarise(exchanges)
})

function transcriptOf(attemptId: string): string {
  return exchanges.find((e) => e.final?.attemptId === attemptId)!.final!.transcript
}

test('three strengths and three improvements, each quoting its transcript exactly', () => {
  expect(summary.strengths).toHaveLength(3)
  expect(summary.improvements).toHaveLength(3)
  for (const point of [...summary.strengths, ...summary.improvements]) {
    const exchange = exchanges.find((e) => e.exchangeId === point.exchangeId)!
    expect(point.attemptId).toBe(exchange.final!.attemptId)
    expect(point.questionText).toBe(exchange.questionText)
    expect(point.quote.length).toBeGreaterThan(0)
    // a quote longer than 240 characters is cut with an ellipsis; the rest is the candidate's own words
    expect(transcriptOf(point.attemptId)).toContain(point.quote.replace(/…$/, ''))
  }
  expect(new Set(summary.strengths.map((p) => p.message)).size).toBe(3)
  expect(new Set(summary.improvements.map((p) => p.message)).size).toBe(3)
})

test('a point resting on a word or two quotes the sentence it stands in', () => {
  const transcript =
    'At the depot two pickers called in sick before a 4 a.m. trailer cut-off. I re-planned the pick zones.'
  const base = exchanges.find((e) => e.final !== null)!
  const word = (text: string) => ({
    start: transcript.indexOf(text),
    end: transcript.indexOf(text) + text.length,
  })
  const point = (evidence: { start: number; end: number }) =>
    summarise([
      {
        ...base,
        final: {
          ...base.final!,
          transcript,
          response: {
            ...base.final!.response,
            feedback: [
              { kind: 'strength', message: 'Concrete.', scorerId: 'star', evidence: [evidence] },
            ],
          },
        },
      },
    ]).strengths[0]!.quote
  // "a.m. trailer" does not end the sentence
  expect(point(word('two'))).toBe(
    'At the depot two pickers called in sick before a 4 a.m. trailer cut-off.',
  )
  expect(point(word('zones'))).toBe('I re-planned the pick zones.')
  // a longer span is quoted as it is
  expect(point(word('two pickers called in sick before'))).toBe('two pickers called in sick before')
})

test('the improvements come from the weaker answers, the strengths from the stronger', () => {
  const labels = (points: { attemptId: string }[]) => points.map((p) => labelOf.get(p.attemptId)!)
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  expect(mean(labels(summary.strengths))).toBeGreaterThan(mean(labels(summary.improvements)))
  expect(Math.min(...labels(summary.improvements))).toBeLessThanOrEqual(2)
})

test('delivery statistics add up the spoken answers', () => {
  const answered = exchanges.filter((e) => e.final).map((e) => e.final!)
  expect(summary.delivery.meanWpm).toBeGreaterThan(110)
  expect(summary.delivery.meanWpm).toBeLessThan(160)
  expect(summary.delivery.longPauses).toBe(answered.length)
  const fillers = answered.reduce((sum, a) => sum + a.response.delivery!.fillers.count, 0)
  const minutes = answered.reduce((sum, a) => sum + a.durationMs! / 60_000, 0)
  // the rambling answer's "um", "like" and "you know" are counted
  expect(fillers).toBeGreaterThan(0)
  expect(summary.delivery.fillersPerMinute).toBeCloseTo(fillers / minutes, 1)
})

test('the strong, complete answers are offered as stories; the weak ones are not', () => {
  const offered = summary.storyCandidates.map((c) => c.attemptId)
  expect(offered.length).toBeGreaterThan(0)
  for (const candidate of summary.storyCandidates) {
    expect(labelOf.get(candidate.attemptId)).toBeGreaterThanOrEqual(4)
    expect(candidate.overallScore).toBeGreaterThanOrEqual(storyThreshold)
  }
  for (const [attemptId, label] of labelOf) if (label <= 2) expect(offered).not.toContain(attemptId)
})

test('scores per competency and overall come from the final answers; the unanswered one is counted', () => {
  expect(summary.answered).toBe(6)
  expect(summary.unanswered).toBe(1)
  const scoreOf = (index: number) => exchanges[index]!.final!.overallScore!
  // mentoring was asked twice: a "we" story and a strong one
  const mentoring = summary.competencies.find((c) => c.competency === 'mentoring')!
  expect(mentoring.answered).toBe(2)
  expect(mentoring.score).toBeCloseTo((scoreOf(1) + scoreOf(5)) / 2, 1)
  expect(scoreOf(5)).toBeGreaterThan(scoreOf(1))
  // conflict was asked twice too, the second time left unanswered
  const conflict = summary.competencies.find((c) => c.competency === 'conflict')!
  expect(conflict).toMatchObject({ answered: 1, score: scoreOf(0) })
  const all = exchanges.filter((e) => e.final).map((e) => e.final!.overallScore!)
  expect(summary.overall).toBeCloseTo(all.reduce((a, b) => a + b, 0) / all.length, 1)
})
