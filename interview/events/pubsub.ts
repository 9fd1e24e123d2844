/**
 * The event seam between the job runner and subscribers (GraphQL subscriptions), over an
 * EventTarget: in memory, the platform's own (`new EventTarget()`, what Yoga's `createPubSub`
 * uses by default); scaled out, Yoga's Redis event target (./redis-pubsub.ts), so that an event
 * published by a worker reaches subscribers on every server instance. Events are a view of the
 * database: a subscriber that falls behind, or whose transport was interrupted, is ended with an
 * error and re-subscribes, reading the snapshot again, rather than holding an unbounded buffer or
 * silently missing events.
 */
import { EncoreError } from '../errors.ts'

export interface SubscribeOptions {
  /** ends the iteration (like calling `return()`) */
  signal?: AbortSignal
  /** events buffered for a slow reader before its subscription fails (default 1000) */
  bufferSize?: number
}

export interface PubSub<Event = unknown> {
  publish(topic: string, event: Event): void
  /** Starts listening at once (before the first `next()`), so nothing published after the call is missed. */
  subscribe(topic: string, options?: SubscribeOptions): AsyncIterableIterator<Event>
  /**
   * Resolves once a subscription made on `topic` receives events published from anywhere (other
   * processes included): read a snapshot only after it, or an event could fall between the two.
   */
  subscribed(topic: string): Promise<void>
  /** how many subscriptions are open on a topic (tests check that they are released) */
  listenerCount(topic: string): number
  /** Releases the transport (Redis connections); open subscriptions end. */
  close(): Promise<void>
}

export class SubscriberOverflowError extends Error {
  constructor(topic: string, bufferSize: number) {
    super(`The subscriber to ${topic} fell more than ${bufferSize} events behind; subscribe again.`)
    this.name = 'SubscriberOverflowError'
  }
}

/**
 * The transport dropped (Redis restarted): events may have been missed, so the stream ends. An
 * EncoreError, so that a subscriber reads this message and `extensions.code` rather than a masked
 * internal error; it only ever ends a stream, so it has no place in a result union.
 */
export class EventsInterruptedError extends EncoreError {
  readonly code = 'EVENTS_INTERRUPTED'

  constructor(reason: string) {
    super(
      `Live events were interrupted (${reason}); subscribe again to resume from what is stored.`,
    )
  }
}

/** What the pubsub needs of an EventTarget (the DOM one and Yoga's Redis one both fit). */
export interface TopicEventTarget {
  addEventListener(topic: string, listener: (event: Event) => void): void
  removeEventListener(topic: string, listener: (event: Event) => void): void
  dispatchEvent(event: Event): boolean
}

export interface EventTargetPubSubOptions {
  /** see PubSub.subscribed (default: resolves at once, right for an in-process target) */
  subscribed?: (topic: string) => Promise<void>
  close?: () => Promise<void>
}

export type EventTargetPubSub<Event> = PubSub<Event> & {
  /** ends every open subscription with `error` (the transport dropped) */
  interrupt(error: Error): void
}

export function createEventTargetPubSub<Event = unknown>(
  target: TopicEventTarget,
  options: EventTargetPubSubOptions = {},
): EventTargetPubSub<Event> {
  const counts = new Map<string, number>()
  const open = new Set<(error: Error) => void>()

  function subscribe(topic: string, subscribeOptions: SubscribeOptions = {}) {
    const bufferSize = subscribeOptions.bufferSize ?? 1000
    const buffer: Event[] = []
    let failure: Error | undefined
    let done = false
    let released = false
    let wake: (() => void) | undefined

    const fail = (error: Error) => {
      if (done || failure) return
      failure = error
      release()
      wake?.()
    }
    const listener = (event: globalThis.Event) => {
      if (done || failure) return
      if (buffer.length >= bufferSize) return fail(new SubscriberOverflowError(topic, bufferSize))
      buffer.push((event as CustomEvent<Event>).detail)
      wake?.()
    }
    target.addEventListener(topic, listener)
    counts.set(topic, (counts.get(topic) ?? 0) + 1)
    open.add(fail)

    function release() {
      if (released) return
      released = true
      open.delete(fail)
      target.removeEventListener(topic, listener)
      const left = (counts.get(topic) ?? 1) - 1
      if (left > 0) counts.set(topic, left)
      else counts.delete(topic)
    }
    function finish() {
      done = true
      buffer.length = 0
      release()
      wake?.()
    }
    subscribeOptions.signal?.addEventListener('abort', finish, { once: true })
    if (subscribeOptions.signal?.aborted) finish()

    const iterator: AsyncIterableIterator<Event> = {
      async next(): Promise<IteratorResult<Event>> {
        while (true) {
          if (buffer.length > 0) return { value: buffer.shift()!, done: false }
          if (failure) {
            const error = failure
            finish()
            throw error
          }
          if (done) return { value: undefined, done: true }
          await new Promise<void>((resolve) => (wake = resolve))
          wake = undefined
        }
      },
      async return(): Promise<IteratorResult<Event>> {
        finish()
        return { value: undefined, done: true }
      },
      [Symbol.asyncIterator]() {
        return iterator
      },
    }
    return iterator
  }

  return {
    publish(topic, event) {
      target.dispatchEvent(new CustomEvent(topic, { detail: event }))
    },
    subscribe,
    subscribed: options.subscribed ?? (() => Promise.resolve()),
    listenerCount(topic) {
      return counts.get(topic) ?? 0
    },
    interrupt(error) {
      for (const fail of [...open]) fail(error)
    },
    async close() {
      this.interrupt(new EventsInterruptedError('the server is stopping'))
      await options.close?.()
    },
  }
}

/**
 * `events`, a stream read from `live`, whose return() releases `live` even before its first
 * next(): an async generator returned before it starts never runs its `finally`, so a subscriber
 * refused or gone while its stream was being set up would hold its subscription (and, scaled
 * out, its Redis channel) for good. Started, the generator's own `finally` releases it too.
 */
export function releasing<T>(
  events: AsyncGenerator<T, void, undefined>,
  live: AsyncIterator<unknown>,
): AsyncGenerator<T, void, undefined> {
  const finish = events.return.bind(events)
  events.return = async (value) => {
    await live.return?.()
    return finish(value)
  }
  return events
}

/** One process: the platform's EventTarget, no server. */
export function createInMemoryPubSub<Event = unknown>(): PubSub<Event> {
  return createEventTargetPubSub<Event>(new EventTarget())
}
