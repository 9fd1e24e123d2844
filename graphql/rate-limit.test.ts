import { afterEach, vi } from 'vitest'
import { createRateLimiter, RateLimitedError } from './rate-limit.ts'

afterEach(() => {
  vi.useRealTimers()
})

const hourMs = 60 * 60_000

function limiterAt(start: number) {
  let at = start
  // the store's windows (rate-limiter-flexible) read Date.now
  vi.useFakeTimers({ toFake: ['Date'], now: start })
  const limiter = createRateLimiter({
    limits: { signUp: { max: 2, windowMs: hourMs } },
    now: () => at,
  })
  return { limiter, advance: (ms: number) => vi.setSystemTime((at += ms)) }
}

test('a refused sign-up gives its count back, so typos never lock a person out', async () => {
  const { limiter } = limiterAt(Date.parse('2026-12-07T09:00:00Z'))
  for (let typo = 0; typo < 5; typo++) {
    const hit = await limiter.check('signUp', 'ip:203.0.113.7')
    await hit.refund()
  }
  await limiter.check('signUp', 'ip:203.0.113.7')
  await limiter.check('signUp', 'ip:203.0.113.7')
  await expect(limiter.check('signUp', 'ip:203.0.113.7')).rejects.toBeInstanceOf(RateLimitedError)
})

test('refused calls do not count: a pending sign-up that fails frees a place', async () => {
  const { limiter } = limiterAt(Date.parse('2026-12-07T09:00:00Z'))
  await limiter.check('signUp', 'ip:a')
  const pending = await limiter.check('signUp', 'ip:a')
  await expect(limiter.check('signUp', 'ip:a')).rejects.toBeInstanceOf(RateLimitedError)
  await expect(limiter.check('signUp', 'ip:a')).rejects.toBeInstanceOf(RateLimitedError)
  await pending.refund()
  await limiter.check('signUp', 'ip:a')
})

test('the refusal says what was limited and when to come back, in words and in seconds', async () => {
  const { limiter, advance } = limiterAt(Date.parse('2026-12-07T09:00:00Z'))
  await limiter.check('signUp', 'ip:b')
  await limiter.check('signUp', 'ip:b')
  advance(101_000)
  const refused = await limiter.check('signUp', 'ip:b').catch((error: unknown) => error)
  expect(refused).toMatchObject({
    code: 'RATE_LIMITED',
    message: 'Too many new accounts from this address. Try again in about 58 minutes.',
  })
  expect((refused as RateLimitedError).retryAfterSeconds).toBe(3499)
})

test.each([
  ['signIn', 'Too many sign-in attempts for this email from this address.'],
  ['createApiToken', 'Too many new API tokens.'],
  ['submitAttempt', 'Too many answers in a short time.'],
] as const)('a %s refusal reads "%s Try again …"', (operation, words) => {
  expect(new RateLimitedError(operation, 40).message).toBe(
    `${words} Try again in less than a minute.`,
  )
  expect(new RateLimitedError(operation, 40).retryAfterSeconds).toBe(40)
})
