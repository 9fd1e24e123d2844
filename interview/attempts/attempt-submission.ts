/**
 * Persisting an answer before anything else can fail (ARCHITECTURE.md, Contracts, "Attempts"):
 * the recording is stored, the attempt row is inserted with its `attemptNumber` under a lock on
 * the exchange row (decision 030), then the recording is transcribed. Without a transcriber, or
 * when it fails, the attempt waits in AWAITING_TRANSCRIPT with the reason and its audio kept.
 */
import { randomUUID } from 'node:crypto'
import type { MockInterviewAttempt, Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import { EncoreError } from '../errors.ts'
import { audioExtension, type AudioStorage } from '../audio/audio-storage.ts'
import type { Transcriber } from '../integrations/transcription/transcriber.ts'
import { lockInterview } from '../interviews/interview-lock.ts'
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

export async function persistAttempt(
  { db, clock, audioStorage }: SubmissionDeps,
  userId: string,
  interviewId: string,
  input: AnswerInput,
): Promise<Submitted> {
  const { exchangeId, idempotencyKey } = input
  if (idempotencyKey) {
    const earlier = await findByKey(db, exchangeId, idempotencyKey)
    if (earlier) return { attempt: earlier, created: false }
  }
  const transcript = transcriptOf(input)
  let audioRef: string | null = null
  if (input.audio) {
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
      await lockInterview(tx, interviewId)
      if (idempotencyKey) {
        const earlier = await tx.mockInterviewAttempt.findUnique({
          where: { exchangeId_idempotencyKey: { exchangeId, idempotencyKey } },
        })
        if (earlier) return { attempt: earlier, created: false }
      }
      const last = await tx.mockInterviewAttempt.aggregate({
        where: { exchangeId },
        _max: { attemptNumber: true },
      })
      const attempt = await tx.mockInterviewAttempt.create({
        data: { ...data, attemptNumber: (last._max.attemptNumber ?? 0) + 1 },
      })
      await tx.mockInterview.update({
        where: { id: interviewId },
        data: { lastActivityAt: clock() },
      })
      return { attempt, created: true }
    })
    if (!result.created && audioRef) await audioStorage.delete(audioRef)
    return result
  } catch (error) {
    // A concurrent insert with the same key won between our check and the lock (PostgreSQL).
    const earlier = idempotencyKey ? await findByKey(db, exchangeId, idempotencyKey) : null
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

function findByKey(db: PrismaClient, exchangeId: string, idempotencyKey: string) {
  return db.mockInterviewAttempt.findUnique({
    where: { exchangeId_idempotencyKey: { exchangeId, idempotencyKey } },
  })
}

function durationOf(words: AnswerInput['words']): number | undefined {
  if (!words || words.length === 0) return undefined
  return Math.round((words.at(-1)!.end - words[0]!.start) * 1000)
}
