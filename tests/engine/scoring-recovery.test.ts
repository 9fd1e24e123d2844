// What a candidate notices when scoring is interrupted: nothing lost, nothing counted twice.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { failureReasons } from '../../interview/attempts/attempt-runner.ts'
import { defineScorer, type ConfiguredScorer } from '../../scoring/index.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, createEngine, createViewer, seeded } from './engine-fixture.ts'
import { fixedScoring } from './fixed-scoring.ts'

describeWithDatabases('scoring recovery', (testDatabase) => {
  let database: TestDatabase
  let ada: Viewer
  const engines: Awaited<ReturnType<typeof createEngine>>[] = []

  beforeAll(async () => {
    database = await seeded(testDatabase())
    ada = await createViewer(database, 'ada@example.com')
  })
  afterAll(async () => {
    for (const engine of engines) await engine.close()
  })

  const logged: unknown[][] = []
  const logger = { error: (...args: unknown[]) => logged.push(args), warn: () => {} }

  async function engineWith(extra: ConfiguredScorer[]) {
    const scoring = await fixedScoring()
    const engine = await createEngine(database, {
      scoring: { ...scoring, scorers: [...scoring.scorers, ...extra] },
      logger,
    })
    engines.push(engine)
    return engine
  }

  type Engine = Awaited<ReturnType<typeof engineWith>>

  /** Ada answers the first question of a new interview on `engine` with a labelled answer. */
  async function submitFirst(engine: Engine, seed: string, answerId: string) {
    const interview = await engine.interviews.start(ada, { jobDescription: backendJd, seed })
    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    return engine.attempts.submit(ada, { exchangeId: exchange.id, transcript: answer(answerId) })
  }

  /** A scorer that never answers until its run is cancelled: the process "crashes" meanwhile. */
  const hanging: ConfiguredScorer = {
    scorer: defineScorer({
      id: 'slow-judge',
      version: '1.0.0',
      dimension: 'content',
      description: 'Never finishes on its own.',
      score: (_input, { signal }) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        ),
    }),
    weight: 1,
    options: {},
    timeoutMs: 60_000,
  }

  const broken: ConfiguredScorer = {
    scorer: defineScorer({
      id: 'orphan',
      version: '1.0.0',
      dimension: 'content',
      description: 'Depends on a scorer that is not configured, so the pipeline cannot run.',
      dependsOn: ['missing-scorer'],
      score: async () => ({ abstain: { reason: 'never runs' } }),
    }),
    weight: 1,
    options: {},
  }

  test('an attempt whose scoring crashed midway is resumed at start without duplicate results', async () => {
    const crashing = await engineWith([hanging])
    await crashing.startScoring()
    const attempt = await submitFirst(crashing, 'crash', 'pressure-deadline-strong-1')
    const configured = (await fixedScoring()).scorers.length
    for (let i = 0; i < 400; i++) {
      if (
        (await database.prisma.scoreResult.count({ where: { attemptId: attempt.id } })) ===
        configured
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await crashing.queue.stop({ abort: true })
    const halfway = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(halfway.status).toBe('SCORING')
    expect(await database.prisma.scoreResult.count({ where: { attemptId: attempt.id } })).toBe(
      configured,
    )

    // a new process starts: it picks the attempt up again
    const restarted = await engineWith([])
    const late = await restarted.attempts.events(ada, attempt.id)
    expect(await restarted.startScoring()).toBe(1)
    const events = await collect(late)
    expect(events.at(-1)).toMatchObject({ type: 'COMPLETED' })
    const finished = events.filter((e) => e.type === 'SCORER_FINISHED')
    expect(finished).toHaveLength(configured)
    const rows = await database.prisma.scoreResult.findMany({ where: { attemptId: attempt.id } })
    expect(rows).toHaveLength(configured)
    expect(
      (await database.prisma.mockInterviewAttempt.findUniqueOrThrow({ where: { id: attempt.id } }))
        .status,
    ).toBe('SCORED')
  })

  test('two runs of one job at once (a stalled job taken over) store each result once and score once', async () => {
    const engine = await engineWith([]) // its queue never starts: the test runs the job itself
    const attempt = await submitFirst(engine, 'race', 'pressure-deadline-strong-1')
    const events = await engine.attempts.events(ada, attempt.id)
    const run = () =>
      engine.runAttempt(
        { attemptId: attempt.id },
        { attempt: 1, final: true, signal: new AbortController().signal },
      )
    await Promise.all([run(), run()])

    const seen = await collect(events)
    expect(seen.filter((e) => e.type === 'COMPLETED')).toHaveLength(1)
    const configured = (await fixedScoring()).scorers.length
    const rows = await database.prisma.scoreResult.findMany({ where: { attemptId: attempt.id } })
    expect(new Set(rows.map((row) => row.scorerId)).size).toBe(configured)
    expect(rows).toHaveLength(configured)
    const scored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(scored.status).toBe('SCORED')
    expect(logged).toEqual([])
  })

  test('a pipeline that cannot run marks the attempt failed with a reason for the candidate, and rescore scores it', async () => {
    const failing = await engineWith([broken])
    await failing.startScoring()
    const attempt = await submitFirst(failing, 'fail', 'customer-unhappy-strong-2')
    const events = await collect(await failing.attempts.events(ada, attempt.id))
    // the candidate reads what to do; the cause (internal text) is only in the log, by attempt id
    expect(events.at(-1)).toMatchObject({ type: 'FAILED', reason: failureReasons.scoring })
    const stored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(stored.error).toBe(failureReasons.scoring)
    expect(JSON.stringify(events)).not.toMatch(/missing-scorer/)
    const entry = logged.find((args) => String(args[0]).includes(attempt.id))
    expect(String(entry?.[0])).toContain(`[attempt ${attempt.id}]`)
    expect(String((entry?.[1] as Error | undefined)?.message)).toMatch(/missing-scorer/)
    await expect(failing.attempts.chooseFinal(ada, attempt.id)).rejects.toMatchObject({
      code: 'INVALID_ATTEMPT_STATE',
    })

    const fixed = await engineWith([])
    await fixed.startScoring()
    const again = await fixed.attempts.rescore(ada, attempt.id)
    expect(again.status).toBe('QUEUED')
    const rescored = await collect(await fixed.attempts.events(ada, attempt.id))
    expect(rescored.at(-1)).toMatchObject({ type: 'COMPLETED' })
    await expect(fixed.attempts.rescore(ada, attempt.id)).rejects.toMatchObject({
      code: 'INVALID_ATTEMPT_STATE',
    })
  })

  test('idle interviews are abandoned, not deleted, and take no more answers', async () => {
    const start = Date.now() + 24 * 60 * 60 * 1000
    let now = new Date(start)
    const engine = await createEngine(database, { clock: () => now })
    engines.push(engine)
    const idle = await engine.interviews.start(ada, { seed: 'idle' })
    const exchange = (await engine.interviews.nextQuestion(ada, idle.id))!
    now = new Date(start + 20 * 60 * 1000)
    const active = await engine.interviews.start(ada, { seed: 'active' })
    now = new Date(start + 31 * 60 * 1000)
    // other tests' interviews in this database are idle too by then
    expect(await engine.interviews.abandonIdle({ idleMs: 30 * 60 * 1000 })).toBeGreaterThanOrEqual(
      1,
    )
    expect((await engine.interviews.get(ada, idle.id)).status).toBe('ABANDONED')
    expect((await engine.interviews.get(ada, active.id)).status).toBe('PLANNED')
    await expect(
      engine.attempts.submit(ada, { exchangeId: exchange.id, transcript: 'late' }),
    ).rejects.toMatchObject({
      code: 'INTERVIEW_CLOSED',
    })
  })
})
