/**
 * ctx.services.attempts: answers to a question, their scoring lifecycle and their events
 * (/work/notes/engine-contract.md). Every function takes the viewer first; another user's
 * attempt is NOT_FOUND. Pothos's `query` comes last and is spread into the final read.
 */
import {
  Prisma,
  type MockInterviewAttempt,
  type PrismaClient,
} from '../../generated/prisma/client.ts'
import type { Viewer } from '../accounts/scopes.ts'
import type { AudioStorage } from '../audio/audio-storage.ts'
import { InvalidAttemptStateError, NotFoundError, parseInput } from '../errors.ts'
import type { EnginePubSub } from '../events/engine-events.ts'
import type { Transcriber } from '../integrations/transcription/transcriber.ts'
import type { JobQueue } from '../queue/job-queue.ts'
import { chooseFinalAttempt } from '../summaries/finish-interview.ts'
import { compareAttempts, type AttemptComparison } from './attempt-comparison.ts'
import { attemptTopic, sequences, type AttemptEvent } from './attempt-events.ts'
import { answerInput, transcriptInput } from './attempt-input.ts'
import { attemptStream, readAttemptSnapshot } from './attempt-stream.ts'
import { assertOpen, persistAttempt, transcribeWaiting } from './attempt-submission.ts'

export interface AttemptsOptions {
  db: PrismaClient
  clock?: () => Date
  queue: JobQueue
  pubsub: EnginePubSub
  audioStorage: AudioStorage
  /** none: recordings wait for a typed transcript */
  transcriber?: Transcriber
}

type AttemptQuery = Omit<Prisma.MockInterviewAttemptFindUniqueArgs, 'where'>
type ExchangeQuery = Omit<Prisma.MockInterviewExchangeFindUniqueArgs, 'where'>

export type Attempts = ReturnType<typeof createAttempts>

