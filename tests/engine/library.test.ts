import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, createViewer, type Engine, useEngineSuite } from './engine-fixture.ts'

describeWithDatabases('library', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  let bob: Viewer
  useEngineSuite(testDatabase, (suite) => ({ database, engine, ada, bob } = suite))

  test('stories are found by competency, job description and text in any case', async () => {
    const jd = await engine.jobDescriptions.create(ada, backendJd)
    const kafka = await engine.library.create(ada, {
      title: 'Kafka or batch',
      competencies: ['conflict'],
      action: 'I ran both consumers side by side in SHADOW mode for a week.',
      jobDescriptionId: jd.id,
    })
    const mentoring = await engine.library.create(ada, {
      title: 'Growing Sam',
      competencies: ['mentoring'],
    })
    await engine.library.create(bob, { title: 'Shadow puppets', competencies: ['conflict'] })

    const ids = async (filters: object) =>
      (await engine.library.list(ada, filters)).map((s) => s.id)
    expect(await ids({ search: 'shadow' })).toEqual([kafka.id])
    expect(await ids({ competency: 'mentoring' })).toEqual([mentoring.id])
    expect(await ids({ jobDescriptionId: jd.id })).toEqual([kafka.id])
    expect((await ids({})).sort()).toEqual([kafka.id, mentoring.id].sort())

    const renamed = await engine.library.update(ada, mentoring.id, {
      title: 'Growing Sam into a lead',
    })
    expect(renamed.title).toBe('Growing Sam into a lead')
    await expect(engine.library.update(bob, mentoring.id, { title: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await engine.library.delete(ada, mentoring.id)).toEqual({ id: mentoring.id })
    await expect(engine.library.get(ada, mentoring.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  test("a job description's competencies show as covered, weak or missing by the stories saved", async () => {
    const ada = await createViewer(database, 'carol@example.com')
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 3,
      // a seed whose conflict question is behavioural, the kind the strong story answers: told
      // "What would you do?", the same story now scores just under 70 (calibrated, as the app scores)
      seed: 'cover-2',
    })
    const byCompetency = new Map<string, string>()
    for (;;) {
      const exchange = await engine.interviews.nextQuestion(ada, interview.id)
      if (!exchange || byCompetency.has(exchange.competency)) break
      if (exchange.competency === 'conflict') expect(exchange.kind).toBe('BEHAVIOURAL')
      const text =
        exchange.competency === 'conflict'
          ? answer('conflict-disagreement-strong-1')
          : answer('prioritisation-urgent-jargon-1')
      const attempt = await engine.attempts.submit(ada, {
        exchangeId: exchange.id,
        transcript: text,
      })
      byCompetency.set(exchange.competency, attempt.id)
      await engine.queue.idle()
      const pending = await engine.interviews.nextQuestion(ada, interview.id)
      if (pending?.followUpOfId) {
        await engine.attempts.submit(ada, {
          exchangeId: pending.id,
          transcript: 'I would rather not say.',
        })
        await engine.queue.idle()
      }
    }
    for (const attemptId of byCompetency.values())
      await engine.library.saveFromAttempt(ada, { attemptId })
    const coverage = await engine.library.coverage(ada, interview.jobDescriptionId!)
    const status = Object.fromEntries(coverage.map((c) => [c.competency, c]))
    expect(status.conflict).toMatchObject({ status: 'covered', stories: 1 })
    expect(status.conflict!.bestScore).toBeGreaterThanOrEqual(70)
    const weak = Object.values(status).filter((c) => c.status === 'weak')
    expect(weak.length).toBeGreaterThan(0)
    for (const entry of weak) expect(entry.bestScore).toBeLessThan(70)

    // another job asks for conflict and for customer focus, which no story covers yet
    const support = await engine.jobDescriptions.create(ada, {
      title: 'Support Engineer',
      text: 'In this customer-facing role you will handle disagreement with respect and own customer satisfaction.',
    })
    const supportCoverage = Object.fromEntries(
      (await engine.library.coverage(ada, support.id)).map((c) => [c.competency, c]),
    )
    expect(supportCoverage.conflict).toMatchObject({ status: 'covered', stories: 1 })
    expect(supportCoverage['customer-focus']).toMatchObject({
      status: 'missing',
      stories: 0,
      bestScore: null,
    })

    // the export holds each saved story under the job's heading, with its STAR parts
    const markdown = await engine.library.exportMarkdown(ada, {
      jobDescriptionId: interview.jobDescriptionId,
    })
    const stories = await engine.library.list(ada, { jobDescriptionId: interview.jobDescriptionId })
    expect(stories).toHaveLength(byCompetency.size)
    expect(markdown).toMatch(/^# STAR stories for Senior Backend Engineer at Ledgerly/)
    for (const story of stories) {
      expect(markdown).toContain(`## ${story.title}`)
      if (story.action) expect(markdown).toContain(`**Action.** ${story.action}`)
    }
    expect(
      (await engine.library.exportMarkdown(ada, { jobDescriptionId: support.id })).trim(),
    ).toBe('# STAR stories for Support Engineer\n\n_No stories saved yet._')
  })
})
