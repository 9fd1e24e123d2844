/** Deepgram SDK failures as the ServiceUnavailableError a candidate reads. */
import { loadWhenUsed } from '../../load-when-used.ts'
import { isRetryableStatus, reasonForStatus, ServiceUnavailableError } from '../service-error.ts'

export const deepgramSdk = () => loadWhenUsed<typeof import('@deepgram/sdk')>('@deepgram/sdk')

export function deepgramUnavailable(error: unknown): ServiceUnavailableError {
  if (error instanceof ServiceUnavailableError) return error
  const { DeepgramError, DeepgramTimeoutError } = deepgramSdk()
  if (error instanceof DeepgramTimeoutError) {
    return new ServiceUnavailableError({
      service: 'deepgram',
      reason: 'Deepgram timed out',
      retryable: true,
      cause: error,
    })
  }
  // The SDK aborts its own timeout with the reason "timeout"; fetch rejects with that reason,
  // which the SDK then reports as an unknown error rather than a DeepgramTimeoutError.
  if (error instanceof DeepgramError && error.statusCode === undefined && isTimeout(error.cause)) {
    return new ServiceUnavailableError({
      service: 'deepgram',
      reason: 'Deepgram timed out',
      retryable: true,
      cause: error,
    })
  }
  if (error instanceof DeepgramError && error.statusCode !== undefined && error.statusCode >= 400) {
    const detail = errorMessage(error.body)
    return new ServiceUnavailableError({
      service: 'deepgram',
      reason: reasonForStatus('deepgram', error.statusCode) + (detail ? `: ${detail}` : ''),
      retryable: isRetryableStatus(error.statusCode),
      status: error.statusCode,
      cause: error,
    })
  }
  if (error instanceof DeepgramError && error.statusCode !== undefined) {
    return malformed(error)
  }
  return new ServiceUnavailableError({
    service: 'deepgram',
    // the network error's own text (host names, addresses) stays in `cause`, off the screen
    reason: 'Deepgram could not be reached',
    retryable: true,
    cause: error,
  })
}

export function malformed(cause?: unknown): ServiceUnavailableError {
  return new ServiceUnavailableError({
    service: 'deepgram',
    reason: 'Deepgram returned a malformed response',
    retryable: true,
    cause,
  })
}

function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const message = (body as Record<string, unknown>).err_msg
  return typeof message === 'string' ? message : undefined
}

function isTimeout(cause: unknown): boolean {
  return cause === 'timeout' || (cause instanceof Error && cause.name === 'TimeoutError')
}