export function createAttempts({
  db,
  clock = () => new Date(),
  queue,
  pubsub,
  audioStorage,
  transcriber,
}: AttemptsOptions) {
  const deps = { db, clock, audioStorage, transcriber }

  async function ownedAttempt(viewer: Viewer, attemptId: string) {
    const attempt = await db.mockInterviewAttempt.findFirst({
      where: { id: attemptId, exchange: { interview: { userId: viewer.userId } } },
      include: { exchange: { include: { interview: { select: { id: true, status: true } } } } },
    })
    if (!attempt) throw new NotFoundError('Attempt', attemptId)
    return attempt
  }

  async function announce(attempt: MockInterviewAttempt) {
    pubsub.publish(attemptTopic(attempt.id), {
      type: 'STATUS',
      status: attempt.status,
      attemptId: attempt.id,
      sequence: sequences.waiting,
      at: clock(),
    } as AttemptEvent)
    if (attempt.status === 'QUEUED') await queue.enqueue({ attemptId: attempt.id })
  }

  async function answer(viewer: Viewer, raw: unknown, query: AttemptQuery, retry: boolean) {
    const input = parseInput(answerInput, raw)
    const { attempt, created } = await persistAttempt(deps, viewer.userId, input, { retry })
    const ready =
      created && attempt.status === 'AWAITING_TRANSCRIPT'
        ? await transcribeWaiting(deps, attempt, input.audio ?? null)
        : attempt
    // the answer is the attempt as this call left it, read (only when the query asks for more than
    // its row) before its job can start
    const answered = columnsOnly(query)
      ? ready
      : await db.mockInterviewAttempt.findUniqueOrThrow({ where: { id: attempt.id }, ...query })
    if (created) await announce(ready)
    return answered
  }

  return {
    /** Persists an answer (QUEUED, or AWAITING_TRANSCRIPT) and queues its scoring. */
    submit(viewer: Viewer, input: unknown, query: AttemptQuery = {}) {
      return answer(viewer, input, query, false)
    },

    /** A new attempt on an exchange that already has one; earlier attempts are kept. */
    retry(viewer: Viewer, input: unknown, query: AttemptQuery = {}) {
      return answer(viewer, input, query, true)
    },

    async provideTranscript(
      viewer: Viewer,
      attemptId: string,
      raw: unknown,
      query: AttemptQuery = {},
    ) {
      const { transcript } = parseInput(transcriptInput, raw)
      const attempt = await ownedAttempt(viewer, attemptId)
      assertOpen(attempt.exchange.interview)
      const moved = await db.mockInterviewAttempt.updateManyAndReturn({
        where: { id: attemptId, status: 'AWAITING_TRANSCRIPT' },
        data: { status: 'QUEUED', transcript },
      })
      if (moved.length === 0) {
        throw new InvalidAttemptStateError(
          `Attempt ${attempt.attemptNumber} already has its transcript (it is ${attempt.status.toLowerCase()}); submit a new attempt to change the answer.`,
        )
      }
      // read before the job can start: the answer is the attempt as this call left it, QUEUED
      const queued = columnsOnly(query)
        ? moved[0]!
        : await db.mockInterviewAttempt.findUniqueOrThrow({ where: { id: attemptId }, ...query })
      await announce(moved[0]!)
      return queued
    },

    /** Scores a FAILED attempt again from the start. */
    async rescore(viewer: Viewer, attemptId: string, query: AttemptQuery = {}) {
      const attempt = await ownedAttempt(viewer, attemptId)
      const moved = await db.$transaction(async (tx) => {
        const rows = await tx.mockInterviewAttempt.updateManyAndReturn({
          where: { id: attemptId, status: 'FAILED' },
          data: { status: 'QUEUED', error: null },
        })
        if (rows.length > 0) await tx.scoreResult.deleteMany({ where: { attemptId } })
        return rows
      })
      if (moved.length === 0) {
        throw new InvalidAttemptStateError(
          `Attempt ${attempt.attemptNumber} is ${attempt.status.toLowerCase()}, not failed; only a failed attempt can be rescored.`,
        )
      }
      // read before the job can start: the answer is the attempt as this call left it, QUEUED
      const queued = columnsOnly(query)
        ? moved[0]!
        : await db.mockInterviewAttempt.findUniqueOrThrow({ where: { id: attemptId }, ...query })
      await announce(moved[0]!)
      return queued
    },

    /**
     * Keeps a SCORED attempt as its exchange's final answer; after the interview is COMPLETED, its
     * summary and overall scores are recomputed with the new choice.
     */
    async chooseFinal(viewer: Viewer, attemptId: string, query: ExchangeQuery = {}) {
      const attempt = await ownedAttempt(viewer, attemptId)
      if (attempt.status !== 'SCORED') {
        throw new InvalidAttemptStateError(
          `Attempt ${attempt.attemptNumber} is ${attempt.status.toLowerCase()}; choose it once its SCORED event arrives.`,
        )
      }
      // in a completed interview the summary follows the choice (docs/engine.md)
      await chooseFinalAttempt(db, {
        interviewId: attempt.exchange.interview.id,
        exchangeId: attempt.exchangeId,
        attemptId,
      })
      return db.mockInterviewExchange.findUniqueOrThrow({
        where: { id: attempt.exchangeId },
        ...query,
      })
    },

    /** The change against the previous scored attempt of the same question, or null. */
    async compare(viewer: Viewer, attemptId: string): Promise<AttemptComparison | null> {
      const attempt = await ownedAttempt(viewer, attemptId)
      if (attempt.status !== 'SCORED') return null
      const previous = await db.mockInterviewAttempt.findFirst({
        where: {
          exchangeId: attempt.exchangeId,
          status: 'SCORED',
          attemptNumber: { lt: attempt.attemptNumber },
        },
        orderBy: { attemptNumber: 'desc' },
      })
      return previous ? compareAttempts(previous, attempt) : null
    },

    /** The snapshot of what is persisted, then live events; ends after COMPLETED or FAILED. */
    async events(
      viewer: Viewer,
      attemptId: string,
      options: { signal?: AbortSignal } = {},
    ): Promise<AsyncIterable<AttemptEvent>> {
      // subscribed before the snapshot is read, so nothing falls between them (decision 031); the
      // snapshot's read is the ownership check too, and nothing is emitted before it
      const live = pubsub.subscribe(attemptTopic(attemptId), { signal: options.signal })
      try {
        await pubsub.subscribed(attemptTopic(attemptId))
        const snapshot = await readAttemptSnapshot(db, viewer.userId, attemptId)
        if (!snapshot) throw new NotFoundError('Attempt', attemptId)
        return attemptStream(snapshot, live)
      } catch (error) {
        await live.return?.()
        throw error
      }
    },

    /** At start: queues what a crash left QUEUED or SCORING. Returns how many. */
    async resumePending(): Promise<number> {
      const pending = await db.mockInterviewAttempt.findMany({
        where: { status: { in: ['QUEUED', 'SCORING'] } },
        orderBy: { createdAt: 'asc' },
        select: { id: true },
      })
      for (const { id } of pending) await queue.enqueue({ attemptId: id })
      return pending.length
    },
  }
}

const attemptColumns = new Set<string>(Object.values(Prisma.MockInterviewAttemptScalarFieldEnum))

/**
 * Whether a Pothos query asks only for the attempt's own columns, which the row just written
 * holds (decision 094): no relation, no count.
 */
function columnsOnly(query: AttemptQuery): boolean {
  const picked = (selection: object | null | undefined) =>
    Object.entries(selection ?? {}).filter(([, wanted]) => Boolean(wanted))
  if (picked(query.include).length > 0) return false
  return picked(query.select).every(
    ([field, wanted]) => wanted === true && attemptColumns.has(field),
  )
}
