// The shapes the room's machine holds and receives, and how scorer events become ticks.
import type { RoomAttemptResultQuery, RoomExchangeFragment } from '~/graphql/graphql'

export type RoomExchange = RoomExchangeFragment
export type AttemptView = Extract<
  NonNullable<RoomAttemptResultQuery['node']>,
  { __typename: 'MockInterviewAttempt' }
>

/** What the candidate said: typed, transcribed live (words with timings), or a recording. */
export type Answer =
  | { kind: 'typed'; transcript: string }
  | {
      kind: 'spoken'
      words: {
        word: string
        start: number
        end: number
        confidence: number
        punctuatedWord?: string
      }[]
      durationMs: number
    }
  | { kind: 'recording'; audio: Blob; durationMs: number }

export type SubmittedAttempt = { id: string; status: string; degradedReason?: string | null }

/** One scorer's tick in the processing panel. */
export type ScorerTick = {
  status: 'RUNNING' | 'OK' | 'ABSTAINED' | 'FAILED' | 'TIMEOUT'
  score: number | null
  label?: string | null
  reason?: string | null
}

/** An event of `attemptEvents`, as the room selects it. */
export type AttemptStreamEvent =
  | { type: 'STATUS'; sequence: number; status: string }
  | { type: 'SCORER_STARTED'; sequence: number; scorerId: string }
  | {
      type: 'SCORER_FINISHED'
      sequence: number
      scoreResult: {
        scorerId: string
        status: ScorerTick['status']
        score: number | null
        label?: string | null
        error?: string | null
      }
    }
  | { type: 'COMPLETED'; sequence: number; followUpCreated: boolean }
  | { type: 'FAILED'; sequence: number; reason: string }

export type Notice = {
  kind: 'microphone' | 'rate-limited' | 'send-failed' | 'invalid' | 'load-failed' | 'failed'
  message: string
}

/** An API failure as the actors throw it (RoomApiError has this shape). */
export type ApiFailure = { code?: string; message?: string; retryAfterSeconds?: number }

export type RoomInput = {
  interviewId: string
  mode: 'voice' | 'typed'
  /** where the candidate left off: the last exchange asked and its newest attempt */
  resume?: { exchange: RoomExchange; attempt: { id: string; status: string } | null } | null
  newIdempotencyKey?: () => string
}

export type RoomContext = {
  interviewId: string
  mode: 'voice' | 'typed'
  exchange: RoomExchange | null
  /** the answer being sent: kept until the server has it, so nothing said is lost */
  pending: Answer | null
  idempotencyKey: string | null
  sendTries: number
  attemptId: string | null
  degradedReason: string | null
  scorers: Record<string, ScorerTick>
  lastSequence: number
  followUpCreated: boolean
  result: AttemptView | null
  failure: string | null
  online: boolean
  notice: Notice | null
  closedStatus: string | null
  newIdempotencyKey: () => string
}

export type RoomEvent =
  | { type: 'QUESTION_ASKED' }
  | { type: 'SUBMIT'; answer: Answer }
  | { type: 'SEND_AGAIN' }
  | { type: 'MICROPHONE_UNAVAILABLE'; reason: 'denied' | 'absent' }
  | { type: 'SET_MODE'; mode: 'voice' | 'typed' }
  | { type: 'PROVIDE_TRANSCRIPT'; transcript: string }
  | { type: 'ATTEMPT_EVENT'; event: AttemptStreamEvent }
  | { type: 'CONNECTION'; online: boolean }
  | { type: 'INTERVIEW_CLOSED'; status: string }
  | { type: 'RETRY' }
  | { type: 'RESCORE' }
  | { type: 'KEEP' }
  | { type: 'NEXT' }
  | { type: 'FINISH' }
  | { type: 'RELOAD' }
  | { type: 'DISMISS_NOTICE' }

export function tick(scorers: Record<string, ScorerTick>, event: AttemptStreamEvent) {
  if (event.type === 'SCORER_STARTED') {
    return scorers[event.scorerId]
      ? scorers
      : { ...scorers, [event.scorerId]: { status: 'RUNNING' as const, score: null } }
  }
  if (event.type === 'SCORER_FINISHED') {
    const { scorerId, status, score, label, error } = event.scoreResult
    return { ...scorers, [scorerId]: { status, score, label, reason: error } }
  }
  return scorers
}

/** After a reload the ticks come from the stored result, so the panel stays complete. */
export function ticksFromResult(scorers: Record<string, ScorerTick>, attempt: AttemptView) {
  const next = { ...scorers }
  for (const run of attempt.result?.scorers ?? []) {
    next[run.id] = {
      status: run.status as ScorerTick['status'],
      score: run.score ?? null,
      label: run.label,
      reason: run.reason,
    }
  }
  return next
}
