/**
 * What an attempt's subscribers receive. Events are a view of the database: each carries a
 * `sequence` derived from what is persisted (decision 031), so that a subscriber can read a
 * snapshot, then keep only the live events that came after it.
 */
import type { AttemptStatus, ScoreResult } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'

type Base = { attemptId: string; sequence: number; at: Date }

export type AttemptEvent = Base &
  (
    | { type: 'STATUS'; status: AttemptStatus }
    | { type: 'SCORER_STARTED'; scorerId: string }
    | { type: 'SCORER_FINISHED'; result: ScoreResult }
    | { type: 'COMPLETED'; response: MockInterviewAttemptResponse; followUpCreated: boolean }
    | { type: 'FAILED'; reason: string }
  )

export type AttemptEventType = AttemptEvent['type']

export function attemptTopic(attemptId: string): string {
  return `attempt:${attemptId}`
}

export function isTerminal(event: AttemptEvent): boolean {
  return event.type === 'COMPLETED' || event.type === 'FAILED'
}

/**
 * Sequences from persisted facts (n = score results stored so far for the attempt):
 * waiting (QUEUED, AWAITING_TRANSCRIPT) 1, SCORING 2, a scorer starting 3 + 2n, a result
 * stored 2 + 2n (after counting it), the final STATUS 3 + 2n and the terminal event 4 + 2n.
 */
export const sequences = {
  waiting: 1,
  scoring: 2,
  started: (stored: number) => 3 + 2 * stored,
  finished: (storedIncludingThis: number) => 2 + 2 * storedIncludingThis,
  finalStatus: (stored: number) => 3 + 2 * stored,
  terminal: (stored: number) => 4 + 2 * stored,
}
