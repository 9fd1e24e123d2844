/**
 * An attempt's event stream: subscribe first, then read the snapshot from the database, emit it,
 * then the live events that came after it (decision 031). A subscriber who arrives late, even
 * after the end, misses nothing and sees nothing twice.
 */
import type {
  AttemptStatus,
  Prisma,
  PrismaClient,
  ScoreResult,
} from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import type { EngineEvent } from '../events/engine-events.ts'
import { releasing } from '../events/pubsub.ts'
import { attemptTopic, isTerminal, sequences, type AttemptEvent } from './attempt-events.ts'
import { scoreResultColumns } from './score-result-rows.ts'

/** What the snapshot needs of the attempt, and its stored results in the order they were stored. */
type SnapshotRow = {
  attemptStatus: AttemptStatus
  attemptUpdatedAt: Date
  attemptResult: Prisma.JsonValue
  attemptFollowUp: Prisma.JsonValue
  attemptError: string | null
} & (ScoreResult | { [K in keyof ScoreResult]: null })

/**
 * The attempt, if it is `userId`'s, with its results: one statement, so one consistent reading
 * of both (decision 094; Prisma reads a relation with a second statement). The results' columns
 * are named as Prisma names them, so a row is the ScoreResult Prisma would return (a test holds
 * the two equal).
 */
function readSnapshotRows(db: PrismaClient, userId: string, attemptId: string) {
  return db.$queryRaw<SnapshotRow[]>`
    SELECT a.status::text AS "attemptStatus", a.updated_at AS "attemptUpdatedAt",
           a.result AS "attemptResult", a.follow_up AS "attemptFollowUp", a.error AS "attemptError",
           ${scoreResultColumns}
    FROM mock_interview_attempts a
    JOIN mock_interview_exchanges e ON e.id = a.exchange_id
    JOIN mock_interviews i ON i.id = e.interview_id
    LEFT JOIN score_results r ON r.attempt_id = a.id
    WHERE a.id = ${attemptId} AND i.user_id = ${userId}
    ORDER BY r.created_at, r.scorer_id`
}

function scoreResultOf({
  attemptStatus: _status,
  attemptUpdatedAt: _updatedAt,
  attemptResult: _result,
  attemptFollowUp: _followUp,
  attemptError: _error,
  ...result
}: SnapshotRow): ScoreResult {
  return result as ScoreResult
}

/** The events the stored attempt stands for; null when `userId` has no such attempt. */
export async function readAttemptSnapshot(
  db: PrismaClient,
  userId: string,
  attemptId: string,
): Promise<AttemptEvent[] | null> {
  const rows = await readSnapshotRows(db, userId, attemptId)
  const first = rows[0]
  if (!first) return null
  const attempt = {
    status: first.attemptStatus,
    updatedAt: first.attemptUpdatedAt,
    result: first.attemptResult,
    followUp: first.attemptFollowUp,
    error: first.attemptError,
  }
  // no result: the LEFT JOIN's one row of nulls
  const scoreResults = rows.filter((row) => row.id !== null).map(scoreResultOf)
  const at = attempt.updatedAt
  const base = { attemptId, at }
  const results: AttemptEvent[] = scoreResults.map((result, index) => ({
    ...base,
    type: 'SCORER_FINISHED',
    result,
    sequence: sequences.finished(index + 1),
  }))
  const stored = results.length
  switch (attempt.status) {
    case 'AWAITING_TRANSCRIPT':
    case 'QUEUED':
      return [{ ...base, type: 'STATUS', status: attempt.status, sequence: sequences.waiting }]
    case 'SCORING':
      return [
        { ...base, type: 'STATUS', status: 'SCORING', sequence: sequences.scoring },
        ...results,
      ]
    case 'SCORED': {
      const followUp = attempt.followUp as { exchangeId?: string | null } | null
      return [
        ...results,
        { ...base, type: 'STATUS', status: 'SCORED', sequence: sequences.finalStatus(stored) },
        {
          ...base,
          type: 'COMPLETED',
          response: attempt.result as unknown as MockInterviewAttemptResponse,
          followUpCreated: Boolean(followUp?.exchangeId),
          sequence: sequences.terminal(stored),
        },
      ]
    }
    case 'FAILED':
      return [
        ...results,
        { ...base, type: 'STATUS', status: 'FAILED', sequence: sequences.finalStatus(stored) },
        {
          ...base,
          type: 'FAILED',
          reason: attempt.error ?? 'Scoring failed.',
          sequence: sequences.terminal(stored),
        },
      ]
  }
}

/**
 * Keeps a live event only if the snapshot (and what was emitted since) does not already hold it.
 * Scorers that start together share one sequence (decision 031), so starts and results are told
 * apart by scorer id, not by sequence; a start below the last sequence (it came before the
 * snapshot) is dropped so that the stream's sequences never decrease.
 */
function isNew(event: AttemptEvent, last: number, seen: Seen): boolean {
  if (event.type === 'SCORER_FINISHED') return !seen.finished.has(event.result.scorerId)
  if (event.type === 'SCORER_STARTED') {
    const id = event.scorerId
    return event.sequence >= last && !seen.started.has(id) && !seen.finished.has(id)
  }
  return event.sequence > last || isTerminal(event)
}

type Seen = { started: Set<string>; finished: Set<string> }

function remember(event: AttemptEvent, seen: Seen): void {
  if (event.type === 'SCORER_STARTED') seen.started.add(event.scorerId)
  if (event.type === 'SCORER_FINISHED') seen.finished.add(event.result.scorerId)
}

export function attemptStream(
  snapshot: AttemptEvent[],
  live: AsyncIterableIterator<EngineEvent>,
): AsyncGenerator<AttemptEvent, void, undefined> {
  return releasing(streamEvents(snapshot, live), live)
}

async function* streamEvents(
  snapshot: AttemptEvent[],
  live: AsyncIterableIterator<EngineEvent>,
): AsyncGenerator<AttemptEvent, void, undefined> {
  try {
    let last = 0
    const seen: Seen = { started: new Set(), finished: new Set() }
    for (const event of snapshot) {
      last = event.sequence
      remember(event, seen)
      yield event
      if (isTerminal(event)) return
    }
    for await (const raw of live) {
      const event = raw as AttemptEvent
      if (!('sequence' in event) || !isNew(event, last, seen)) continue
      last = Math.max(last, event.sequence)
      remember(event, seen)
      yield event
      if (isTerminal(event)) return
    }
  } finally {
    await live.return?.()
  }
}

export { attemptTopic }
