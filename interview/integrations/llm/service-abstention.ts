/**
 * Turns an unavailable LLM into the abstention a candidate reads: the local scorers' result
 * stands and the response says which service failed and why (AbstainOutput.degraded).
 */
import type { AbstainOutput, MetricValue } from '../../../scoring/types.ts'
import { serviceNames, ServiceUnavailableError } from '../service-error.ts'

/**
 * @param what what the candidate misses, e.g. "The LLM's content judgement"
 * @throws anything that is not a ServiceUnavailableError (a bug: the pipeline records it as failed)
 */
export function abstainForService(
  error: unknown,
  what: string,
  metrics: Record<string, MetricValue> = {},
): AbstainOutput {
  if (!(error instanceof ServiceUnavailableError)) throw error
  return {
    abstain: { reason: `${what} is unavailable: ${error.reason}; the local result stands.` },
    degraded: { service: serviceNames[error.service], reason: error.reason },
    metrics: { ...metrics, retryable: error.retryable },
  }
}
