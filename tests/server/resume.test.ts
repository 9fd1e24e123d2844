// A crash loses nothing: an attempt left QUEUED in the data folder is scored when the server starts.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createAccounts } from '../../interview/accounts/accounts.ts'
import { createFileAudioStorage } from '../../interview/audio/audio-storage.ts'
import type { EngineEvent } from '../../interview/events/engine-events.ts'
import { createInMemoryPubSub } from '../../interview/events/pubsub.ts'
import { createInterviewServices } from '../../interview/interview-services.ts'
import { createInMemoryJobQueue } from '../../interview/queue/job-queue.ts'
import { createDatabase } from '../../prisma/database.ts'
import { applyMigrations } from '../../prisma/migrations.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { builtinScoring } from '../../server/scoring-setup.ts'
import { startServerProcess, waitForHealth, type ServerProcess } from './server-process.ts'

const transcript =
  'In my last role two teams disagreed about who owned the billing API. I set up a meeting, ' +
  'listened to both leads, wrote down the trade-offs and we agreed on a shared on-call rota. ' +
  'Incidents fell by half over the next quarter.'

/** What a crash leaves behind: an answer saved and QUEUED, its scoring never run. */
async function leaveQueuedAttempt(dataDir: string) {
  const database = await createDatabase({ dataDir: path.join(dataDir, 'pglite') })
  try {
    await applyMigrations(database)
    await seedDatabase(database.prisma)
    const accounts = createAccounts({ db: database.prisma, sessionTtlDays: 30 })
    const { sessionToken, user } = await accounts.signUp({
      email: 'resume@example.com',
      password: 'correct horse battery',
    })
    const viewer = await accounts.authenticate(sessionToken)
    const engine = createInterviewServices({
      db: database.prisma,
      // never started: the process "crashes" before scoring
      queue: createInMemoryJobQueue(),
      pubsub: createInMemoryPubSub<EngineEvent>(),
      audioStorage: createFileAudioStorage({ dir: path.join(dataDir, 'audio') }),
      scoring: builtinScoring(),
    })
    const interview = await engine.interviews.start(viewer!, { seed: 'resume' })
    const exchange = await engine.interviews.nextQuestion(viewer!, interview.id)
    const attempt = await engine.attempts.submit(viewer!, { exchangeId: exchange!.id, transcript })
    expect(attempt.status).toBe('QUEUED')
    expect(user.email).toBe('resume@example.com')
    return { sessionToken, attemptId: attempt.id }
  } finally {
    await database.close()
  }
}

async function attemptStatus(url: string, token: string, attemptId: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        'query($id: ID!) { node(id: $id) { ... on MockInterviewAttempt { status overallScore } } }',
      variables: { id: Buffer.from(`MockInterviewAttempt:${attemptId}`).toString('base64') },
    }),
  })
  const body = (await response.json()) as {
    data?: { node: { status: string } | null }
    errors?: unknown[]
  }
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body)}`)
  return body.data.node
}

describe('resuming at start', () => {
  let dataDir: string
  let server: ServerProcess | undefined

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-resume-'))
  })
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })

  test('an answer left queued by a crash is scored when the server starts again', async () => {
    const { sessionToken, attemptId } = await leaveQueuedAttempt(dataDir)

    server = await startServerProcess(dataDir)
    await waitForHealth(server.url, server.child, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server!.output()}`)
    })
    let seen = await attemptStatus(server.url, sessionToken, attemptId)
    const deadline = Date.now() + 30_000
    while (seen?.status !== 'SCORED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      seen = await attemptStatus(server.url, sessionToken, attemptId)
    }
    expect(seen).toEqual({ status: 'SCORED', overallScore: expect.any(Number) })
    expect(server.output()).toContain('Resumed scoring of 1 attempt(s)')

    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('Stopped.')

    const database = await createDatabase({ dataDir: path.join(dataDir, 'pglite') })
    try {
      const stored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
        where: { id: attemptId },
        include: { scoreResults: true },
      })
      expect(stored.status).toBe('SCORED')
      expect(stored.scoreResults.length).toBeGreaterThan(0)
    } finally {
      await database.close()
    }
  }, 150_000)
})
