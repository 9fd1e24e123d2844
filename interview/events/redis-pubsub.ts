/**
 * Events across processes: Yoga's Redis event target (two ioredis connections, one publishing,
 * one subscribed) behind the PubSub seam. When the subscribed connection drops (Redis restarted,
 * the network cut), events published meanwhile are gone, so every open subscription ends with
 * EventsInterruptedError; the client subscribes again and reads the stored snapshot first
 * (decision 031), so it misses nothing. See docs/scaling.md and decision 080.
 */
import type { Redis as RedisClient } from 'ioredis'
import { loadWhenUsed } from '../load-when-used.ts'
import {
  createEventTargetPubSub,
  EventsInterruptedError,
  type PubSub,
  type TopicEventTarget,
} from './pubsub.ts'

/** JSON that keeps Dates (events carry `at` and stored rows' timestamps). */
export const eventSerializer = {
  stringify(message: unknown): string {
    return JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key]
      return raw instanceof Date ? { $date: raw.toISOString() } : value
    })
  },
  parse(message: string): unknown {
    return JSON.parse(message, (_key, value: unknown) => {
      if (value && typeof value === 'object' && '$date' in value) {
        const { $date } = value as { $date: unknown }
        if (typeof $date === 'string' && Object.keys(value).length === 1) return new Date($date)
      }
      return value
    })
  },
}

export interface RedisPubSubOptions {
  url: string
  /** told about connection errors and failed publishes (the default ignores them) */
  onError?: (error: Error) => void
}

export function createRedisPubSub<Event = unknown>({
  url,
  onError = () => {},
}: RedisPubSubOptions): PubSub<Event> {
  const { createRedisEventTarget } = loadWhenUsed<
    typeof import('@graphql-yoga/redis-event-target')
  >('@graphql-yoga/redis-event-target')
  const { Redis } = loadWhenUsed<typeof import('ioredis')>('ioredis')
  const publishClient = new Redis(url, { lazyConnect: false })
  const subscribeClient = new Redis(url, { lazyConnect: false })
  publishClient.on('error', onError)
  subscribeClient.on('error', onError)

  // a publish that fails (Redis away past ioredis's retries) must not become an unhandled rejection
  const publisher = {
    publish: (channel: string, message: string) =>
      publishClient.publish(channel, message).catch((error: Error) => {
        onError(error)
        return 0
      }),
  } as unknown as RedisClient
  const target = createRedisEventTarget<CustomEvent>({
    publishClient: publisher,
    subscribeClient,
    serializer: eventSerializer,
  }) as unknown as TopicEventTarget

  const pubsub = createEventTargetPubSub<Event>(target, {
    async subscribed(topic) {
      // SUBSCRIBE is idempotent and a connection answers in order: once this one is answered, the
      // event target's own SUBSCRIBE for the topic (sent earlier) is in force too.
      if (pubsub.listenerCount(topic) > 0) await subscribeClient.subscribe(topic)
    },
    async close() {
      subscribeClient.removeListener('close', onClose)
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()])
    },
  })
  let wasReady = false
  subscribeClient.on('ready', () => (wasReady = true))
  const onClose = () => {
    if (!wasReady) return
    wasReady = false
    pubsub.interrupt(new EventsInterruptedError('the connection to Redis was lost'))
  }
  subscribeClient.on('close', onClose)
  return pubsub
}
