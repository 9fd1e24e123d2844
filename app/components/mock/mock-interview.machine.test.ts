import { createActor, fromCallback, fromPromise, waitFor, type SnapshotFrom } from 'xstate'
import { mockInterviewMachine, sendAttempts } from './mock-interview.machine'
import type {
  Answer,
  AttemptStreamEvent,
  AttemptView,
  RoomExchange,
  RoomEvent,
  RoomInput,
  SubmittedAttempt,
} from './room-types'
import { RoomApiError } from './room-api'

type Snapshot = SnapshotFrom<typeof mockInterviewMachine>

function exchange(id: string, attempts: { id: string; status: string }[] = []): RoomExchange {
  return {
    id,
    order: 1,
    questionText: `Question ${id}: tell me about a time you led a change.`,
    competency: 'leadership',
    kind: 'BEHAVIOURAL',
    followUpOf: null,
    finalAttempt: null,
    attempts: {
      edges: attempts.map((attempt, i) => ({
        node: { ...attempt, attemptNumber: i + 1, overallScore: null, createdAt: '' },
      })),
    },
  } as RoomExchange
}

function attemptView(id: string, status = 'SCORED', error: string | null = null): AttemptView {
  return {
    __typename: 'MockInterviewAttempt',
    id,
    status,
    error,
    attemptNumber: 1,
    exchange: exchange('ex-1', [{ id, status }]),
    result: status === 'SCORED' ? { overall: 72, scorers: [] } : null,
  } as unknown as AttemptView
}

const typed: Answer = { kind: 'typed', transcript: 'I led the migration and cut costs by 20%.' }

/** A room whose API answers as the test says; records what it was asked. */
function room(
  api: {
    next?: (call: number) => Promise<RoomExchange | null>
    submit?: (input: {
      exchangeId: string
      idempotencyKey: string
      retry: boolean
    }) => Promise<SubmittedAttempt>
    events?: AttemptStreamEvent[]
    finish?: () => Promise<void>
    result?: (attemptId: string) => Promise<AttemptView>
  } = {},
  input: Partial<RoomInput> = {},
) {
  const calls = {
    next: 0,
    submits: [] as { exchangeId: string; idempotencyKey: string; retry: boolean }[],
    transcripts: [] as string[],
    kept: [] as string[],
    watched: [] as string[],
    rescored: [] as string[],
  }
  let keys = 0
  let emit: ((event: RoomEvent) => void) | undefined
  const machine = mockInterviewMachine.provide({
    actors: {
      loadNext: fromPromise(async () => (api.next ?? (async () => exchange('ex-1')))(++calls.next)),
      submitAnswer: fromPromise(async ({ input }) => {
        calls.submits.push({
          exchangeId: input.exchangeId,
          idempotencyKey: input.idempotencyKey,
          retry: input.retry,
        })
        return (api.submit ?? (async () => ({ id: 'att-1', status: 'QUEUED' })))(input)
      }),
      provideTranscript: fromPromise(async ({ input }) => {
        calls.transcripts.push(input.transcript)
        return { id: input.attemptId, status: 'QUEUED' }
      }),
      rescore: fromPromise(async ({ input }) => {
        calls.rescored.push(input.attemptId)
        return { id: input.attemptId, status: 'QUEUED' }
      }),
      watchAttempt: fromCallback(({ input, sendBack }) => {
        calls.watched.push(input.attemptId)
        emit = sendBack
        for (const event of api.events ?? []) sendBack({ type: 'ATTEMPT_EVENT', event })
      }),
      loadResult: fromPromise(async ({ input }) =>
        (api.result ?? (async (id: string) => attemptView(id)))(input.attemptId),
      ),
      keepAttempt: fromPromise(async ({ input }) => {
        calls.kept.push(input.attemptId)
        return { finalAttemptId: input.attemptId }
      }),
      finish: fromPromise(async () => (api.finish ?? (async () => {}))()),
    },
  })
  const actor = createActor(machine, {
    input: {
      interviewId: 'int-1',
      mode: 'voice',
      newIdempotencyKey: () => `key-${++keys}`,
      ...input,
    },
  }).start()
  return {
    actor,
    calls,
    /** pushes a live event as the subscription would */
    emit: (event: AttemptStreamEvent) => emit!({ type: 'ATTEMPT_EVENT', event }),
    until: (predicate: (snapshot: Snapshot) => boolean) =>
      waitFor(actor, predicate, { timeout: 2000 }),
  }
}

