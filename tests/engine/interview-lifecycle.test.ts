// Edges of an interview's lifecycle a careful review found: racing a finish, finishing twice,
// a follow-up writer that answers with nothing usable.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import type { EngineEvent } from '../../interview/events/engine-events.ts'
import { createInMemoryPubSub } from '../../interview/events/pubsub.ts'
import type { FollowUpWriter } from '../../interview/integrations/llm/follow-up-writer.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, collect, createEngine, createViewer, seeded } from './engine-fixture.ts'

/** The client, with its next `$transaction` held until `release()` once `arm()` is called. */
function holdNextTransaction(prisma: PrismaClient) {
  let armed = false
  let release!: () => void
  let reached!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  const entered = new Promise<void>((resolve) => (reached = resolve))
  const db = new Proxy(prisma, {
    get(target, property) {
      const value = Reflect.get(target, property, target)
      if (property === '$transaction' && armed) {
        armed = false
        return async (...args: unknown[]) => {
          reached()
          await held
          return (target.$transaction as (...a: unknown[]) => unknown)(...args)
        }
      }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { db, arm: () => (armed = true), entered, release }
}

describeWithDatabases('interview lifecycle', (testDatabase) => {
  let database: TestDatabase
  const engines: Awaited<ReturnType<typeof createEngine>>[] = []
  let ada: Viewer

  beforeAll(async () => {
    database = await seeded(testDatabase())
    ada = await createViewer(database, 'ada@example.com')
  })
  afterAll(async () => {
    for (const engine of engines) await engine.close()
  })

  async function engineWith(overrides: Parameters<typeof createEngine>[1] = {}) {
    const engine = await createEngine(database, overrides)
    engines.push(engine)
    await engine.startScoring()
    return engine
  }

  test('an interview finished while its next question is being asked stays completed', async () => {
    const engine = await engineWith()
    const hold = holdNextTransaction(database.prisma)
    const racing = await engineWith({ db: hold.db })
    const interview = await engine.interviews.start(ada, { seed: 'race' })

    hold.arm()
    const asking = racing.interviews.nextQuestion(ada, interview.id)
    await hold.entered
    await engine.interviews.finish(ada, interview.id)
    hold.release()

    await expect(asking).rejects.toMatchObject({ code: 'INTERVIEW_CLOSED' })
    const after = await engine.interviews.get(ada, interview.id)
    expect(after.status).toBe('COMPLETED')
    expect(
      await database.prisma.mockInterviewExchange.count({ where: { interviewId: interview.id } }),
    ).toBe(0)
  })

  test('finishing twice at once completes the interview once and announces it once', async () => {
    const pubsub = createInMemoryPubSub<EngineEvent>()
    const published: EngineEvent[] = []
    const engine = await engineWith({
      pubsub: {
        ...pubsub,
        publish(topic, event) {
          published.push(event)
          pubsub.publish(topic, event)
        },
      },
    })
    const interview = await engine.interviews.start(ada, { seed: 'twice' })
    const [one, two] = await Promise.all([
      engine.interviews.finish(ada, interview.id),
      engine.interviews.finish(ada, interview.id),
    ])
    expect([one.status, two.status]).toEqual(['COMPLETED', 'COMPLETED'])
    expect(two.summary).toEqual(one.summary)
    const completions = published.filter(
      (e) => 'interviewId' in e && e.type === 'STATUS' && e.status === 'COMPLETED',
    )
    expect(completions).toHaveLength(1)
  })

  test('a follow-up writer with nothing usable to say leaves the local follow-up, and says so', async () => {
    const blank: FollowUpWriter = {
      suggestFollowUp: async () => ({ question: '  ', targets: 'result', reason: '' }),
    }
    const engine = await engineWith({ llm: { followUpWriter: blank } })
    const interview = await engine.interviews.start(ada, { seed: 'blank' })
    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-generic-1'),
    })
    const events = await collect(await engine.attempts.events(ada, attempt.id))
    const completed = events.at(-1) as Extract<AttemptEvent, { type: 'COMPLETED' }>
    expect(completed).toMatchObject({ type: 'COMPLETED', followUpCreated: true })
    const followUp = (await engine.interviews.nextQuestion(ada, interview.id))!
    expect(followUp.followUpOfId).toBe(exchange.id)
    expect(followUp.questionText.trim()).not.toBe('')
    expect(followUp.questionText).toBe(completed.response.followUp!.question)
    const stored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(stored.degradedReason).toMatch(/no usable question.*local follow-up was asked/)
  })
})
