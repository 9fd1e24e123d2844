/**
 * An engine wired as server/ wires it, on the suite's database (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set): seeded question bank, in-memory queue and pubsub, audio under a
 * temporary folder, fixed-score test scorers (fixed-scoring.ts: scores follow dev.json's labels, so
 * retuning a built-in never breaks an engine test), no keys.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { seedDatabase } from '../../prisma/seed.ts'
import { fixedScoring } from './fixed-scoring.ts'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { tokenScopes } from '../../interview/accounts/scopes.ts'
import { createFileAudioStorage } from '../../interview/audio/audio-storage.ts'
import type { EngineEvent } from '../../interview/events/engine-events.ts'
import { createInMemoryPubSub } from '../../interview/events/pubsub.ts'
import {
  createInterviewServices,
  type InterviewServicesOptions,
} from '../../interview/interview-services.ts'
import { createInMemoryJobQueue } from '../../interview/queue/job-queue.ts'
import type { TestDatabase } from '../setup/database.ts'

export interface EvalAnswer {
  id: string
  questionId: string
  style: string
  label: number
  star: Record<'situation' | 'task' | 'action' | 'result', boolean>
  transcript: string
}

export const devSet = JSON.parse(
  readFileSync(new URL('../fixtures/eval/dev.json', import.meta.url), 'utf8'),
) as {
  questions: { id: string; question: string; kind: string; competency: string }[]
  answers: EvalAnswer[]
}

export function answer(id: string): string {
  const found = devSet.answers.find((a) => a.id === id)
  if (!found) throw new Error(`No answer ${id} in tests/fixtures/eval/dev.json`)
  return found.transcript
}

/** The suite's database (from describeWithDatabases) with the question bank seeded. */
export async function seeded(database: TestDatabase): Promise<TestDatabase> {
  await seedDatabase(database.prisma)
  return database
}

export async function createEngine(
  database: TestDatabase,
  overrides: Partial<InterviewServicesOptions> = {},
) {
  const audioDir = await mkdtemp(path.join(os.tmpdir(), 'encore-engine-audio-'))
  const queue = createInMemoryJobQueue({ concurrency: 2, retryDelayMs: 1 })
  const pubsub = createInMemoryPubSub<EngineEvent>()
  const services = createInterviewServices({
    db: database.prisma,
    queue,
    pubsub,
    audioStorage: createFileAudioStorage({ dir: audioDir }),
    scoring: await fixedScoring(),
    ...overrides,
  })
  return {
    ...services,
    queue: overrides.queue ?? queue,
    pubsub: (overrides.pubsub ?? pubsub) as typeof pubsub,
    audioDir,
    async close() {
      await (overrides.queue ?? queue).stop({ abort: true })
      await rm(audioDir, { recursive: true, force: true })
    },
  }
}

export type Engine = Awaited<ReturnType<typeof createEngine>>

export interface EngineSuite {
  database: TestDatabase
  engine: Engine
  ada: Viewer
  /** a second candidate, to show that one never sees the other's rows */
  bob: Viewer
}

/**
 * A suite's usual start: the question bank seeded, an engine scoring (with `overrides`), Ada and
 * Bob signed up. `ready` receives them before the first test; the engine closes after the last.
 */
export function useEngineSuite(
  testDatabase: () => TestDatabase,
  ready: (suite: EngineSuite) => void,
  overrides: () =>
    Partial<InterviewServicesOptions> | Promise<Partial<InterviewServicesOptions>> = () => ({}),
): void {
  let engine: Engine | undefined
  beforeAll(async () => {
    const database = await seeded(testDatabase())
    engine = await createEngine(database, await overrides())
    await engine.startScoring()
    const ada = await createViewer(database, 'ada@example.com')
    const bob = await createViewer(database, 'bob@example.com')
    ready({ database, engine, ada, bob })
  })
  afterAll(async () => {
    await engine?.close()
  })
}

export async function createViewer(database: TestDatabase, email: string): Promise<Viewer> {
  const user = await database.prisma.user.create({ data: { email, passwordHash: 'not-used' } })
  return { userId: user.id, scopes: [...tokenScopes], via: 'session', tokenId: 'test' }
}

/** Reads an async iterable to its end (or until `limit` items), failing after `timeoutMs`. */
export async function collect<T>(
  iterable: AsyncIterable<T>,
  { limit = Infinity, timeoutMs = 20_000 } = {},
): Promise<T[]> {
  const items: T[] = []
  const reading = (async () => {
    for await (const item of iterable) {
      items.push(item)
      if (items.length >= limit) break
    }
  })()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Stream did not end in ${timeoutMs} ms; got ${JSON.stringify(items.map((i) => (i as { type?: string }).type))}`,
          ),
        ),
      timeoutMs,
    )
  })
  try {
    await Promise.race([reading, timeout])
  } finally {
    clearTimeout(timer)
  }
  return items
}

export const backendJd = {
  title: 'Senior Backend Engineer',
  company: 'Ledgerly',
  text: [
    'We are looking for a senior backend engineer to join our payments platform.',
    'You will resolve conflicts between teams constructively and handle disagreement with respect.',
    'You will mentor junior engineers and coach others through code review.',
    'You must prioritise competing priorities under tight deadlines and manage your workload.',
  ].join(' '),
}
