// The scaled-out profile against this machine's PostgreSQL and Redis (CI starts both): two server
// instances and two scoring workers, each its own process. Skipped with a notice without
// TEST_DATABASE_URL and REDIS_URL; a failure under CI=true.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { postgresAvailable, redisAvailable, redisUrl, testDatabaseUrl } from '../setup/services.ts'
import type { ServerProcess } from '../server/server-process.ts'
import {
  firstQuestion,
  scaledEnv,
  scorerIds,
  signUp,
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
  test('PostgreSQL and Redis are configured for the scaled-out tests', () => {
    throw error
  })
}

function databaseUrlOf(database: TestDatabase): string {
  const url = new URL(testDatabaseUrl())
  url.pathname = `/${database.name}`
  return url.toString()
}

const wsUrl = (server: ServerProcess) => `${server.url.replace('http', 'ws')}/graphql`

describe.runIf(configured)('two server instances and two workers', () => {
  let database: TestDatabase
  let env: Record<string, string>
  let serverA: ServerProcess
  let serverB: ServerProcess
  const workers: ServerProcess[] = []
  let token: string

  beforeAll(async () => {
    database = await createTestDatabase({ kind: 'postgresql' })
    env = scaledEnv(databaseUrlOf(database), redisUrl())
    // one first: it seeds the question bank, which the others then find
    serverA = await startServer(env)
    const started = await Promise.all([startServer(env), startWorker(env), startWorker(env)])
    serverB = started[0]
    workers.push(...started.slice(1))
    token = await signUp(database.prisma, 'scale@example.com')
  }, 240_000)

  afterAll(async () => {
    if (process.env.SCALE_DEBUG) {
      for (const child of [serverA, serverB, ...workers]) console.warn(child?.output())
    }
    await Promise.all([serverA, serverB, ...workers].map((child) => stopWithin(child)))
    await database?.close()
  }, 60_000)

  test('a subscriber on instance B receives every event of an attempt submitted on A', async () => {
    const exchangeId = await firstQuestion(serverA.url, token, 'across')
    const attemptId = await submit(serverA.url, token, exchangeId, 'across-1')
    const watcher = subscribe(wsUrl(serverB), token, attemptId)
    try {
      expect(await watcher.ended).toEqual({ completed: true })
      const finished = watcher.events.filter((event) => event.type === 'SCORER_FINISHED')
      expect(finished.map((event) => event.scorerId).sort()).toEqual([...scorerIds].sort())
      expect(watcher.events.at(-1)?.type).toBe('COMPLETED')
      const sequences = watcher.events.map((event) => event.sequence)
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b))
      expect(await storedAttempt(database.prisma, 'across-1')).toMatchObject({
        status: 'SCORED',
        scorers: [...scorerIds].sort(),
      })
    } finally {
      await watcher.dispose()
    }
  }, 120_000)

  test('a worker killed mid-scoring: another takes the job over, the attempt ends SCORED with no duplicate rows', async () => {
    // one worker left, so that it is the one scoring when it is killed
    await workers.pop()!.stop()
    const exchangeId = await firstQuestion(serverA.url, token, 'killed')
    const attemptId = await submit(serverA.url, token, exchangeId, 'killed-1')
    const watcher = subscribe(wsUrl(serverB), token, attemptId)
    try {
      // the fast scorers are stored, the slow one is still running
      await watcher.until((event) => event.type === 'SCORER_FINISHED')
      const [victim] = workers.splice(0, 1)
      victim!.child.kill('SIGKILL')
      await victim!.exited
      expect((await storedAttempt(database.prisma, 'killed-1')).status).toBe('SCORING')

      workers.push(await startWorker(env))
      expect(await watcher.ended).toEqual({ completed: true })
      expect(watcher.events.filter((event) => event.type === 'COMPLETED')).toHaveLength(1)
      const stored = await storedAttempt(database.prisma, 'killed-1')
      expect(stored).toMatchObject({ status: 'SCORED', scorers: [...scorerIds].sort() })
      expect(stored.followUps).toBeLessThanOrEqual(1)
    } finally {
      await watcher.dispose()
    }
  }, 180_000)

  test('attempts submitted on both instances at once are each scored once', async () => {
    const keys = ['both-a', 'both-b', 'both-c', 'both-d']
    await Promise.all(
      keys.map(async (key, index) => {
        const server = index % 2 === 0 ? serverA : serverB
        const exchangeId = await firstQuestion(server.url, token, key)
        await submit(server.url, token, exchangeId, key)
      }),
    )
    for (const key of keys) {
      const stored = await waitFor(
        () => storedAttempt(database.prisma, key),
        (attempt) => attempt.status === 'SCORED',
        60_000,
      )
      expect(stored).toMatchObject({ status: 'SCORED', scorers: [...scorerIds].sort() })
      expect(stored.followUps).toBeLessThanOrEqual(1)
    }
  }, 120_000)
})
