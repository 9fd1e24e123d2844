// The interview room's view state (the seed's Phase 3): INTRO_LOADING → ASKING → LISTENING →
// PROCESSING → FEEDBACK, then retry, keep and next, or finish → SUMMARY. The page renders this
// state and sends it events; the API calls are actors the page provides (tests provide fakes).
import { assign, fromCallback, fromPromise, setup } from 'xstate'
import {
  tick,
  ticksFromResult,
  type ApiFailure,
  type RoomContext,
  type RoomEvent,
  type Notice,
  type RoomInput,
  type SubmittedAttempt,
  type AttemptView,
  type RoomExchange,
  type Answer,
} from './room-types'

/** How many times a failed upload is sent again, with the same idempotency key, before asking. */
export const sendAttempts = 3

const micMessages = {
  denied:
    'Encore may not use your microphone. Type your answer instead, or allow the microphone in your browser’s site settings and switch back to voice.',
  absent:
    'No microphone was found. Type your answer instead, or connect one and switch back to voice.',
}

/** An actor's failure as the candidate reads it: the server's message, else `fallback`. */
function noticeOf(kind: Notice['kind'], error: unknown, fallback: string): Notice {
  return { kind, message: failureOf(error).message ?? fallback }
}

function failureOf(error: unknown): ApiFailure {
  return typeof error === 'object' && error !== null ? (error as ApiFailure) : {}
}

const isCode =
  (code: string) =>
  ({ event }: { event: unknown }) =>
    failureOf((event as { error?: unknown }).error).code === code

