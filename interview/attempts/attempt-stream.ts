/**
 * An attempt's event stream: subscribe first, then read the snapshot from the database, emit it,
 * then the live events that came after it (decision 031). A subscriber who arrives late, even
 * after the end, misses nothing and sees nothing twice.
 */
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import type { EngineEvent } from '../events/engine-events.ts'
import { attemptTopic, isTerminal, sequences, type AttemptEvent } from './attempt-events.ts'

export async function readAttemptSnapshot(
  db: PrismaClient,
  attemptId: string,
): Promise<AttemptEvent[]> {
  const attempt = await db.mockInterviewAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    include: { scoreResults: { orderBy: [{ createdAt: 'asc' }, { scorerId: 'asc' }] } },
  })
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

/** Keeps a live event only if the snapshot (and what was emitted since) does not already hold it. */
function isNew(event: AttemptEvent, last: number, finished: Set<string>): boolean {
  if (event.sequence <= last && !isTerminal(event)) return false
  if (event.type === 'SCORER_FINISHED') return !finished.has(event.result.scorerId)
  if (event.type === 'SCORER_STARTED') return !finished.has(event.scorerId)
  return event.sequence > last || isTerminal(event)
}

export async function* attemptStream(
  snapshot: AttemptEvent[],
  live: AsyncIterableIterator<EngineEvent>,
): AsyncGenerator<AttemptEvent, void, undefined> {
  try {
    let last = 0
    const finished = new Set<string>()
    for (const event of snapshot) {
      last = event.sequence
      if (event.type === 'SCORER_FINISHED') finished.add(event.result.scorerId)
      yield event
      if (isTerminal(event)) return
    }
    for await (const raw of live) {
      const event = raw as AttemptEvent
      if (!('sequence' in event) || !isNew(event, last, finished)) continue
      last = Math.max(last, event.sequence)
      if (event.type === 'SCORER_FINISHED') finished.add(event.result.scorerId)
      yield event
      if (isTerminal(event)) return
    }
  } finally {
    await live.return?.()
  }
}

export { attemptTopic }
