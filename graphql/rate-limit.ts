/**
 * Rate limits on the operations worth guessing or flooding: signing in (password guessing),
 * signing up (each hashes a password with scrypt and creates an account), minting tokens,
 * submitting answers (each starts a scoring job), and opening avatar sessions and transcription
 * tokens (each costs money at HeyGen or Deepgram). Minting and submitting are keyed by the
 * signed-in user, else by the client's IP; signIn by the IP and the email, signUp by the IP,
 * whether signed in or not. The counts live behind a small store interface, kept by
 * rate-limiter-flexible in memory or in Redis (./rate-limit-store.ts, decision 080).
 */
import { EncoreError } from '../interview/errors.ts'
import { waitInWords } from '../interview/wait-in-words.ts'
import type { GraphQLContext } from './context.ts'
import { createMemoryRateLimitStore } from './rate-limit-store.ts'

export type RateLimitedOperation =
  | 'signIn'
  | 'signUp'
  | 'createApiToken'
  | 'submitAttempt'
  | 'createAvatarSession'
  | 'createTranscriptionToken'
export type RateLimit = { max: number; windowMs: number }
export type RateLimits = Record<RateLimitedOperation, RateLimit>

/** see docs/decisions/043-api-rate-limits.md and 045-socket-credentials-and-sign-up-limit.md */
export const defaultRateLimits: RateLimits = {
  signIn: { max: 10, windowMs: 15 * 60_000 },
  signUp: { max: 5, windowMs: 60 * 60_000 },
  createApiToken: { max: 20, windowMs: 60 * 60_000 },
  submitAttempt: { max: 30, windowMs: 60_000 },
  // each opens a paid session or mints a paid token (decision 063): an interview needs one
  // avatar session (a few with reloads) and a transcription token per spoken answer
  createAvatarSession: { max: 20, windowMs: 60 * 60_000 },
  createTranscriptionToken: { max: 120, windowMs: 60 * 60_000 },
}

/** What each limit counts, as a refused caller reads it: "Too many … Try again in about …". */
const tooMany: Record<RateLimitedOperation, string> = {
  signIn: 'Too many sign-in attempts for this email from this address.',
  signUp: 'Too many new accounts from this address.',
  createApiToken: 'Too many new API tokens.',
  submitAttempt: 'Too many answers in a short time.',
  createAvatarSession: 'Too many new avatar sessions.',
  createTranscriptionToken: 'Too many transcription tokens.',
}

export interface RateLimitStore {
  /** Counts one hit on `key`; returns the hits in the current window and when it resets. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>
  /** Takes back one hit on `key` in its current window (none when the window has ended). */
  refund(key: string): Promise<void>
}

/** A counted hit; `refund()` takes it back when what the limit is for did not happen. */
export type RateLimitHit = { refund: () => Promise<void> }

export type RateLimiter = {
  /** Counts a hit, or throws RATE_LIMITED (the refused hit is not counted). */
  check(operation: RateLimitedOperation, key: string): Promise<RateLimitHit>
}

export function createRateLimiter({
  // the store's windows run on Date.now: a test that moves `now` moves the system time too
  now = Date.now,
  store = createMemoryRateLimitStore(),
  limits = defaultRateLimits,
}: { store?: RateLimitStore; limits?: Partial<RateLimits>; now?: () => number } = {}): RateLimiter {
  const merged = { ...defaultRateLimits, ...limits }
  return {
    async check(operation, key) {
      const { max, windowMs } = merged[operation]
      const storeKey = `${operation}:${key}`
      const { count, resetAt } = await store.hit(storeKey, windowMs)
      const refund = () => store.refund(storeKey)
      if (count > max) {
        // A refused hit must not count: once a pending hit is refunded, the caller is under again.
        await refund()
        throw new RateLimitedError(operation, Math.max(1, Math.ceil((resetAt - now()) / 1000)))
      }
      return { refund }
    },
  }
}

export class RateLimitedError extends EncoreError {
  readonly code = 'RATE_LIMITED'

  readonly operation: RateLimitedOperation
  readonly retryAfterSeconds: number

  constructor(operation: RateLimitedOperation, retryAfterSeconds: number) {
    super(`${tooMany[operation]} Try again ${waitInWords(retryAfterSeconds)}.`)
    this.operation = operation
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** Throws RATE_LIMITED when the caller (the viewer, else the IP, plus `extra`) is over the limit. */
export function rateLimited(
  ctx: GraphQLContext,
  operation: RateLimitedOperation,
  extra = '',
): Promise<RateLimitHit> {
  const who = ctx.viewer ? `user:${ctx.viewer.userId}` : `ip:${ctx.clientIp ?? 'unknown'}`
  return ctx.services.rateLimiter.check(operation, extra ? `${who}:${extra}` : who)
}

/**
 * Throws RATE_LIMITED when the client's address (plus `extra`) is over the limit, signed in or
 * not: each signUp and signIn returns a new session, so keying by the viewer would give every
 * call a fresh count.
 */
export function rateLimitedByAddress(
  ctx: GraphQLContext,
  operation: RateLimitedOperation,
  extra = '',
): Promise<RateLimitHit> {
  const where = `ip:${ctx.clientIp ?? 'unknown'}`
  return ctx.services.rateLimiter.check(operation, extra ? `${where}:${extra}` : where)
}
