/**
 * The scoring job: QUEUED → SCORING → SCORED | FAILED. Each scorer's result is stored as it
 * arrives (results that arrive together in one statement; unique by attempt and scorer, so a
 * resumed run never duplicates one) and published;
 * then the aggregate, rewrite and follow-up suggestion are stored, and a follow-up exchange is
 * created when the answer earns one. A crash leaves the attempt SCORING: `resumePendingAttempts`
 * runs it again at start.
 */
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import { bankRubric } from '../../prisma/seed/question-rubrics.ts'
import {
  runPipeline,
  type MockInterviewAttemptResponse,
  type ScorerResult,
} from '../../scoring/index.ts'
import type { EnginePubSub } from '../events/engine-events.ts'
import { insertFollowUp, planFollowUp, toScoringKind } from '../follow-ups/follow-ups.ts'
import { readExchangeOfAttempt } from './exchange-of-attempt.ts'
import type { FollowUpWriter } from '../integrations/llm/follow-up-writer.ts'
import { interviewTopic } from '../interviews/interview-events.ts'
import { lockInterview } from '../interviews/interview-lock.ts'
import type { EngineLogger } from '../logger.ts'
import { silentLogger } from '../logger.ts'
import type { JobHandler } from '../queue/job-queue.ts'
import type { ScoringSetup } from '../scorers/scorers.ts'
import { attemptTopic, sequences, type AttemptEvent } from './attempt-events.ts'
import { insertResults, upsertResult } from './score-result-rows.ts'

export interface AttemptRunnerOptions {
  db: PrismaClient
  clock: () => Date
  pubsub: EnginePubSub
  scoring: ScoringSetup
  followUpWriter?: FollowUpWriter
  /** where a failure's cause goes; the candidate sees only the reason written for them */
  logger?: EngineLogger
}

/** What a candidate reads when scoring fails: no driver or database text (decision 061). */
export const failureReasons = {
  scoring: 'Scoring failed on our side. Your answer is kept: rescore the attempt to try again.',
  saving: 'The scores could not be saved. Your answer is kept: rescore the attempt to try again.',
} as const

type Payload = AttemptEvent extends infer E
  ? E extends AttemptEvent
    ? Omit<E, 'attemptId' | 'at'>
    : never
  : never

