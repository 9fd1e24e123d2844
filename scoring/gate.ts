/**
 * An interviewer's gate (docs/decisions/050-relevance-gate.md): an answer that does not
 * address the question cannot score well, whatever its polish. When the gate's scorer (or the
 * mean of several, decision 102) scores below `below`, each listed dimension is multiplied by a
 * factor that falls linearly from 1 (at `below`) to `floor` (at 0), and says so in its reason.
 * Pure.
 */
import { gateHolderIds, type GateConfig, type GateHolder } from './config.ts'
import type { DimensionResult } from './response.ts'
import type { ScorerResult } from './types.ts'

export interface AppliedGate {
  /** the scorer whose feedback says why (of a mean, its lowest member) */
  scorer: string
  /** who judged, as the candidate reads it: "relevance", or "relevance and topic" (their mean) */
  judgedBy: string
  averaged: boolean
  score: number
  factor: number
  /** what the candidate reads: the gate's message, with the gate scorer's own reason */
  reason: string
}

/** A holder's reading: its score and the scorer that explains it; null when none judged. */
function readHolder(results: readonly ScorerResult[], holder: GateHolder) {
  const ids = gateHolderIds(holder)
  // a gate scorer that abstained or failed cannot judge the answer: it leaves the gate open
  const judged = results
    .filter((r) => ids.includes(r.id) && r.status === 'ok' && r.score !== null)
    .sort((a, b) => a.score! - b.score! || ids.indexOf(a.id) - ids.indexOf(b.id))
  if (judged.length === 0) return null
  const score = Math.round((judged.reduce((sum, r) => sum + r.score!, 0) / judged.length) * 10) / 10
  return {
    explainer: judged[0],
    score,
    judgedBy: ids.filter((id) => judged.some((r) => r.id === id)).join(' and '),
    averaged: judged.length > 1,
  }
}

/** Whether the gate applies to these results, and how strongly; null when it does not. */
export function gateFor(results: readonly ScorerResult[], gate: GateConfig): AppliedGate | null {
  const holders = [gate.scorer].flat()
  // of several holders, the lowest decides
  const lowest = holders
    .map((holder, order) => ({ order, reading: readHolder(results, holder) }))
    .filter((h) => h.reading !== null)
    .sort((a, b) => a.reading!.score - b.reading!.score || a.order - b.order)[0]
  if (!lowest || lowest.reading!.score >= gate.below) return null
  const { explainer, score, judgedBy, averaged } = lowest.reading!
  const factor = gate.floor + ((1 - gate.floor) * score) / gate.below
  const why = explainer.feedback.find((f) => f.kind === 'improvement')?.message
  return {
    scorer: explainer.id,
    judgedBy,
    averaged,
    score,
    factor,
    // the message is the first holder's (relevance: off the question); another says its own why
    reason:
      lowest.order !== 0 && why
        ? why
        : why && why !== gate.message
          ? `${gate.message} ${why}`
          : gate.message,
  }
}

/** The dimensions with the gate applied to those it lists. */
export function applyGate<D extends Record<string, DimensionResult>>(
  dimensions: D,
  applied: AppliedGate,
  gate: GateConfig,
): D {
  const out: Record<string, DimensionResult> = { ...dimensions }
  for (const name of gate.dimensions) {
    const dimension = out[name]
    if (!dimension || dimension.score === null) continue
    const note = `${applied.reason} (${applied.judgedBy} scored ${applied.score}${applied.averaged ? ' on average' : ''}, below ${gate.below}: this dimension counts ${Math.round(applied.factor * 100)}%)`
    out[name] = {
      ...dimension,
      score: Math.round(dimension.score * applied.factor * 10) / 10,
      reason: dimension.reason ? `${note}; ${dimension.reason}` : note,
    }
  }
  return out as D
}
