// Live scoring over graphql-ws and server-sent events: per-scorer events then COMPLETED, a late
// subscriber's snapshot, and an interview's own events.
import type { Scorer } from '../../scoring/index.ts'
import { builtinScoring } from '../../server/scoring-setup.ts'
import { describeWithDatabases } from '../setup/database.ts'
import { gqlData, startApiServer, wsClient, type ApiServer } from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'
import * as doc from './interview-documents.ts'

const answer =
  'In my last role I led the migration of our billing service. I planned the cut-over, wrote the ' +
  'runbook and moved 40% of traffic first; we finished a week early with no customer incidents.'

/** Holds every built-in scorer until the test opens it, so a subscriber sees scoring start. */
function gatedScoring() {
  let open: () => void = () => {}
  let opened = Promise.resolve()
  const gate: Scorer = {
    id: 'gate',
    version: '1.0.0',
    dimension: 'content',
    description: 'Waits for the test.',
    async score() {
      await opened
      return { abstain: { reason: 'gate: it only holds the others back' } }
    },
  }
  const base = builtinScoring()
  return {
    /** the next attempt's scoring waits until `open()` */
    arm() {
      opened = new Promise<void>((resolve) => (open = resolve))
    },
    open: () => open(),
    scoring: {
      ...base,
      scorers: [
        { scorer: gate, weight: 0, options: {} },
        ...base.scorers.map((entry) => ({
          ...entry,
          scorer: { ...entry.scorer, dependsOn: [...(entry.scorer.dependsOn ?? []), 'gate'] },
        })),
      ],
    },
  }
}

async function readSse(response: Response): Promise<any[]> {
  const text = await response.text()
  return text
    .split('\n\n')
    .map((block) => block.split('\n').find((line) => line.startsWith('data:')))
    .map((line) => line?.slice('data:'.length).trim())
    .filter((data): data is string => Boolean(data))
    .map((data) => JSON.parse(data))
    .filter((message) => message.data)
}

describeWithDatabases('subscriptions', (database) => {
  let server: ApiServer
  let token: string
  const gated = gatedScoring()

  beforeAll(async () => {
    server = await startApiServer(database(), { scoring: gated.scoring })
    token = (await signUp(server.url, 'live')).sessionToken
  }, 60_000)
  afterAll(() => server?.stop())

  /** A new interview's first question, answered: the attempt's id. */
  async function answerFirstQuestion(): Promise<string> {
    const { exchangeId } = await firstQuestion(server.url, token)
    const submitted = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId, transcript: answer } },
      token,
    )
    return submitted.submitAttempt.id
  }

  async function liveEvents() {
    gated.arm()
    const attemptId = await answerFirstQuestion()
    const client = wsClient(server.wsUrl, token)
    const events: any[] = []
    try {
      for await (const message of client.iterate({
        query: doc.AttemptEvents,
        variables: { attemptId },
      })) {
        expect(message.errors).toBeUndefined()
        events.push((message.data as any).attemptEvents)
        if (events.length === 1) gated.open()
      }
    } finally {
      await client.dispose()
    }
    return events
  }

  const scorerIds = () =>
    gated.scoring.scorers.map((entry) => entry.scorer.id).filter((id) => id !== 'gate')

  test('a subscriber sees each scorer finish live, then COMPLETED', async () => {
    const events = await liveEvents()
    const finished = events
      .filter((e) => e.type === 'SCORER_FINISHED')
      .map((e) => e.scoreResult.scorerId)
    expect(finished.sort()).toEqual([...scorerIds(), 'gate'].sort())
    expect(events.at(-1)).toMatchObject({
      type: 'COMPLETED',
      result: { overall: expect.any(Number) },
    })
    const sequences = events.map((e) => e.sequence)
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences)
  }, 30_000)

  // Scorers that start together share one sequence number: each start still reaches the subscriber.
  test('a subscriber sees each scorer start before it finishes', async () => {
    const events = await liveEvents()
    // the gate's own start comes before or after the subscription, as the race goes
    const started = events
      .filter((e) => e.type === 'SCORER_STARTED' && e.scorerId !== 'gate')
      .map((e) => e.scorerId)
    expect(started.sort()).toEqual(scorerIds().sort())
    for (const id of scorerIds()) {
      const start = events.findIndex((e) => e.scorerId === id)
      const end = events.findIndex((e) => e.scoreResult?.scorerId === id)
      expect(start).toBeLessThan(end)
    }
  }, 30_000)

  test('a late subscriber over server-sent events gets the stored results, then the end', async () => {
    const attemptId = await answerFirstQuestion()
    // Wait until it is scored, then subscribe: everything comes from the snapshot.
    const client = wsClient(server.wsUrl, token)
    for await (const _ of client.iterate({ query: doc.AttemptEvents, variables: { attemptId } }))
      void _
    await client.dispose()

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: doc.AttemptEvents, variables: { attemptId } }),
    })
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const events = (await readSse(response)).map((message) => message.data.attemptEvents)
    expect(events.filter((e) => e.type === 'SCORER_FINISHED')).toHaveLength(
      gated.scoring.scorers.length,
    )
    expect(events.filter((e) => e.type === 'SCORER_STARTED')).toEqual([])
    expect(events.at(-1).type).toBe('COMPLETED')
  }, 30_000)

  test('an interview streams its questions, scored answers and completion', async () => {
    const started = await gqlData(
      server.url,
      doc.StartMockInterview,
      { input: { questionCount: 1, seed: 'events' } },
      token,
    )
    const interviewId = started.startMockInterview.id
    const client = wsClient(server.wsUrl, token)
    const events: any[] = []
    const stepThrough = async () => {
      const next = await gqlData(server.url, doc.NextQuestion, { interviewId }, token)
      const sent = await gqlData(
        server.url,
        doc.SubmitAttempt,
        { input: { exchangeId: next.nextQuestion.id, transcript: answer } },
        token,
      )
      await new Promise<void>((resolve) => {
        const wait = setInterval(() => {
          if (events.some((e) => e.type === 'ATTEMPT_SCORED')) resolve(clearInterval(wait))
        }, 20)
      })
      expect(events.find((e) => e.type === 'ATTEMPT_SCORED').attemptId).toBe(sent.submitAttempt.id)
      await gqlData(server.url, doc.FinishMockInterview, { id: interviewId }, token)
    }
    let stepping: Promise<void> = Promise.resolve()
    const reading = (async () => {
      for await (const message of client.iterate({
        query: `subscription ($id: ID!) { mockInterviewEvents(interviewId: $id) {
          type ... on MockInterviewStatusChanged { status } ... on ExchangeAdded { exchangeId followUpOfId }
          ... on AttemptScored { attemptId overallScore } } }`,
        variables: { id: interviewId },
      })) {
        events.push((message.data as any).mockInterviewEvents)
        if (events.length === 1) stepping = stepThrough()
      }
    })()
    await reading
    await stepping
    await client.dispose()
    // The scored answer earns a follow-up question: a second exchange, asked after it.
    expect(events.map((e) => e.status ?? e.type)).toEqual([
      'PLANNED',
      'IN_PROGRESS',
      'EXCHANGE_ADDED',
      'ATTEMPT_SCORED',
      'EXCHANGE_ADDED',
      'COMPLETED',
    ])
    expect(events[4].followUpOfId).toBe(events[2].exchangeId)
  }, 30_000)
})