export function createAttemptRunner({
  db,
  clock,
  pubsub,
  scoring,
  followUpWriter,
  logger = silentLogger,
}: AttemptRunnerOptions): JobHandler {
  const weights = new Map(scoring.scorers.map((entry) => [entry.scorer.id, entry.weight]))

  return async function runAttempt({ attemptId }, { final, signal }) {
    const publish = (payload: Payload) =>
      pubsub.publish(attemptTopic(attemptId), {
        ...payload,
        attemptId,
        at: clock(),
      } as AttemptEvent)

    // The exchange, its question key and its follow-ups are read while the attempt moves
    // (decisions 094, 106): on PostgreSQL on a second connection, and either way without waiting
    // for the move to answer.
    const exchangeRead = readExchangeOfAttempt(db, attemptId)
    exchangeRead.catch(() => {}) // awaited below, unless the job turns out not to be this run's
    // A queued attempt moves to SCORING in the statement that reads it. Otherwise it is resumed
    // (SCORING: its last run died) with what that run stored, or it is not this job's any more.
    let [attempt] = await db.mockInterviewAttempt.updateManyAndReturn({
      where: { id: attemptId, status: 'QUEUED' },
      data: { status: 'SCORING' },
    })
    let storedBefore: string[] = []
    if (attempt) {
      publish({ type: 'STATUS', status: 'SCORING', sequence: sequences.scoring })
    } else {
      const current = await db.mockInterviewAttempt.findUnique({
        where: { id: attemptId },
        include: { scoreResults: { select: { scorerId: true } } },
      })
      if (current?.status !== 'SCORING') return
      attempt = current
      storedBefore = current.scoreResults.map((row) => row.scorerId)
    }
    const exchange = (await exchangeRead) ?? gone(attemptId)

    const stored = new Set(storedBefore)
    // A first run inserts; a resumed one replaces what the crashed run stored, row by row.
    const resumed = stored.size > 0
    // Results that arrive while a write is in flight are stored together by the next write: one
    // statement for many scorers, and the first result is never kept waiting for the others.
    // Writes are serialised so that each event's sequence counts exactly the rows stored before it.
    // A write queued behind another waits a turn of the event loop once that one is done, so that
    // the events it published reach their subscribers before the next statement is prepared
    // (a statement of many rows takes a while to build: the first result's delivery does not wait
    // for it, decision 094).
    let waiting: { result: ScorerResult; settle: (error?: unknown) => void }[] = []
    let persisting: Promise<void> = Promise.resolve()
    let writes = 0
    const storeResult = (result: ScorerResult) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ result, settle: (error) => (error ? reject(error) : resolve()) })
        if (waiting.length > 1) return
        const behindAnother = writes > 0
        writes += 1
        persisting = persisting
          .then(() => (behindAnother ? nextTurn() : undefined))
          .then(writeWaiting)
          .finally(() => (writes -= 1))
      })
    async function writeWaiting() {
      const batch = waiting
      waiting = []
      try {
        const results = batch.map((entry) => entry.result)
        const rows = resumed
          ? await Promise.all(results.map((result) => upsertResult(db, attemptId, result, weights)))
          : await insertResults(db, attemptId, results, weights, clock())
        for (const row of rows) {
          stored.add(row.scorerId)
          publish({
            type: 'SCORER_FINISHED',
            result: row,
            sequence: sequences.finished(stored.size),
          })
        }
        for (const entry of batch) entry.settle()
      } catch (error) {
        for (const entry of batch) entry.settle(error)
      }
    }
    const answered = attempt
    let response
    try {
      response = await runPipeline({
        // the whole config, so that the app scores as the CLI and the eval do (gate, calibration)
        scorers: scoring.scorers,
        dimensionWeights: scoring.dimensionWeights,
        gate: scoring.gate,
        overallCalibration: scoring.overallCalibration,
        defaultTimeoutMs: scoring.defaultTimeoutMs,
        signal,
        input: {
          question: exchange.questionText,
          kind: toScoringKind(exchange.kind),
          competency: exchange.competency.replaceAll('-', ' '),
          // a bank question's rubric, as the score CLI and scoring:eval look it up
          rubric: bankRubric({ key: exchange.questionKey, text: exchange.questionText }),
          transcript: attempt.transcript ?? '',
          words: (attempt.words as unknown as ScorerResultWords) ?? undefined,
          durationMs: attempt.durationMs ?? undefined,
        },
        onEvent(event) {
          if (event.type !== 'scorer.started') return
          publish({
            type: 'SCORER_STARTED',
            scorerId: event.id,
            sequence: sequences.started(stored.size),
          })
        },
        onResult(result) {
          // after a cancel, this process is going away: store nothing more, as a crash would
          if (signal.aborted) return
          return storeResult(result)
        },
      })
    } catch (error) {
      if (signal.aborted || !final) throw error
      logger.error(`[attempt ${attemptId}] scoring failed:`, error)
      return fail(failureReasons.scoring)
    }
    let saved: Awaited<ReturnType<typeof storeResponse>>
    try {
      saved = await storeResponse(response)
      if (!saved) return // another run of this job stored and announced it
    } catch (error) {
      // on the last run, end the attempt (transcript and results kept) rather than leave it SCORING
      if (signal.aborted || !final) throw error
      logger.error(`[attempt ${attemptId}] storing the scores failed:`, error)
      return fail(failureReasons.saving)
    }
    announceScored(response, saved)

    async function fail(reason: string) {
      const moved = await db.mockInterviewAttempt.updateMany({
        where: { id: attemptId, status: 'SCORING' },
        data: { status: 'FAILED', error: reason },
      })
      if (moved.count === 0) return // another run of this job ended it
      publish({ type: 'STATUS', status: 'FAILED', sequence: sequences.finalStatus(stored.size) })
      publish({ type: 'FAILED', reason, sequence: sequences.terminal(stored.size) })
    }

    /**
     * The SCORED attempt, and with it the follow-up exchange when the answer earns one: then one
     * transaction under the interview's lock, so a follow-up never exists for an attempt that then
     * fails. Without a follow-up the move is one statement, no transaction (decision 099): on the
     * embedded database a transaction holds the only connection while each of its statements
     * goes to the server's thread and back. Only a SCORING attempt moves: when two runs of one job
     * race (a stalled job taken over while its first worker still lives), the second finds it
     * SCORED and stores nothing (null). The interview's last activity is the candidate's, set by
     * the submit, not by scoring.
     */
    async function storeResponse(response: MockInterviewAttemptResponse) {
      const plan = await planFollowUp({
        exchange,
        transcript: answered.transcript ?? '',
        response,
        writer: followUpWriter,
      })
      const reasons = [
        answered.degraded ? answered.degradedReason : null,
        response.degraded?.reason ?? null,
        plan.degradedReason,
      ].filter((reason): reason is string => Boolean(reason))
      const now = clock()
      const suggestion = (exchangeId: string | null) =>
        plan.suggestion ? ({ ...plan.suggestion, exchangeId } as Prisma.InputJsonValue) : undefined
      const scored = {
        status: 'SCORED',
        scoredAt: now,
        contentScore: response.dimensions.content.score,
        deliveryScore: response.dimensions.delivery.score,
        structureScore: response.dimensions.structure.score,
        overallScore: response.overall,
        result: response as unknown as Prisma.InputJsonValue,
        feedback: response.feedback as unknown as Prisma.InputJsonValue,
        rewrite: response.rewrite,
        followUp: suggestion(null),
        degraded: reasons.length > 0,
        degradedReason: reasons.length > 0 ? [...new Set(reasons)].join(' ') : null,
        error: null,
      } satisfies Prisma.MockInterviewAttemptUpdateManyMutationInput
      const stillScoring = { id: attemptId, status: 'SCORING' } as const
      const ask = plan.ask
      if (!ask) {
        const moved = await db.mockInterviewAttempt.updateMany({
          where: stillScoring,
          data: scored,
        })
        return moved.count === 0 ? null : { followUp: { exchange: null }, now }
      }
      return db.$transaction(async (tx) => {
        await lockInterview(tx, exchange.interviewId)
        const moved = await tx.mockInterviewAttempt.updateMany({
          where: stillScoring,
          data: scored,
        })
        if (moved.count === 0) return null
        const created = await insertFollowUp(tx, exchange, ask, clock)
        if (created) {
          await tx.mockInterviewAttempt.update({
            where: { id: attemptId },
            data: { followUp: suggestion(created.id) },
          })
        }
        return { followUp: { exchange: created }, now }
      })
    }

    /** After the SCORED write: a publish that throws must not turn a scored attempt FAILED. */
    function announceScored(
      response: MockInterviewAttemptResponse,
      { followUp, now }: NonNullable<Awaited<ReturnType<typeof storeResponse>>>,
    ) {
      publish({ type: 'STATUS', status: 'SCORED', sequence: sequences.finalStatus(stored.size) })
      publish({
        type: 'COMPLETED',
        response,
        followUpCreated: followUp.exchange !== null,
        sequence: sequences.terminal(stored.size),
      })
      const topic = interviewTopic(exchange.interviewId)
      pubsub.publish(topic, {
        type: 'ATTEMPT_SCORED',
        interviewId: exchange.interviewId,
        exchangeId: exchange.id,
        attemptId,
        overallScore: response.overall,
        at: now,
      })
      if (followUp.exchange) {
        pubsub.publish(topic, {
          type: 'EXCHANGE_ADDED',
          interviewId: exchange.interviewId,
          exchangeId: followUp.exchange.id,
          followUpOfId: exchange.id,
          at: now,
        })
      }
    }
  }
}

type ScorerResultWords = Parameters<typeof runPipeline>[0]['input']['words']

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function gone(attemptId: string): never {
  throw new Error(`The exchange of attempt ${attemptId} is gone.`)
}
