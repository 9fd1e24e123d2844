/**
 * The two ways an external service fails a caller: it is not configured (no key: use the local
 * path), or it is configured and did not answer usefully (down, slow, refused, malformed).
 * Both extend interview/errors.ts's EncoreError so that GraphQL exposes them like any other.
 */
import { EncoreError } from '../errors.ts'

export type ExternalService = 'openai' | 'deepgram' | 'heygen'

/** How a candidate reads each service's name. */
export const serviceNames: Record<ExternalService, string> = {
  openai: 'OpenAI',
  deepgram: 'Deepgram',
  heygen: 'HeyGen',
}

export interface ServiceUnavailableDetails {
  service: ExternalService
  /** readable cause, e.g. "OpenAI rejected the API key (401)" */
  reason: string
  /** true when trying again later may succeed (timeouts, 429, 5xx); false for a bad key or request */
  retryable: boolean
  /** the HTTP status, when the service answered */
  status?: number
  cause?: unknown
}

export class ServiceUnavailableError extends EncoreError {
  readonly code = 'SERVICE_UNAVAILABLE'
  readonly service: ExternalService
  readonly reason: string
  readonly retryable: boolean
  readonly status?: number

  constructor({ service, reason, retryable, status, cause }: ServiceUnavailableDetails) {
    super(
      `${reason}. ${retryable ? 'Encore used its local result; try again in a minute.' : 'Encore used its local result; check the service settings.'}`,
    )
    this.service = service
    this.reason = reason
    this.retryable = retryable
    this.status = status
    if (cause !== undefined) this.cause = cause
  }
}

export class ServiceNotConfiguredError extends EncoreError {
  readonly code = 'SERVICE_NOT_CONFIGURED'

  /**
   * @param consequence what the candidate loses and what still works, e.g.
   *   "to enable live transcription; typed answers work without it"
   */
  readonly service: ExternalService
  readonly envVar: string

  constructor(service: ExternalService, envVar: string, consequence: string) {
    super(`${serviceNames[service]} is not configured: set ${envVar} ${consequence}.`)
    this.service = service
    this.envVar = envVar
  }
}

/** Readable reason for an HTTP status a service answered with. */
export function reasonForStatus(service: ExternalService, status: number): string {
  const name = serviceNames[service]
  if (status === 401 || status === 403) return `${name} rejected the API key (${status})`
  if (status === 429) return `${name} is rate-limiting requests (429)`
  if (status === 408) return `${name} timed out (408)`
  if (status >= 500) return `${name} had a server error (${status})`
  return `${name} refused the request (${status})`
}

/** Timeouts, rate limits and server errors may pass; a bad key or a bad request will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500
}
