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

/**
 * The stream's events, then the expected error that ended it. An iterator rather than a
 * generator: its return() reaches the stream even before the first next() (a generator returned
 * before it starts never touches the stream), so a subscription refused while it was set up
 * releases what it subscribed to (graphql/ws.ts, decision 094).
 */
function endWithExpectedError<T>(stream: AsyncIterable<T>): AsyncIterableIterator<T | StreamEnd> {
  const inner = stream[Symbol.asyncIterator]()
  let finished = false
  const done = (): IteratorResult<T | StreamEnd> => ({ value: undefined, done: true })
  const iterator: AsyncIterableIterator<T | StreamEnd> = {
    async next() {
      if (finished) return done()
      try {
        const result = await inner.next()
        if (result.done) finished = true
        return result
      } catch (error) {
        finished = true
        if (!(error instanceof EncoreError)) throw error
        return { value: { [ended]: error }, done: false }
      }
    },
    async return() {
      finished = true
      await inner.return?.()
      return done()
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  return iterator
}

/** The field's `resolve`: an event as it is, or the expected error that ended the stream. */
export function eventOrError<T>(event: T | StreamEnd): T {
  if (event && typeof event === 'object' && ended in event) throw event[ended]
  return event as T
}
