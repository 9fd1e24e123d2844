/**
 * An attempt's event stream: subscribe first, then read the snapshot from the database, emit it,
 * then the live events that came after it (decision 031). A subscriber who arrives late, even
 * after the end, misses nothing and sees nothing twice.
 */
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import type { EngineEvent } from '../events/engine-events.ts'
import { attemptTopic, isTerminal, sequences, type AttemptEvent } from './attempt-events.ts'

/** The events the stored attempt stands for; null when `userId` has no such attempt. */
export async function readAttemptSnapshot(
  db: PrismaClient,
  userId: string,
  attemptId: string,
): Promise<AttemptEvent[] | null> {
  const attempt = await db.mockInterviewAttempt.findFirst({
    where: { id: attemptId, exchange: { interview: { userId } } },
    include: { scoreResults: { orderBy: [{ createdAt: 'asc' }, { scorerId: 'asc' }] } },
  })
  if (!attempt) return null
  const at = attempt.updatedAt
  const base = { attemptId, at }
  const results: AttemptEvent[] = attempt.scoreResults.map((result, index) => ({
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

export async function* attemptStream(
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
