/**
 * The counts behind the rate limits (./rate-limit.ts), kept by `rate-limiter-flexible`: in this
 * process's memory in the embedded profile, in Redis when REDIS_URL is set, so that every server
 * instance counts the same hits (decision 080). A fixed window per key, as before: the first hit
 * starts it, and it ends `windowMs` later. When Redis does not answer, the limiter's insurance
 * (an in-memory limiter) counts instead of failing the request.
 */
import type { Redis } from 'ioredis'
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import type { RateLimitStore } from './rate-limit.ts'

// counts only: the limit (max) is applied by the caller, which also refunds a refused hit
const uncapped = Number.MAX_SAFE_INTEGER

function storeOf(limiterFor: (windowMs: number) => RateLimiterAbstract): RateLimitStore {
  const limiters = new Map<number, RateLimiterAbstract>()
  const limiter = (windowMs: number) => {
    let found = limiters.get(windowMs)
    if (!found) limiters.set(windowMs, (found = limiterFor(windowMs)))
    return found
  }
  return {
    async hit(key, windowMs) {
      const res = await limiter(windowMs).consume(key, 1).catch(asResult)
      return { count: res.consumedPoints, resetAt: Date.now() + Math.max(0, res.msBeforeNext) }
    },
    async refund(key) {
      // a key keeps one window (its operation's); none when that window has ended, since a
      // reward on a fresh key would count below zero
      for (const counted of limiters.values()) {
        const current = await counted.get(key)
        if (current && current.consumedPoints > 0) return void (await counted.reward(key, 1))
      }
    },
  }
}

/** A rejection is a RateLimiterRes when over `points` (never, uncapped), else a store error. */
function asResult(rejection: unknown): RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return rejection
  throw rejection
}

/** One process: rate-limiter-flexible's memory limiter. */
export function createMemoryRateLimitStore(): RateLimitStore {
  return storeOf(
    (windowMs) =>
      new RateLimiterMemory({
        keyPrefix: `encore-rate-limit:${windowMs}`,
        points: uncapped,
        duration: windowMs / 1000,
      }),
  )
}

/** Shared by every instance: rate-limiter-flexible's Redis limiter, memory as its insurance. */
export function createRedisRateLimitStore(client: Redis): RateLimitStore {
  return storeOf(
    (windowMs) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `encore-rate-limit:${windowMs}`,
        points: uncapped,
        duration: windowMs / 1000,
        insuranceLimiter: new RateLimiterMemory({ points: uncapped, duration: windowMs / 1000 }),
      }),
  )
}
