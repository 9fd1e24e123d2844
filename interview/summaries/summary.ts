/**
 * The session summary written at finish (decision 034): scores per competency and overall from
 * the final attempts, the three strongest points and three most important improvements, each
 * quoting the transcript, delivery statistics, and the answers worth saving as stories.
 */
import {
  analyseText,
  type MockInterviewAttemptResponse,
  type StarPart,
} from '../../scoring/index.ts'

export interface SummaryExchange {
  exchangeId: string
  questionText: string
  competency: string
  followUpOfId: string | null
  final: {
    attemptId: string
    transcript: string
    overallScore: number | null
    durationMs: number | null
    response: MockInterviewAttemptResponse
  } | null
}

export interface SummaryPoint {
  message: string
  /** the words of the transcript the point rests on */
  quote: string
  exchangeId: string
  attemptId: string
  questionText: string
  scorerId: string
}

export interface InterviewSummary {
  overall: number | null
  dimensions: { content: number | null; delivery: number | null; structure: number | null }
  competencies: { competency: string; score: number | null; answered: number }[]
  strengths: SummaryPoint[]
  improvements: SummaryPoint[]
  delivery: {
    meanWpm: number | null
    fillersPerMinute: number | null
    fillersPer100Words: number | null
    longPauses: number | null
  }
  storyCandidates: {
    attemptId: string
    exchangeId: string
    questionText: string
    competency: string
    overallScore: number
  }[]
  answered: number
  unanswered: number
}

/**
 * An answer scoring at least this, with all four STAR parts and at most `storyImprovements`
 * points to improve, is worth saving as a story: polished, not merely on the question
 * (decision 097 measured the limit: it halves the weak answers offered).
 */
export const storyThreshold = 70
export const storyImprovements = 3
const parts: StarPart[] = ['situation', 'task', 'action', 'result']

function mean(values: (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number')
  if (present.length === 0) return null
  return Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10
}

/** The sentence around a span (the scorers' own sentences): what a quote of a word or two needs. */
function sentenceAround(transcript: string, span: { start: number; end: number }) {
  const { sentences } = analyseText(transcript)
  const first = sentences.find((s) => s.end > span.start)
  const last = [...sentences].reverse().find((s) => s.start < span.end)
  return first && last ? { start: first.start, end: last.end } : span
}

/** The first evidence span's words, or its sentence when the span is under six words. */
function quoteOf(transcript: string, evidence: { start: number; end: number }[]): string {
  const first = evidence[0]
  if (!first) return ''
  const words = transcript.slice(first.start, first.end).trim().split(/\s+/).filter(Boolean)
  const span = words.length < 6 ? sentenceAround(transcript, first) : first
  const text = transcript.slice(span.start, span.end).trim()
  return text.length > 240 ? `${text.slice(0, 237)}…` : text
}

export function summarise(exchanges: readonly SummaryExchange[]): InterviewSummary {
  const answered = exchanges.filter((e) => e.final !== null)
  const finals = answered.map((e) => ({ exchange: e, final: e.final! }))
  const competencyNames = [...new Set(exchanges.map((e) => e.competency))]
  const competencies = competencyNames.map((competency) => {
    const mine = finals.filter((f) => f.exchange.competency === competency)
    return { competency, score: mean(mine.map((f) => f.final.overallScore)), answered: mine.length }
  })

  const points = (kind: 'strength' | 'improvement') =>
    finals.flatMap(({ exchange, final }) => {
      const scoreOf = new Map(final.response.scorers.map((s) => [s.id, s.score ?? 50]))
      return final.response.feedback
        .filter((item) => item.kind === kind && item.evidence.length > 0)
        .map((item) => ({
          rank: scoreOf.get(item.scorerId) ?? 50,
          point: {
            message: item.message,
            quote: quoteOf(final.transcript, item.evidence),
            exchangeId: exchange.exchangeId,
            attemptId: final.attemptId,
            questionText: exchange.questionText,
            scorerId: item.scorerId,
          },
        }))
        .filter((entry) => entry.point.quote !== '')
    })
  // Strengths from the best-scoring judgements first; improvements from the worst, one per
  // scorer where possible, so that the three are three different things to work on.
  const strengths = pickDistinct(points('strength').sort((a, b) => b.rank - a.rank))
  const improvements = pickDistinct(points('improvement').sort((a, b) => a.rank - b.rank))

  const deliveries = finals.map((f) => ({
    delivery: f.final.response.delivery,
    durationMs: f.final.durationMs,
  }))
  const timed = deliveries.filter((d) => d.delivery && d.durationMs && d.durationMs > 0)
  const minutes = timed.reduce((sum, d) => sum + d.durationMs! / 60_000, 0)
  const fillers = timed.reduce((sum, d) => sum + d.delivery!.fillers.count, 0)
  const pauses = deliveries
    .map((d) => d.delivery?.longPauses)
    .filter((p): p is number => typeof p === 'number')

  return {
    overall: mean(finals.map((f) => f.final.overallScore)),
    dimensions: {
      content: mean(finals.map((f) => f.final.response.dimensions.content.score)),
      delivery: mean(finals.map((f) => f.final.response.dimensions.delivery.score)),
      structure: mean(finals.map((f) => f.final.response.dimensions.structure.score)),
    },
    competencies,
    strengths,
    improvements,
    delivery: {
      meanWpm: mean(deliveries.map((d) => d.delivery?.wpm)),
      fillersPerMinute: minutes > 0 ? Math.round((fillers / minutes) * 10) / 10 : null,
      fillersPer100Words: mean(deliveries.map((d) => d.delivery?.fillersPer100Words)),
      longPauses: pauses.length > 0 ? pauses.reduce((a, b) => a + b, 0) : null,
    },
    storyCandidates: finals
      .filter(
        ({ final }) =>
          (final.overallScore ?? 0) >= storyThreshold &&
          parts.every((p) => final.response.star?.[p].present) &&
          final.response.feedback.filter((f) => f.kind === 'improvement').length <=
            storyImprovements,
      )
      .map(({ exchange, final }) => ({
        attemptId: final.attemptId,
        exchangeId: exchange.exchangeId,
        questionText: exchange.questionText,
        competency: exchange.competency,
        overallScore: final.overallScore!,
      })),
    answered: answered.length,
    unanswered: exchanges.length - answered.length,
  }
}

function pickDistinct(ranked: { point: SummaryPoint }[], count = 3): SummaryPoint[] {
  const chosen: SummaryPoint[] = []
  const scorers = new Set<string>()
  const messages = new Set<string>()
  for (const pass of [true, false]) {
    for (const { point } of ranked) {
      if (chosen.length === count) return chosen
      if (messages.has(point.message) || (pass && scorers.has(point.scorerId))) continue
      chosen.push(point)
      scorers.add(point.scorerId)
      messages.add(point.message)
    }
  }
  return chosen
}