const scoredStream: AttemptStreamEvent[] = [
  { type: 'STATUS', sequence: 1, status: 'SCORING' },
  { type: 'SCORER_STARTED', sequence: 2, scorerId: 'star' },
  {
    type: 'SCORER_FINISHED',
    sequence: 3,
    scoreResult: { scorerId: 'star', status: 'OK', score: 80, label: 'STAR structure' },
  },
  { type: 'COMPLETED', sequence: 4, followUpCreated: true },
]

test('the room loads the first question, asks it, then listens', async () => {
  const { actor, until } = room()
  await until((s) => s.matches('asking'))
  expect(actor.getSnapshot().context.exchange?.id).toBe('ex-1')
  actor.send({ type: 'QUESTION_ASKED' })
  expect(actor.getSnapshot().matches('listening')).toBe(true)
})

test('a typed answer is sent, each scorer ticks in, and the feedback follows', async () => {
  const { actor, calls, emit, until } = room()
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches({ processing: 'scoring' }))
  expect(calls.submits).toEqual([{ exchangeId: 'ex-1', idempotencyKey: 'key-1', retry: false }])
  expect(actor.getSnapshot().context.pending).toBeNull()

  emit(scoredStream[1]!)
  expect(actor.getSnapshot().context.scorers).toEqual({ star: { status: 'RUNNING', score: null } })
  emit(scoredStream[2]!)
  expect(actor.getSnapshot().context.scorers.star).toMatchObject({ status: 'OK', score: 80 })
  emit(scoredStream[3]!)
  await until((s) => s.matches('feedback'))
  expect(actor.getSnapshot().context.result?.id).toBe('att-1')
  expect(actor.getSnapshot().context.followUpCreated).toBe(true)
})

test('events replayed by a reconnected subscription count once', async () => {
  const { actor, emit, until } = room()
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches({ processing: 'scoring' }))
  emit(scoredStream[1]!)
  emit(scoredStream[2]!)

  actor.send({ type: 'CONNECTION', online: false })
  expect(actor.getSnapshot().context.online).toBe(false)
  actor.send({ type: 'CONNECTION', online: true })
  // the snapshot after reconnecting holds what was already seen, then what is new
  emit({ type: 'SCORER_STARTED', sequence: 2, scorerId: 'star' })
  expect(actor.getSnapshot().context.scorers.star).toMatchObject({ status: 'OK', score: 80 })
  emit(scoredStream[3]!)
  await until((s) => s.matches('feedback'))
  expect(actor.getSnapshot().context.online).toBe(true)
})

test('a retry listens again and sends the next answer as a new attempt with a new key', async () => {
  const { actor, calls, until } = room({ events: scoredStream })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('feedback'))

  actor.send({ type: 'RETRY' })
  expect(actor.getSnapshot().matches('listening')).toBe(true)
  expect(actor.getSnapshot().context.result).toBeNull()
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('feedback'))
  expect(calls.submits.map((s) => [s.idempotencyKey, s.retry])).toEqual([
    ['key-1', false],
    ['key-2', true],
  ])
})

