/**
 * Turns the scorers' results into a MockInterviewAttemptResponse (ARCHITECTURE.md,
 * Contracts, "Aggregation"). Pure: same results in, same response out.
 */
import type {
  DimensionResult,
  MockInterviewAttemptResponse,
  ResponseFeedbackItem,
} from './response.ts'
import type { Artifacts, DeliveryAnalysis, ScorerResult } from './types.ts'
import type { GateConfig } from './config.ts'
import { applyGate, gateFor } from './gate.ts'
import { calibrate, type CalibrationPoints } from './calibration.ts'

export const BUILT_IN_DIMENSIONS = ['content', 'delivery', 'structure'] as const

export interface AggregateInput {
  /** in configured order: artifacts are taken from the first scorer that has one */
  results: readonly ScorerResult[]
  /** weight per scorer id; a scorer missing here weighs 1, a weight of 0 runs but never counts */
  weights?: Readonly<Record<string, number>>
  /** weight per dimension for the overall score; a dimension missing here weighs 1 */
  dimensionWeights?: Readonly<Record<string, number>>
  /**
   * set by the caller when an external service was unavailable; when absent, the
   * abstentions that name an unavailable service set it
   */
  degraded?: { reason: string } | null
  /**
   * an interviewer's gate: when its scorer scores low, the dimensions it lists are scaled
   * down (and so the overall), each saying why; that scorer's feedback comes first
   */
  gate?: GateConfig
  /**
   * `[mean, reported]` points: the overall a candidate reads is this monotone map of the
   * weighted mean of the dimensions (the order of two answers never changes)
   */
  overallCalibration?: CalibrationPoints
}

/** The weighted mean of `items`, ignoring those whose weight is 0; null when nothing counts. */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  let sum = 0
  let total = 0
  for (const { value, weight } of items) {
    if (weight <= 0) continue
    sum += value * weight
    total += weight
  }
  return total > 0 ? round(sum / total) : null
}

/** One dimension's score from its scorers, or null with the reason; never drops a scorer silently. */
export function aggregateDimension(
  results: readonly ScorerResult[],
  weights: Readonly<Record<string, number>> = {},
): DimensionResult {
  const weightOf = (r: ScorerResult) => weights[r.id] ?? 1
  if (results.length === 0)
    return { score: null, reason: 'No scorer is configured for this dimension.', scorers: [] }
  const counted = results.filter((r) => r.status === 'ok' && r.score !== null && weightOf(r) > 0)
  const score = weightedMean(counted.map((r) => ({ value: r.score!, weight: weightOf(r) })))
  const missing = results
    .filter((r) => r.status !== 'ok')
    .map((r) => `${r.status}: ${r.reason ?? r.id}`)
  const scorers = results.map((r) => r.id)
  if (score === null) {
    const why = missing.length > 0 ? missing.join('; ') : 'its scorers have weight 0'
    return { score: null, reason: `No scorer returned a score (${why})`, scorers }
  }
  return {
    score,
    reason: missing.length > 0 ? `Scored without ${missing.join('; ')}` : null,
    scorers,
  }
}

/** Builds the whole response: dimensions, overall, STAR, delivery, feedback, rewrite, follow-up, status. */
export function aggregate({
  results,
  weights = {},
  dimensionWeights = {},
  degraded,
  gate,
  overallCalibration,
}: AggregateInput): MockInterviewAttemptResponse {
  const dimensionNames = [
    ...new Set<string>([...BUILT_IN_DIMENSIONS, ...results.map((r) => r.dimension)]),
  ]
  const ungated = Object.fromEntries(
    dimensionNames.map((name) => [
      name,
      aggregateDimension(
        results.filter((r) => r.dimension === name),
        weights,
      ),
    ]),
  ) as MockInterviewAttemptResponse['dimensions']
  const applied = gate ? gateFor(results, gate) : null
  const dimensions = applied ? applyGate(ungated, applied, gate!) : ungated
  // when the gate applies, its scorer's feedback (why the answer misses the question) leads
  const ordered = applied
    ? [
        ...results.filter((r) => r.id === applied.scorer),
        ...results.filter((r) => r.id !== applied.scorer),
      ]
    : results

  const mean = weightedMean(
    dimensionNames
      .filter((name) => dimensions[name].score !== null)
      .map((name) => ({ value: dimensions[name].score!, weight: dimensionWeights[name] ?? 1 })),
  )

  const overall = mean !== null && overallCalibration ? calibrate(mean, overallCalibration) : mean

  return {
    overall,
    dimensions,
    star: firstArtifact(results, 'star') ?? null,
    delivery: mergeDelivery(results),
    feedback: ordered.flatMap((r) =>
      r.feedback.map((item): ResponseFeedbackItem => ({ scorerId: r.id, ...item })),
    ),
    rewrite: firstArtifact(results, 'rewrite') ?? null,
    followUp: firstArtifact(results, 'followUp') ?? null,
    scorers: results.map((r) => ({
      id: r.id,
      version: r.version,
      dimension: r.dimension,
      status: r.status,
      score: r.score,
      label: r.label,
      weight: weights[r.id] ?? 1,
      reason: r.reason,
      durationMs: r.durationMs,
    })),
    status: results.every((r) => r.status === 'ok') ? 'complete' : 'partial',
    degraded: degraded ?? degradedByScorers(results),
  }
}

function degradedByScorers(results: readonly ScorerResult[]): { reason: string } | null {
  const reasons = results.flatMap((r) =>
    r.degraded ? [`${r.degraded.service}: ${r.degraded.reason}`] : [],
  )
  return reasons.length > 0 ? { reason: [...new Set(reasons)].join('; ') } : null
}

function firstArtifact<K extends keyof Artifacts>(
  results: readonly ScorerResult[],
  key: K,
): Artifacts[K] | undefined {
  return results.find((r) => r.artifacts[key] !== undefined)?.artifacts[key]
}

/** Field by field, the first scorer in configured order that measured a delivery metric wins. */
function mergeDelivery(results: readonly ScorerResult[]): DeliveryAnalysis | null {
  const parts = results.map((r) => r.artifacts.delivery).filter((d) => d !== undefined)
  if (parts.length === 0) return null
  const merged: DeliveryAnalysis = {
    wpm: null,
    fillers: { count: 0, words: [] },
    fillersPerMinute: null,
    fillersPer100Words: 0,
    longPauses: null,
    hedges: { count: 0, words: [] },
  }
  const seen = new Set<string>()
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined || seen.has(key)) continue
      seen.add(key)
      ;(merged as unknown as Record<string, unknown>)[key] = value
    }
  }
  return merged
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
