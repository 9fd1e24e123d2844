// Choosing another final attempt after finishing: the interview's summary and overall follow it.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { InterviewSummary } from '../../interview/summaries/summary.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, type Engine, useEngineSuite } from './engine-fixture.ts'

describeWithDatabases('the final attempt of a completed interview', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  useEngineSuite(testDatabase, (suite) => ({ database, engine, ada } = suite))

  test('choosing a weaker attempt after finishing updates the summary and overall score', async () => {
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 1,
      seed: 'final',
    })
    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    const strong = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('conflict-disagreement-strong-1'),
    })
    await engine.queue.idle()
    const weak = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: 'I do not really remember. I guess we just talked about it.',
    })
    await engine.queue.idle()
    const [strongRow, weakRow] = await Promise.all(
      [strong.id, weak.id].map((id) =>
        database.prisma.mockInterviewAttempt.findUniqueOrThrow({ where: { id } }),
      ),
    )
    expect(weakRow!.overallScore!).toBeLessThan(strongRow!.overallScore!)

    const finished = await engine.interviews.finish(ada, interview.id)
    expect(finished.status).toBe('COMPLETED')
    const before = finished.summary as unknown as InterviewSummary
    expect(before.overall).toBe(strongRow!.overallScore)

    const chosen = await engine.attempts.chooseFinal(ada, weak.id)
    expect(chosen.finalAttemptId).toBe(weak.id)
    const after = await engine.interviews.get(ada, interview.id)
    const summary = after.summary as unknown as InterviewSummary
    expect(summary.overall).toBe(weakRow!.overallScore)
    expect(after.overallScore).toBe(weakRow!.overallScore)
    expect(summary.storyCandidates.map((c) => c.attemptId)).not.toContain(strong.id)
    expect(after.status).toBe('COMPLETED')
    expect(after.completedAt).toEqual(finished.completedAt)

    await engine.attempts.chooseFinal(ada, strong.id)
    const back = await engine.interviews.get(ada, interview.id)
    expect(back.overallScore).toBe(strongRow!.overallScore)
    expect(back.summary).toEqual(finished.summary)
  })
})