test('keeping an attempt marks it final; next asks the next question; a finished plan offers to finish', async () => {
  const { actor, calls, until } = room({
    events: scoredStream,
    next: async (call) => (call === 1 ? exchange('ex-1') : null),
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('feedback'))

  actor.send({ type: 'KEEP' })
  await until((s) => s.matches({ feedback: 'idle' }) && calls.kept.length === 1)
  expect(actor.getSnapshot().context.exchange?.finalAttempt?.id).toBe('att-1')

  actor.send({ type: 'NEXT' })
  await until((s) => s.matches('planDone'))
  actor.send({ type: 'FINISH' })
  await until((s) => s.matches('summary'))
  expect(actor.getSnapshot().status).toBe('done')
})

test('finishing from the feedback goes to the summary; a failed finish says so and can be tried again', async () => {
  let tries = 0
  const { actor, until } = room({
    events: scoredStream,
    finish: async () => {
      if (++tries === 1) throw new RoomApiError('NETWORK', 'The connection to Encore dropped.')
    },
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('feedback'))
  actor.send({ type: 'FINISH' })
  await until((s) => s.matches('planDone'))
  expect(actor.getSnapshot().context.notice?.message).toMatch(/could not be finished/)
  actor.send({ type: 'FINISH' })
  await until((s) => s.matches('summary'))
})

test('the interview closing because this room finished it leads to the summary, not to "closed"', async () => {
  let release: () => void = () => {}
  const { actor, until } = room({
    events: scoredStream,
    finish: () => new Promise<void>((resolve) => (release = resolve)),
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('feedback'))
  actor.send({ type: 'FINISH' })
  actor.send({ type: 'INTERVIEW_CLOSED', status: 'COMPLETED' })
  expect(actor.getSnapshot().matches('summary')).toBe(true)
  release()
})

test('the candidate can finish early, before answering the question asked', async () => {
  const { actor, until } = room()
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'FINISH' })
  await until((s) => s.matches('summary'))
})

test('a denied microphone switches to typing and says how to allow it', async () => {
  const { actor, until } = room()
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'MICROPHONE_UNAVAILABLE', reason: 'denied' })
  const { context } = actor.getSnapshot()
  expect(context.mode).toBe('typed')
  expect(context.notice).toMatchObject({
    kind: 'microphone',
    message: expect.stringMatching(/Type your answer/),
  })
  expect(actor.getSnapshot().matches('listening')).toBe(true)

  actor.send({ type: 'MICROPHONE_UNAVAILABLE', reason: 'absent' })
  expect(actor.getSnapshot().context.notice?.message).toMatch(/No microphone was found/)
  actor.send({ type: 'SET_MODE', mode: 'voice' })
  expect(actor.getSnapshot().context).toMatchObject({ mode: 'voice', notice: null })
})

test('a rate-limited answer is kept and the candidate is told when to send it, in words', async () => {
  const { actor, calls, until } = room({
    submit: async ({ idempotencyKey }) => {
      if (calls.submits.length === 1) {
        throw new RoomApiError(
          'RATE_LIMITED',
          'Too many answers in a short time. Try again in about 2 minutes.',
          110,
        )
      }
      return { id: `att-for-${idempotencyKey}`, status: 'QUEUED' }
    },
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches('listening') && s.context.notice !== null)
  const { context } = actor.getSnapshot()
  expect(context.notice?.message).toMatch(/in about 2 minutes\. Your answer is kept here/)
  expect(context.pending).toEqual(typed)

  actor.send({ type: 'SEND_AGAIN' })
  await until((s) => s.matches({ processing: 'scoring' }))
  expect(calls.submits.map((s) => s.idempotencyKey)).toEqual(['key-1', 'key-1'])
  expect(actor.getSnapshot().context.attemptId).toBe('att-for-key-1')
})

test('a failed upload is sent again with the same key, then kept for the candidate to resend', async () => {
  vi.useFakeTimers()
  try {
    const { actor, calls } = room({
      submit: async () => {
        throw new RoomApiError('NETWORK', 'The connection to Encore dropped.')
      },
    })
    await vi.waitFor(() => expect(actor.getSnapshot().matches('asking')).toBe(true))
    actor.send({ type: 'QUESTION_ASKED' })
    actor.send({ type: 'SUBMIT', answer: typed })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls.submits).toHaveLength(sendAttempts)
    expect(new Set(calls.submits.map((s) => s.idempotencyKey))).toEqual(new Set(['key-1']))
    const { context } = actor.getSnapshot()
    expect(actor.getSnapshot().matches('listening')).toBe(true)
    expect(context.notice).toMatchObject({ kind: 'send-failed' })
    expect(context.pending).toEqual(typed)
  } finally {
    vi.useRealTimers()
  }
})

test('an answer the server refuses says why and keeps the draft', async () => {
  const { actor, until } = room({
    submit: async () => {
      throw new RoomApiError('VALIDATION_FAILED', 'The transcript is empty: type or say an answer.')
    },
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: { kind: 'typed', transcript: ' ' } })
  await until((s) => s.matches('listening') && s.context.notice !== null)
  expect(actor.getSnapshot().context.notice).toMatchObject({
    kind: 'invalid',
    message: 'The transcript is empty: type or say an answer.',
  })
})

