// Redis restarted mid-run, on a Redis server of this test's own (another port), so that the
// shared one is never disturbed. Redis here keeps nothing on disk: it comes back empty, as the
// worst case of a restart. Skipped with a notice without TEST_DATABASE_URL and REDIS_URL (the
// shared Redis tells that redis-server is installed); a failure under CI=true.
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { postgresAvailable, redisAvailable, testDatabaseUrl } from '../setup/services.ts'
import type { ServerProcess } from '../server/server-process.ts'
import {
  firstQuestion,
  scaledEnv,
  scorerIds,
  signUp,
  startRedis,
  startServer,
  startWorker,
  storedAttempt,
  submit,
  subscribe,
  stopWithin,
  waitFor,
} from './scale-harness.ts'

let configured = false
try {
  configured = postgresAvailable() && redisAvailable()
} catch (error) {
  test('PostgreSQL and Redis are configured for the Redis restart test', () => {
    throw error
  })
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe.runIf(configured)('Redis restarted mid-run', () => {
  let database: TestDatabase
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let redisPort: number
  let server: ServerProcess
  let worker: ServerProcess
  let token: string

  beforeAll(async () => {
    database = await createTestDatabase({ kind: 'postgresql' })
    const url = new URL(testDatabaseUrl())
    url.pathname = `/${database.name}`
    redisPort = await freePort()
    redis = await startRedis(redisPort)
    const env = scaledEnv(url.toString(), `redis://127.0.0.1:${redisPort}`)
    server = await startServer(env)
    worker = await startWorker(env)
    token = await signUp(database.prisma, 'restart@example.com')
  }, 240_000)

  afterAll(async () => {
    if (process.env.SCALE_DEBUG) for (const child of [server, worker]) console.warn(child?.output())
    await Promise.all([stopWithin(server), stopWithin(worker)])
    await redis?.stop()
    await database?.close()
  }, 60_000)

  test('a subscription ends with an error that says to subscribe again, and no attempt is lost', async () => {
    const wsUrl = `${server.url.replace('http', 'ws')}/graphql`
    const exchangeId = await firstQuestion(server.url, token, 'restart')
    const attemptId = await submit(server.url, token, exchangeId, 'restart-1')
    const watcher = subscribe(wsUrl, token, attemptId)
    try {
      await watcher.until((event) => event.type === 'SCORER_FINISHED')
      await redis!.stop()
      redis = undefined
      const ended = await watcher.ended
      expect(ended).toMatchObject({
        completed: false,
        error: [
          {
            message: expect.stringMatching(/^Live events were interrupted .*subscribe again/),
            extensions: { code: 'EVENTS_INTERRUPTED' },
          },
        ],
      })
    } finally {
      redis ??= await startRedis(redisPort)
      await watcher.dispose()
    }

    // scored in the end, once and only once, whether the running job survived or was queued again
    const stored = await waitFor(
      () => storedAttempt(database.prisma, 'restart-1'),
      (attempt) => attempt.status === 'SCORED',
      60_000,
    )
    expect(stored).toMatchObject({ status: 'SCORED', scorers: [...scorerIds].sort() })

    // subscribing again gives the stored result
    const again = subscribe(wsUrl, token, attemptId)
    try {
      expect(await again.ended).toEqual({ completed: true })
      expect(again.events.at(-1)?.type).toBe('COMPLETED')
    } finally {
      await again.dispose()
    }

    // and the next answer is scored through the restarted Redis
    const next = await firstQuestion(server.url, token, 'after')
    await submit(server.url, token, next, 'restart-2')
    const after = await waitFor(
      () => storedAttempt(database.prisma, 'restart-2'),
      (attempt) => attempt.status === 'SCORED',
      60_000,
    )
    expect(after.status).toBe('SCORED')
  }, 240_000)
})
