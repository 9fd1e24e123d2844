/**
 * An interviewer's gate (docs/decisions/050-relevance-gate.md): an answer that does not
 * address the question cannot score well, whatever its polish. When the gate's scorer scores
 * below `below`, each listed dimension is multiplied by a factor that falls linearly from 1
 * (at `below`) to `floor` (at 0), and says so in its reason. Pure.
 */
import type { GateConfig } from './config.ts'
import type { DimensionResult } from './response.ts'
import type { ScorerResult } from './types.ts'

export interface AppliedGate {
  scorer: string
  score: number
  factor: number
  /** what the candidate reads: the gate's message, with the gate scorer's own reason */
  reason: string
}

/** Whether the gate applies to these results, and how strongly; null when it does not. */
export function gateFor(results: readonly ScorerResult[], gate: GateConfig): AppliedGate | null {
  const ids = [gate.scorer].flat()
  // a gate scorer that abstained or failed cannot judge the answer: it leaves the gate open;
  // of several, the lowest decides
  const judged = results
    .filter((r) => ids.includes(r.id) && r.status === 'ok' && r.score !== null)
    .sort((a, b) => a.score! - b.score! || ids.indexOf(a.id) - ids.indexOf(b.id))[0]
  if (!judged || judged.score === null) return null
  if (judged.score >= gate.below) return null
  const factor = gate.floor + ((1 - gate.floor) * judged.score) / gate.below
  const why = judged.feedback.find((f) => f.kind === 'improvement')?.message
  return {
    scorer: judged.id,
    score: judged.score,
    factor,
    // the message is the first scorer's (relevance: off the question); another says its own why
    reason:
      judged.id !== ids[0] && why
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
    const note = `${applied.reason} (${applied.scorer} scored ${applied.score}, below ${gate.below}: this dimension counts ${Math.round(applied.factor * 100)}%)`
    out[name] = {
      ...dimension,
      score: Math.round(dimension.score * applied.factor * 10) / 10,
      reason: dimension.reason ? `${note}; ${dimension.reason}` : note,
    }
  }
  return out as D
}