test('an interview closed elsewhere ends the room, from a refused answer or a live event', async () => {
  const refused = room({
    submit: async () => {
      throw new RoomApiError('INTERVIEW_CLOSED', 'Interview is completed.')
    },
  })
  await refused.until((s) => s.matches('asking'))
  refused.actor.send({ type: 'QUESTION_ASKED' })
  refused.actor.send({ type: 'SUBMIT', answer: typed })
  await refused.until((s) => s.matches('closed'))

  const live = room()
  await live.until((s) => s.matches('asking'))
  live.actor.send({ type: 'INTERVIEW_CLOSED', status: 'COMPLETED' })
  expect(live.actor.getSnapshot().matches('closed')).toBe(true)
  expect(live.actor.getSnapshot().context.closedStatus).toBe('COMPLETED')
})

test('a recording without a transcriber waits for the candidate to type what they said', async () => {
  const { actor, calls, until } = room({
    submit: async () => ({
      id: 'att-1',
      status: 'AWAITING_TRANSCRIPT',
      degradedReason: 'No speech-to-text service is configured.',
    }),
    events: scoredStream,
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({
    type: 'SUBMIT',
    answer: { kind: 'recording', audio: new Blob(['RIFF']), durationMs: 4000 },
  })
  await until((s) => s.matches('awaitingTranscript'))
  expect(actor.getSnapshot().context.degradedReason).toMatch(/speech-to-text/)
  actor.send({ type: 'PROVIDE_TRANSCRIPT', transcript: 'What I said.' })
  await until((s) => s.matches('feedback'))
  expect(calls.transcripts).toEqual(['What I said.'])
})

test('failed scoring shows the reason and can be scored again', async () => {
  let results = 0
  const { actor, calls, emit, until } = room({
    result: async (id) =>
      ++results === 1 ? attemptView(id, 'FAILED', 'Scoring stopped; try again.') : attemptView(id),
  })
  await until((s) => s.matches('asking'))
  actor.send({ type: 'QUESTION_ASKED' })
  actor.send({ type: 'SUBMIT', answer: typed })
  await until((s) => s.matches({ processing: 'scoring' }))
  emit({ type: 'FAILED', sequence: 2, reason: 'Scoring stopped; try again.' })
  await until((s) => s.matches('feedback'))
  expect(actor.getSnapshot().context.failure).toBe('Scoring stopped; try again.')

  actor.send({ type: 'RESCORE' })
  await until((s) => s.matches({ processing: 'scoring' }))
  expect(calls.rescored).toEqual(['att-1'])
  emit(scoredStream[3]!)
  await until((s) => s.matches('feedback'))
  expect(actor.getSnapshot().context.failure).toBeNull()
})

test('a question that could not be loaded says so and loads again on request', async () => {
  const { actor, until } = room({
    next: async (call) => {
      if (call === 1) throw new RoomApiError('NETWORK', 'The connection to Encore dropped.')
      return exchange('ex-1')
    },
  })
  await until((s) => s.matches('loadFailed'))
  expect(actor.getSnapshot().context.notice?.message).toMatch(/could not be loaded/)
  actor.send({ type: 'RELOAD' })
  await until((s) => s.matches('asking'))
})

test('a reload resumes where the candidate left off: feedback, scoring or the typed transcript', async () => {
  const scored = room(
    {},
    {
      resume: {
        exchange: exchange('ex-1', [{ id: 'a1', status: 'SCORED' }]),
        attempt: { id: 'a1', status: 'SCORED' },
      },
    },
  )
  await scored.until((s) => s.matches('feedback'))
  expect(scored.calls.next).toBe(0)

  const scoring = room(
    { events: scoredStream },
    {
      resume: {
        exchange: exchange('ex-1', [{ id: 'a1', status: 'SCORING' }]),
        attempt: { id: 'a1', status: 'SCORING' },
      },
    },
  )
  await scoring.until((s) => s.matches('feedback'))
  expect(scoring.calls.watched).toEqual(['a1'])
  expect(scoring.calls.submits).toEqual([])

  const waiting = room(
    {},
    {
      resume: {
        exchange: exchange('ex-1', [{ id: 'a1', status: 'AWAITING_TRANSCRIPT' }]),
        attempt: { id: 'a1', status: 'AWAITING_TRANSCRIPT' },
      },
    },
  )
  expect(waiting.actor.getSnapshot().matches('awaitingTranscript')).toBe(true)

  const fresh = room({}, { resume: { exchange: exchange('ex-1'), attempt: null } })
  await fresh.until((s) => s.matches('asking'))
  expect(fresh.calls.next).toBe(1)
})
