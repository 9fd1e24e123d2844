/**
 * A subscription's stream that ends with an expected error (EncoreError: the live events were
 * interrupted when Redis restarted) ends with that error as a GraphQL error in the last result,
 * with its message and `extensions.code`, rather than a masked internal error: graphql-js passes
 * an error thrown by the source stream straight to the transport, but one thrown by the field's
 * `resolve` through the usual error shaping (graphql/errors-plugin.ts).
 */
import { EncoreError } from '../interview/errors.ts'

const ended = Symbol('ended with an expected error')
export type StreamEnd = { [ended]: EncoreError }

/** Errors while subscribing (NOT_FOUND…) still reject here, before the stream starts. */
export async function surfaceExpectedErrors<T>(
  stream: Promise<AsyncIterable<T>>,
): Promise<AsyncIterable<T | StreamEnd>> {
  return endWithExpectedError(await stream)
}

async function* endWithExpectedError<T>(stream: AsyncIterable<T>): AsyncGenerator<T | StreamEnd> {
  try {
    yield* stream
  } catch (error) {
    if (!(error instanceof EncoreError)) throw error
    yield { [ended]: error }
  }
}

/** The field's `resolve`: an event as it is, or the expected error that ended the stream. */
export function eventOrError<T>(event: T | StreamEnd): T {
  if (event && typeof event === 'object' && ended in event) throw event[ended]
  return event as T
}
