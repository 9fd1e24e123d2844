// What a subscriber to an interview sees: its status, each question added, each answer scored.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { InterviewEvent } from '../../interview/interviews/interview-events.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, type Engine, useEngineSuite } from './engine-fixture.ts'

describeWithDatabases('interview events', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  let bob: Viewer
  useEngineSuite(testDatabase, (suite) => ({ database, engine, ada, bob } = suite))

  test('a subscriber sees the status change, the questions added and the answers scored, then the end', async () => {
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 2,
      seed: 'events',
    })
    const seen = collect(await engine.interviews.events(ada, interview.id))

    const first = (await engine.interviews.nextQuestion(ada, interview.id))!
    const weak = await engine.attempts.submit(ada, {
      exchangeId: first.id,
      transcript: answer('failure-mistake-generic-1'),
    })
    await engine.queue.idle()
    const scored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: weak.id },
    })
    const followUp = await database.prisma.mockInterviewExchange.findFirstOrThrow({
      where: { followUpOfId: first.id },
    })
    await engine.interviews.finish(ada, interview.id)

    const events = await seen
    const shape = events.map(({ at: _at, ...rest }) => rest)
    expect(shape).toEqual([
      { type: 'STATUS', interviewId: interview.id, status: 'PLANNED' },
      { type: 'STATUS', interviewId: interview.id, status: 'IN_PROGRESS' },
      {
        type: 'EXCHANGE_ADDED',
        interviewId: interview.id,
        exchangeId: first.id,
        followUpOfId: null,
      },
      {
        type: 'ATTEMPT_SCORED',
        interviewId: interview.id,
        exchangeId: first.id,
        attemptId: weak.id,
        overallScore: scored.overallScore,
      },
      {
        type: 'EXCHANGE_ADDED',
        interviewId: interview.id,
        exchangeId: followUp.id,
        followUpOfId: first.id,
      },
      { type: 'STATUS', interviewId: interview.id, status: 'COMPLETED' },
    ])
    for (const event of events) expect(event.at).toBeInstanceOf(Date)
    expect(engine.pubsub.listenerCount(`interview:${interview.id}`)).toBe(0)
  })

  test('a subscriber to a finished interview gets its status and the stream ends', async () => {
    const interview = await engine.interviews.start(ada, { seed: 'finished' })
    await engine.interviews.finish(ada, interview.id)
    const events: InterviewEvent[] = await collect(
      await engine.interviews.events(ada, interview.id),
    )
    expect(events).toMatchObject([{ type: 'STATUS', status: 'COMPLETED' }])
  })

  test('a subscriber that leaves before its first event holds no subscription', async () => {
    const interview = await engine.interviews.start(ada, { seed: 'left' })
    const events = await engine.interviews.events(ada, interview.id)
    expect(engine.pubsub.listenerCount(`interview:${interview.id}`)).toBe(1)
    await events[Symbol.asyncIterator]().return!()
    expect(engine.pubsub.listenerCount(`interview:${interview.id}`)).toBe(0)
  })

  test("another user's interview events are NOT_FOUND, and nothing is subscribed", async () => {
    const interview = await engine.interviews.start(ada, { seed: 'private' })
    await expect(engine.interviews.events(bob, interview.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(engine.pubsub.listenerCount(`interview:${interview.id}`)).toBe(0)
  })
})
