/**
 * Whether a scored answer earns a follow-up question (decision 033): the interviewer probes when
 * a STAR part the question kind expects is missing, or when the answer stayed vague. A strong
 * answer that only skipped the scene-setting is left alone.
 */
import type { MockInterviewAttemptResponse, QuestionKind, StarPart } from '../../scoring/index.ts'

export interface FollowUpDecision {
  ask: boolean
  /** what the answer missed: STAR parts and 'specificity' */
  missing: string[]
  /** why (or why not), in words a candidate reads */
  reason: string
}

/** below this, a dimension counts as vague */
export const vagueBelow = 60
/** at or above this overall, a missing situation or task alone is not worth a follow-up */
export const strongFrom = 75

function expectedParts(kind: QuestionKind): StarPart[] {
  return kind === 'behavioural' ? ['situation', 'task', 'action', 'result'] : ['action', 'result']
}

export function decideFollowUp(
  response: MockInterviewAttemptResponse,
  kind: QuestionKind,
): FollowUpDecision {
  const star = response.star
  const missing = star ? expectedParts(kind).filter((part) => !star[part].present) : []
  const content = response.dimensions.content.score
  const vague = content !== null && content < vagueBelow
  const all = vague ? [...missing, 'specificity'] : missing
  const overall = response.overall ?? 0
  if (missing.includes('action') || missing.includes('result')) {
    return { ask: true, missing: all, reason: `The answer left out the ${missing.join(' and ')}.` }
  }
  if (vague) {
    return { ask: true, missing: all, reason: `The answer stayed vague (content ${content}).` }
  }
  if (missing.length > 0 && overall < strongFrom) {
    return { ask: true, missing: all, reason: `The answer left out the ${missing.join(' and ')}.` }
  }
  return { ask: false, missing: all, reason: 'The answer covered what the question asked.' }
}
