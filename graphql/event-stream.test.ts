import { expect, test } from 'vitest'
import { EventsInterruptedError } from '../interview/events/pubsub.ts'
import { eventOrError, surfaceExpectedErrors } from './event-stream.ts'

/** A stream of `events` that then throws `error` (if any), recording whether it was returned. */
function source(events: number[], error?: Error) {
  const seen = { returned: false }
  const iterator: AsyncIterableIterator<number> = {
    async next() {
      if (events.length > 0) return { value: events.shift()!, done: false }
      if (error) throw error
      return { value: undefined, done: true }
    },
    async return() {
      seen.returned = true
      return { value: undefined, done: true }
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  return { iterator, seen }
}

test('a stream ended before its first event is released', async () => {
  const { iterator, seen } = source([1, 2])
  const stream = (await surfaceExpectedErrors(Promise.resolve(iterator)))[Symbol.asyncIterator]()
  await stream.return!()
  expect(seen.returned).toBe(true)
  expect(await stream.next()).toEqual({ value: undefined, done: true })
})

test('an expected error ends the stream as its last event; any other is thrown', async () => {
  const interrupted = new EventsInterruptedError('the connection to Redis was lost')
  const events: unknown[] = []
  for await (const event of await surfaceExpectedErrors(
    Promise.resolve(source([1], interrupted).iterator),
  )) {
    events.push(event)
  }
  expect(events[0]).toBe(1)
  expect(() => eventOrError(events[1])).toThrow(interrupted)
  expect(events).toHaveLength(2)

  const broken = await surfaceExpectedErrors(Promise.resolve(source([], new Error('bug')).iterator))
  await expect(broken[Symbol.asyncIterator]().next()).rejects.toThrow('bug')
})
