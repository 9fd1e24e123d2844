/**
 * Persisting an answer before anything else can fail (ARCHITECTURE.md, Contracts, "Attempts"):
 * the recording is stored, then one transaction under the interview's lock (decisions 030, 035)
 * checks that the exchange is the user's and its interview open, answers a repeated idempotency
 * key with the first attempt, and inserts the attempt with its `attemptNumber`; then the recording
 * is transcribed. Without a transcriber, or when it fails, the attempt waits in
 * AWAITING_TRANSCRIPT with the reason and its audio kept. Five statements for a typed answer
 * (decision 094): the ownership check is the lock.
 */
import { randomUUID } from 'node:crypto'
import type { MockInterviewAttempt, Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import {
  EncoreError,
  InterviewClosedError,
  InvalidAttemptStateError,
  NotFoundError,
} from '../errors.ts'
import { audioExtension, type AudioStorage } from '../audio/audio-storage.ts'
import type { Transcriber } from '../integrations/transcription/transcriber.ts'
import { lockInterviewOfExchange } from '../interviews/interview-lock.ts'
import { transcriptOf, type AnswerInput } from './attempt-input.ts'

export interface SubmissionDeps {
  db: PrismaClient
  clock: () => Date
  audioStorage: AudioStorage
  transcriber?: Transcriber
}

export interface Submitted {
  attempt: MockInterviewAttempt
  /** false when the idempotency key matched an earlier attempt */
  created: boolean
}

export function assertOpen(interview: { id: string; status: string }) {
  if (interview.status === 'COMPLETED' || interview.status === 'ABANDONED') {
    throw new InterviewClosedError(interview.id, interview.status)
  }
}

export async function persistAttempt(
  { db, clock, audioStorage }: SubmissionDeps,
  userId: string,
  input: AnswerInput,
  /** a retry: the exchange must already have an attempt */
  { retry = false }: { retry?: boolean } = {},
): Promise<Submitted> {
  const { exchangeId, idempotencyKey } = input
  const transcript = transcriptOf(input)
  let audioRef: string | null = null
  if (input.audio) {
    // nothing is written to disk for an exchange that is not the user's, or closed
    const interview = await db.mockInterview.findFirst({
      where: { userId, exchanges: { some: { id: exchangeId } } },
      select: { id: true, status: true },
    })
    if (!interview) throw new NotFoundError('Exchange', exchangeId)
    assertOpen(interview)
    audioRef = `${userId}/${randomUUID()}.${audioExtension(input.audio.mimeType)}`
    await audioStorage.put(audioRef, input.audio.data, input.audio.mimeType)
  }
  const data = {
    exchangeId,
    status: transcript === null ? ('AWAITING_TRANSCRIPT' as const) : ('QUEUED' as const),
    idempotencyKey: idempotencyKey ?? null,
    transcript,
    words: (input.words as Prisma.InputJsonValue | undefined) ?? undefined,
    durationMs: input.durationMs ?? durationOf(input.words),
    audioRef,
    audioMimeType: input.audio?.mimeType ?? null,
    createdAt: clock(),
  }
  try {
    const result = await db.$transaction(async (tx) => {
      const interview = await lockInterviewOfExchange(tx, {
        userId,
        exchangeId,
        activityAt: clock(),
      })
      if (!interview) throw new NotFoundError('Exchange', exchangeId)
      assertOpen(interview)
      // under the lock: a concurrent submit with the same key has committed, or waits for us
      if (idempotencyKey) {
        const earlier = await findByKey(tx, exchangeId, idempotencyKey)
        if (earlier) return { attempt: earlier, created: false }
      }
      const last = await tx.mockInterviewAttempt.aggregate({
        where: { exchangeId },
        _max: { attemptNumber: true },
      })
      if (retry && last._max.attemptNumber === null) {
        throw new InvalidAttemptStateError(
          `Exchange ${exchangeId} has no attempt yet; submit a first answer with submitAttempt, then retry.`,
        )
      }
      const attempt = await tx.mockInterviewAttempt.create({
        data: { ...data, attemptNumber: (last._max.attemptNumber ?? 0) + 1 },
      })
      return { attempt, created: true }
    })
    if (!result.created && audioRef) await audioStorage.delete(audioRef)
    return result
  } catch (error) {
    // refused under the lock (closed meanwhile…): rolled back, so the recording belongs to nothing
    if (audioRef && error instanceof EncoreError) await audioStorage.delete(audioRef)
    // the lock makes this unlikely; should the key's unique index still refuse the insert, the
    // exchange was found to be the user's under it, and the first attempt is the answer
    const earlier =
      idempotencyKey && isUniqueViolation(error)
        ? await findByKey(db, exchangeId, idempotencyKey)
        : null
    if (earlier) {
      if (audioRef) await audioStorage.delete(audioRef)
      return { attempt: earlier, created: false }
    }
    throw error
  }
}

/** Transcribes a waiting attempt's recording; on any failure the attempt keeps waiting, degraded. */
export async function transcribeWaiting(
  { db, audioStorage, transcriber }: SubmissionDeps,
  attempt: MockInterviewAttempt,
  audio: { data: Uint8Array; mimeType: string } | null,
): Promise<MockInterviewAttempt> {
  const bytes = audio?.data ?? (attempt.audioRef ? await audioStorage.get(attempt.audioRef) : null)
  const mimeType = audio?.mimeType ?? attempt.audioMimeType ?? 'application/octet-stream'
  let reason: string
  if (!transcriber) {
    reason = 'Speech-to-text is not configured; type or paste your answer to have it scored.'
  } else if (!bytes) {
    reason = 'The recording could not be read back; type or paste your answer to have it scored.'
  } else {
    try {
      const transcription = await transcriber.transcribe({ audio: bytes, mimeType })
      if (transcription.transcript.trim() !== '') {
        const moved = await db.mockInterviewAttempt.updateManyAndReturn({
          where: { id: attempt.id, status: 'AWAITING_TRANSCRIPT' },
          data: {
            status: 'QUEUED',
            transcript: transcription.transcript,
            words: transcription.words as unknown as Prisma.InputJsonValue,
            durationMs: attempt.durationMs ?? transcription.durationMs,
          },
        })
        return moved[0] ?? attempt
      }
      reason = 'No words were heard in the recording; type or paste your answer to have it scored.'
    } catch (error) {
      // an expected failure's message is written for the candidate; anything else is not
      const said = error instanceof EncoreError ? error.message : 'Transcription failed.'
      reason = `${said} Your recording is kept: type or paste your answer to have it scored.`
    }
  }
  return db.mockInterviewAttempt.update({
    where: { id: attempt.id },
    data: { degraded: true, degradedReason: reason },
  })
}

function findByKey(
  db: PrismaClient | Prisma.TransactionClient,
  exchangeId: string,
  idempotencyKey: string,
) {
  return db.mockInterviewAttempt.findUnique({
    where: { exchangeId_idempotencyKey: { exchangeId, idempotencyKey } },
  })
}

function durationOf(words: AnswerInput['words']): number | undefined {
  if (!words || words.length === 0) return undefined
  return Math.round((words.at(-1)!.end - words[0]!.start) * 1000)
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}