export const mockInterviewMachine = setup({
  types: {
    context: {} as RoomContext,
    events: {} as RoomEvent,
    input: {} as RoomInput,
  },
  actors: {
    loadNext: fromPromise<RoomExchange | null, { interviewId: string }>(async () => {
      throw new Error('provide loadNext')
    }),
    submitAnswer: fromPromise<
      SubmittedAttempt,
      { exchangeId: string; answer: Answer; idempotencyKey: string; retry: boolean }
    >(async () => {
      throw new Error('provide submitAnswer')
    }),
    provideTranscript: fromPromise<SubmittedAttempt, { attemptId: string; transcript: string }>(
      async () => {
        throw new Error('provide provideTranscript')
      },
    ),
    rescore: fromPromise<SubmittedAttempt, { attemptId: string }>(async () => {
      throw new Error('provide rescore')
    }),
    watchAttempt: fromCallback<RoomEvent, { attemptId: string }>(() => {
      throw new Error('provide watchAttempt')
    }),
    loadResult: fromPromise<AttemptView, { attemptId: string }>(async () => {
      throw new Error('provide loadResult')
    }),
    keepAttempt: fromPromise<{ finalAttemptId: string }, { attemptId: string }>(async () => {
      throw new Error('provide keepAttempt')
    }),
    finish: fromPromise<void, { interviewId: string }>(async () => {
      throw new Error('provide finish')
    }),
  },
  delays: {
    // 0.5 s, 1 s, 2 s: a dropped connection usually comes back within that
    resend: ({ context }) => 500 * 2 ** Math.max(0, context.sendTries - 1),
  },
  guards: {
    noMoreQuestions: ({ event }) => (event as unknown as { output: unknown }).output === null,
    closed: isCode('INTERVIEW_CLOSED'),
    rateLimited: isCode('RATE_LIMITED'),
    invalid: ({ event }) =>
      ['VALIDATION_FAILED', 'INVALID_ATTEMPT_STATE', 'NOT_FOUND'].includes(
        failureOf((event as { error?: unknown }).error).code ?? '',
      ),
    mayResend: ({ context }) => context.sendTries < sendAttempts,
    awaitingTranscript: ({ event }) =>
      (event as unknown as { output: SubmittedAttempt }).output.status === 'AWAITING_TRANSCRIPT',
    hasResult: ({ context }) => context.result !== null,
    resumeScored: ({ context }) => context.attemptId !== null && resumeStatus(context) === 'SCORED',
    resumeFailed: ({ context }) => context.attemptId !== null && resumeStatus(context) === 'FAILED',
    resumeWaiting: ({ context }) =>
      context.attemptId !== null && resumeStatus(context) === 'AWAITING_TRANSCRIPT',
    resumeScoring: ({ context }) => context.attemptId !== null,
  },
  actions: {
    clearAttempt: assign({
      attemptId: null,
      degradedReason: null,
      scorers: {},
      lastSequence: 0,
      followUpCreated: false,
      result: null,
      failure: null,
      notice: null,
    }),
    clearAttemptView: assign({
      degradedReason: null,
      scorers: {},
      lastSequence: 0,
      followUpCreated: false,
      result: null,
      failure: null,
      notice: null,
    }),
    noticeFromError: assign({
      notice: ({ event }) => {
        const error = failureOf((event as { error?: unknown }).error)
        if (error.code === 'RATE_LIMITED') {
          // the server says when, in words ("Try again in about 2 minutes.")
          return {
            kind: 'rate-limited' as const,
            message: `${error.message ?? 'Too many answers in a short time.'} Your answer is kept here until you send it again.`,
          }
        }
        return {
          kind: 'invalid' as const,
          message: error.message ?? 'The answer could not be accepted.',
        }
      },
    }),
  },
}).createMachine({
  id: 'room',
  context: ({ input }) => ({
    interviewId: input.interviewId,
    mode: input.mode,
    exchange: input.resume?.exchange ?? null,
    pending: null,
    idempotencyKey: null,
    sendTries: 0,
    attemptId: input.resume?.attempt?.id ?? null,
    degradedReason: null,
    scorers: {},
    lastSequence: 0,
    followUpCreated: false,
    result: null,
    failure: null,
    online: true,
    notice: null,
    closedStatus: null,
    newIdempotencyKey: input.newIdempotencyKey ?? (() => crypto.randomUUID()),
  }),
  initial: 'resuming',
  on: {
    INTERVIEW_CLOSED: {
      target: '.closed',
      actions: assign({ closedStatus: ({ event }) => event.status }),
    },
    CONNECTION: { actions: assign({ online: ({ event }) => event.online }) },
    DISMISS_NOTICE: { actions: assign({ notice: null }) },
    SET_MODE: { actions: assign({ mode: ({ event }) => event.mode, notice: null }) },
  },
  states: {
    resuming: {
      always: [
        { guard: 'resumeScored', target: 'processing.loadingResult' },
        { guard: 'resumeFailed', target: 'processing.loadingResult' },
        { guard: 'resumeWaiting', target: 'awaitingTranscript' },
        { guard: 'resumeScoring', target: 'processing.scoring' },
        { target: 'introLoading' },
      ],
    },
    introLoading: {
      entry: 'clearAttempt',
      invoke: {
        src: 'loadNext',
        input: ({ context }) => ({ interviewId: context.interviewId }),
        onDone: [
          { guard: 'noMoreQuestions', target: 'planDone', actions: assign({ exchange: null }) },
          { target: 'asking', actions: assign({ exchange: ({ event }) => event.output }) },
        ],
        onError: [
          { guard: 'closed', target: 'closed' },
          {
            target: 'loadFailed',
            actions: assign({
              notice: ({ event }) => ({
                kind: 'load-failed' as const,
                message: `The next question could not be loaded (${failureOf(event.error).message ?? 'no answer'}).`,
              }),
            }),
          },
        ],
      },
    },
    loadFailed: {
      on: { RELOAD: 'introLoading' },
    },
    asking: {
      on: { QUESTION_ASKED: 'listening', FINISH: 'finishing' },
    },
    listening: {
      on: {
        // finishing early: the question stays unanswered in the summary
        FINISH: 'finishing',
        SUBMIT: {
          target: 'processing',
          actions: assign({
            pending: ({ event }) => event.answer,
            idempotencyKey: ({ context }) => context.newIdempotencyKey(),
            sendTries: 0,
            notice: null,
          }),
        },
        // the same answer, the same key: the server returns the first attempt if it had it
        SEND_AGAIN: {
          guard: ({ context }) => context.pending !== null,
          target: 'processing',
          actions: assign({ sendTries: 0, notice: null }),
        },
        MICROPHONE_UNAVAILABLE: {
          actions: assign({
            mode: 'typed',
            notice: ({ event }) => ({
              kind: 'microphone' as const,
              message: micMessages[event.reason],
            }),
          }),
        },
      },
    },
    processing: {
      initial: 'submitting',
      states: {
        submitting: {
          entry: assign({ sendTries: ({ context }) => context.sendTries + 1 }),
          invoke: {
            src: 'submitAnswer',
            input: ({ context }) => ({
              exchangeId: context.exchange!.id,
              answer: context.pending!,
              idempotencyKey: context.idempotencyKey!,
              retry:
                (context.exchange?.attempts.edges.length ?? 0) > 0 || context.attemptId !== null,
            }),
            onDone: [
              {
                guard: 'awaitingTranscript',
                target: '#room.awaitingTranscript',
                actions: assign({
                  attemptId: ({ event }) => event.output.id,
                  degradedReason: ({ event }) => event.output.degradedReason ?? null,
                  pending: null,
                }),
              },
              {
                target: 'scoring',
                actions: assign({
                  attemptId: ({ event }) => event.output.id,
                  degradedReason: ({ event }) => event.output.degradedReason ?? null,
                  pending: null,
                  scorers: {},
                  lastSequence: 0,
                  result: null,
                  failure: null,
                }),
              },
            ],
            onError: [
              { guard: 'closed', target: '#room.closed' },
              { guard: 'rateLimited', target: '#room.listening', actions: 'noticeFromError' },
              { guard: 'invalid', target: '#room.listening', actions: 'noticeFromError' },
              { guard: 'mayResend', target: 'waitingToResend' },
              {
                target: '#room.listening',
                actions: assign({
                  notice: {
                    kind: 'send-failed',
                    message:
                      'Your answer could not be sent: the connection to Encore is down. It is kept here; send it again when you are back online.',
                  },
                }),
              },
            ],
          },
        },
        waitingToResend: {
          after: { resend: 'submitting' },
        },
        scoring: {
          invoke: {
            src: 'watchAttempt',
            input: ({ context }) => ({ attemptId: context.attemptId! }),
          },
          on: {
            ATTEMPT_EVENT: [
              // a reconnected subscription replays the snapshot: keep each event once
              { guard: ({ context, event }) => event.event.sequence <= context.lastSequence },
              {
                guard: ({ event }) => event.event.type === 'COMPLETED',
                target: 'loadingResult',
                actions: assign({
                  lastSequence: ({ event }) => event.event.sequence,
                  followUpCreated: ({ event }) =>
                    event.event.type === 'COMPLETED' && event.event.followUpCreated,
                }),
              },
              {
                guard: ({ event }) => event.event.type === 'FAILED',
                target: 'loadingResult',
                actions: assign({
                  lastSequence: ({ event }) => event.event.sequence,
                  failure: ({ event }) =>
                    event.event.type === 'FAILED' ? event.event.reason : null,
                }),
              },
              {
                actions: assign({
                  lastSequence: ({ event }) => event.event.sequence,
                  scorers: ({ context, event }) => tick(context.scorers, event.event),
                }),
              },
            ],
          },
        },
        loadingResult: {
          invoke: {
            src: 'loadResult',
            input: ({ context }) => ({ attemptId: context.attemptId! }),
            onDone: {
              target: '#room.feedback',
              actions: assign({
                result: ({ event }) => event.output,
                exchange: ({ context, event }) => event.output.exchange ?? context.exchange,
                failure: ({ context, event }) =>
                  event.output.status === 'FAILED' ? (event.output.error ?? context.failure) : null,
                scorers: ({ context, event }) => ticksFromResult(context.scorers, event.output),
              }),
            },
            onError: [
              { guard: 'closed', target: '#room.closed' },
              {
                target: '#room.feedback',
                actions: assign({
                  notice: {
                    kind: 'load-failed',
                    message:
                      'Your answer was scored, but the feedback could not be loaded. Reload the page to see it.',
                  },
                }),
              },
            ],
          },
        },
      },
    },
    awaitingTranscript: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            PROVIDE_TRANSCRIPT: 'sending',
          },
        },
        sending: {
          invoke: {
            src: 'provideTranscript',
            input: ({ context, event }) => ({
              attemptId: context.attemptId!,
              transcript: (event as Extract<RoomEvent, { type: 'PROVIDE_TRANSCRIPT' }>).transcript,
            }),
            onDone: { target: '#room.processing.scoring', actions: assign({ notice: null }) },
            onError: [
              { guard: 'closed', target: '#room.closed' },
              {
                target: 'idle',
                actions: assign({
                  notice: ({ event }) => ({
                    kind: 'invalid' as const,
                    message:
                      failureOf(event.error).message ??
                      'The transcript could not be saved. Try again.',
                  }),
                }),
              },
            ],
          },
        },
      },
    },
    feedback: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            KEEP: { guard: 'hasResult', target: 'keeping' },
            RESCORE: { guard: ({ context }) => context.failure !== null, target: 'rescoring' },
          },
        },
        keeping: {
          invoke: {
            src: 'keepAttempt',
            input: ({ context }) => ({ attemptId: context.attemptId! }),
            onDone: {
              target: 'idle',
              actions: assign({
                exchange: ({ context, event }) =>
                  context.exchange && {
                    ...context.exchange,
                    finalAttempt: { id: event.output.finalAttemptId },
                  },
              }),
            },
            onError: [
              { guard: 'closed', target: '#room.closed' },
              {
                target: 'idle',
                actions: assign({
                  notice: ({ event }) =>
                    noticeOf('invalid', event.error, 'The attempt could not be kept.'),
                }),
              },
            ],
          },
        },
        rescoring: {
          invoke: {
            src: 'rescore',
            input: ({ context }) => ({ attemptId: context.attemptId! }),
            onDone: {
              target: '#room.processing.scoring',
              actions: assign({ scorers: {}, lastSequence: 0, failure: null, result: null }),
            },
            onError: {
              target: 'idle',
              actions: assign({
                notice: ({ event }) =>
                  noticeOf('failed', event.error, 'Scoring could not be started again.'),
              }),
            },
          },
        },
      },
      on: {
        RETRY: { target: 'listening', actions: 'clearAttemptView' },
        NEXT: 'introLoading',
        FINISH: 'finishing',
      },
    },
    planDone: {
      on: { FINISH: 'finishing' },
    },
    finishing: {
      // our own finish, announced by the interview's events before the mutation answers
      on: {
        INTERVIEW_CLOSED: [
          { guard: ({ event }) => event.status === 'COMPLETED', target: 'summary' },
          { target: 'closed', actions: assign({ closedStatus: ({ event }) => event.status }) },
        ],
      },
      invoke: {
        src: 'finish',
        input: ({ context }) => ({ interviewId: context.interviewId }),
        onDone: 'summary',
        onError: [
          { guard: 'closed', target: 'closed' },
          {
            target: 'planDone',
            actions: assign({
              notice: ({ event }) => ({
                kind: 'failed' as const,
                message: `The interview could not be finished (${failureOf(event.error).message ?? 'no answer'}). Try again.`,
              }),
            }),
          },
        ],
      },
    },
    closed: { type: 'final' },
    summary: { type: 'final' },
  },
})

function resumeStatus(context: RoomContext): string | undefined {
  return context.exchange?.attempts.edges.find(({ node }) => node.id === context.attemptId)?.node
    .status
}
