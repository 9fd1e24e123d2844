/**
 * LLMs count characters badly: evidence spans outside the transcript (or empty) are dropped
 * rather than failing the whole judgement, which the pipeline would do for one bad span.
 */
import type { FeedbackItem, Span, StarAnalysis } from '../../../scoring/types.ts'

function spansInside(spans: readonly Span[], transcript: string): Span[] {
  return spans.filter(
    (span) =>
      span.start < span.end &&
      span.end <= transcript.length &&
      transcript.slice(span.start, span.end).trim() !== '',
  )
}

export function feedbackInside(items: readonly FeedbackItem[], transcript: string): FeedbackItem[] {
  return items.map((item) => ({ ...item, evidence: spansInside(item.evidence, transcript) }))
}

export function starInside(star: StarAnalysis, transcript: string): StarAnalysis {
  const part = (p: StarAnalysis['situation']) => ({
    present: p.present,
    evidence: spansInside(p.evidence, transcript),
  })
  return {
    situation: part(star.situation),
    task: part(star.task),
    action: part(star.action),
    result: part(star.result),
    quantified: star.quantified,
  }
}

/** A short word for a 0–100 score. */
export function band(score: number): string {
  if (score >= 80) return 'strong'
  if (score >= 60) return 'solid'
  if (score >= 40) return 'developing'
  return 'weak'
}
