/**
 * The two profiles as an operator runs them, each process a child (tests/server/server-process.ts):
 * embedded = one `server/main.ts` on PGlite; scaled = one server instance and `npm run worker`
 * processes on PostgreSQL and Redis. Every run counts what it submitted, and `account()` compares
 * that with the database's own count of the account's attempts by status.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createDatabase } from '../../prisma/database.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { TestDatabase } from '../setup/database.ts'
import {
  gql,
  scaledEnv,
  signUp,
  startServer,
  startWorker,
  stopWithin,
} from '../scale/scale-harness.ts'
import type { ServerProcess } from '../server/server-process.ts'
import { idleMemory, inspectable, type MemorySample } from './process-memory.ts'

export const noopConfig = 'tests/scale/fixtures/noop.scoring.json'

/** The bench's own setting: high enough that the limit never refuses a submit (see README). */
const benchEnv = { RATE_LIMIT_SUBMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' }

export type Pipeline = 'noop' | 'builtin'

export type Profile = {
  kind: 'embedded' | 'scaled'
  /** e.g. "PostgreSQL + Redis, 2 workers, WORKER_CONCURRENCY=4" */
  label: string
  pipeline: Pipeline
  server: ServerProcess
  workers: ServerProcess[]
  token: string
  /**
   * embedded: the server that created the database (initdb, every migration, the seed), idle,
   * before it was stopped; the profile's own server was then started on that database, as every
   * start after a deployment's first is
   */
  firstStart?: MemorySample
  /** every attempt the bench submitted on this profile (by any figure) */
  submitted: { count: number }
  /** stops the processes, then counts the account's attempts by status in the database */
  stopAndAccount: () => Promise<Accounting>
}

export type Accounting = {
  profile: string
  pipeline: Pipeline
  submitted: number
  stored: number
  byStatus: Record<string, number>
  allScored: boolean
}

async function countByStatus(db: PrismaClient, userId?: string) {
  const rows = await db.mockInterviewAttempt.groupBy({
    by: ['status'],
    where: userId ? { exchange: { interview: { userId } } } : {},
    _count: { _all: true },
  })
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]))
}

function accounting(
  profile: string,
  pipeline: Pipeline,
  submitted: number,
  byStatus: Record<string, number>,
) {
  const stored = Object.values(byStatus).reduce((sum, n) => sum + n, 0)
  return {
    profile,
    pipeline,
    submitted,
    stored,
    byStatus,
    allScored: stored === submitted && (byStatus.SCORED ?? 0) === submitted,
  }
}

export async function startEmbedded(pipeline: Pipeline, settleMs: number): Promise<Profile> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-bench-'))
  const env = inspectable({
    ...benchEnv,
    DATA_DIR: dataDir,
    ...(pipeline === 'noop' ? { SCORING_CONFIG: noopConfig } : {}),
  })
  let firstStart: MemorySample | undefined
  if (pipeline === 'builtin') {
    const creator = await startServer(env)
    firstStart = await idleMemory(creator, settleMs)
    await stopWithin(creator, 60_000)
  }
  const server = await startServer(env)
  // through the API, as a client signs up (one account: the embedded database is the server's)
  const signed = await gql<{ signUp: { sessionToken?: string } }>(
    server.url,
    '',
    `mutation { signUp(input: { email: "bench@example.com", password: "correct horse battery" }) {
      ... on AuthSession { sessionToken } } }`,
  )
  const submitted = { count: 0 }
  return {
    kind: 'embedded',
    label: 'embedded (PGlite, 1 process)',
    pipeline,
    server,
    workers: [],
    firstStart,
    token: signed.signUp.sessionToken!,
    submitted,
    async stopAndAccount() {
      await stopWithin(server, 60_000)
      // the server has let go of its files: open them and count
      const database = await createDatabase({ dataDir: path.join(dataDir, 'pglite') })
      try {
        const byStatus = await countByStatus(database.prisma)
        return accounting('embedded', pipeline, submitted.count, byStatus)
      } finally {
        await database.close()
        await rm(dataDir, { recursive: true, force: true })
      }
    },
  }
}

export async function startScaled(
  database: TestDatabase,
  pipeline: Pipeline,
  { workers, concurrency }: { workers: number; concurrency: number },
): Promise<Profile> {
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${database.name}`
  const env: Record<string, string> = inspectable({
    ...scaledEnv(url.toString(), process.env.REDIS_URL!),
    ...benchEnv,
    SCORING_STALLED_SECONDS: '30',
    WORKER_CONCURRENCY: String(concurrency),
    SCORING_CONFIG: pipeline === 'noop' ? noopConfig : 'scoring.config.json',
  })
  const server = await startServer(env)
  const started: ServerProcess[] = []
  try {
    for (let i = 0; i < workers; i++) started.push(await startWorker(env))
  } catch (error) {
    await Promise.all([server, ...started].map((child) => stopWithin(child)))
    throw error
  }
  // straight into the database: Redis keeps the sign-up limit across runs (5 an hour per address)
  const email = `bench-${pipeline}-${Date.now()}@example.com`
  const token = await signUp(database.prisma, email)
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email } })
  const submitted = { count: 0 }
  const label = `PostgreSQL + Redis, ${workers} worker${workers === 1 ? '' : 's'}, WORKER_CONCURRENCY=${concurrency}`
  return {
    kind: 'scaled',
    label,
    pipeline,
    server,
    workers: started,
    token,
    submitted,
    async stopAndAccount() {
      await Promise.all([server, ...started].map((child) => stopWithin(child, 60_000)))
      const byStatus = await countByStatus(database.prisma, user.id)
      return accounting('scaled', pipeline, submitted.count, byStatus)
    },
  }
}
