import { expect, test } from 'vitest'
import { createInMemoryPubSub, releasing, SubscriberOverflowError } from './pubsub.ts'

test('a subscriber receives what is published after it subscribed, in order', async () => {
  const pubsub = createInMemoryPubSub<number>()
  const events = pubsub.subscribe('attempt:1')
  pubsub.publish('attempt:1', 1)
  pubsub.publish('attempt:2', 99)
  pubsub.publish('attempt:1', 2)
  expect((await events.next()).value).toBe(1)
  expect((await events.next()).value).toBe(2)
  await events.return!()
})

test('leaving the loop unsubscribes', async () => {
  const pubsub = createInMemoryPubSub<number>()
  const events = pubsub.subscribe('t')
  expect(pubsub.listenerCount('t')).toBe(1)
  setTimeout(() => pubsub.publish('t', 1), 1)
  for await (const event of events) {
    expect(event).toBe(1)
    break
  }
  expect(pubsub.listenerCount('t')).toBe(0)
})

test('an aborted signal ends the iteration', async () => {
  const pubsub = createInMemoryPubSub<number>()
  const controller = new AbortController()
  const events = pubsub.subscribe('t', { signal: controller.signal })
  const next = events.next()
  controller.abort()
  expect(await next).toEqual({ value: undefined, done: true })
  expect(pubsub.listenerCount('t')).toBe(0)
})

test('a subscriber that falls too far behind gets an error after its buffered events', async () => {
  const pubsub = createInMemoryPubSub<number>()
  const events = pubsub.subscribe('t', { bufferSize: 2 })
  for (const n of [1, 2, 3]) pubsub.publish('t', n)
  expect((await events.next()).value).toBe(1)
  expect((await events.next()).value).toBe(2)
  await expect(events.next()).rejects.toBeInstanceOf(SubscriberOverflowError)
  expect(pubsub.listenerCount('t')).toBe(0)
})

test('a stream ended before its first event releases its subscription', async () => {
  const pubsub = createInMemoryPubSub<number>()
  const live = pubsub.subscribe('t')
  const stream = releasing(
    (async function* () {
      try {
        for await (const event of live) yield event
      } finally {
        await live.return!()
      }
    })(),
    live,
  )
  expect(pubsub.listenerCount('t')).toBe(1)
  await stream.return()
  expect(pubsub.listenerCount('t')).toBe(0)
  expect(await stream.next()).toEqual({ value: undefined, done: true })
})
