/**
 * The event seam between the job runner and subscribers (GraphQL subscriptions). The in-memory
 * implementation serves one process; a Redis event target can implement the same interface.
 * Events are a view of the database: a subscriber that falls behind is ended with an error and
 * re-subscribes, reading the snapshot again, rather than holding an unbounded buffer.
 */

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
  /** how many subscriptions are open on a topic (tests check that they are released) */
  listenerCount(topic: string): number
}

export class SubscriberOverflowError extends Error {
  constructor(topic: string, bufferSize: number) {
    super(`The subscriber to ${topic} fell more than ${bufferSize} events behind; subscribe again.`)
    this.name = 'SubscriberOverflowError'
  }
}

type Listener<Event> = (event: Event) => void

export function createInMemoryPubSub<Event = unknown>(): PubSub<Event> {
  const topics = new Map<string, Set<Listener<Event>>>()

  function subscribe(topic: string, options: SubscribeOptions = {}): AsyncIterableIterator<Event> {
    const bufferSize = options.bufferSize ?? 1000
    const buffer: Event[] = []
    let failure: Error | undefined
    let done = false
    let wake: (() => void) | undefined

    const listener: Listener<Event> = (event) => {
      if (done) return
      if (buffer.length >= bufferSize) {
        failure = new SubscriberOverflowError(topic, bufferSize)
        release()
      } else buffer.push(event)
      wake?.()
    }
    const listeners = topics.get(topic) ?? new Set()
    listeners.add(listener)
    topics.set(topic, listeners)

    function release() {
      const current = topics.get(topic)
      current?.delete(listener)
      if (current?.size === 0) topics.delete(topic)
    }
    function finish() {
      done = true
      buffer.length = 0
      release()
      wake?.()
    }
    options.signal?.addEventListener('abort', finish, { once: true })
    if (options.signal?.aborted) finish()

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
      for (const listener of [...(topics.get(topic) ?? [])]) listener(event)
    },
    subscribe,
    listenerCount(topic) {
      return topics.get(topic)?.size ?? 0
    },
  }
}
