// With OpenAI configured but failing, the interview goes on: the local result stands, degraded.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import { createFollowUpWriter } from '../../interview/integrations/llm/follow-up-writer.ts'
import { createLlmScorer } from '../../interview/integrations/llm/llm-scorer.ts'
import { createOpenAiClient } from '../../interview/integrations/llm/openai-client.ts'
import { createQuestionWriter } from '../../interview/integrations/llm/question-writer.ts'
import type { InterviewPlan } from '../../interview/plans/interview-plan.ts'
import { openai } from '../mocks/openai.ts'
import { useMockServer } from '../mocks/server.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, type Engine, useEngineSuite } from './engine-fixture.ts'
import { fixedScoring } from './fixed-scoring.ts'

useMockServer()

describeWithDatabases('an OpenAI outage', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  useEngineSuite(
    testDatabase,
    (suite) => ({ database, engine, ada } = suite),
    async () => {
      const llm = createOpenAiClient({
        apiKey: 'sk-test',
        model: 'gpt-test',
        timeoutMs: 2_000,
        maxRetries: 1,
      })
      const scoring = await fixedScoring()
      return {
        scoring: {
          ...scoring,
          scorers: [
            ...scoring.scorers,
            { scorer: createLlmScorer({ llm }), weight: 1.5, options: {} },
          ],
        },
        llm: {
          questionWriter: createQuestionWriter({ llm }),
          followUpWriter: createFollowUpWriter({ llm }),
        },
      }
    },
  )

  test('an OpenAI outage leaves the local scores standing and the attempt marked degraded', async () => {
    openai.script(...Array.from({ length: 40 }, () => '500' as const))

    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      seed: 'outage',
    })
    const plan = interview.plan as unknown as InterviewPlan
    expect(plan.questions).toHaveLength(5)
    expect(plan.questions.every((q) => q.source === 'BANK')).toBe(true)
    expect(plan.degraded?.reason).toMatch(/OpenAI had a server error \(500\)/)

    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-generic-1'),
    })
    const events = await collect(await engine.attempts.events(ada, attempt.id))
    const completed = events.at(-1) as Extract<AttemptEvent, { type: 'COMPLETED' }>
    expect(completed.type).toBe('COMPLETED')
    expect(completed.response.overall).toEqual(expect.any(Number))
    expect(completed.response.scorers.find((s) => s.id === 'llm-content')).toMatchObject({
      status: 'abstained',
    })
    expect(completed.response.degraded?.reason).toMatch(/OpenAI/)

    const stored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(stored.status).toBe('SCORED')
    expect(stored.degraded).toBe(true)
    expect(stored.degradedReason).toMatch(/OpenAI had a server error \(500\)/)
    expect(openai.requests.length).toBeGreaterThan(0)

    // the follow-up still comes, from the local templates
    expect(completed.followUpCreated).toBe(true)
    const followUp = (await engine.interviews.nextQuestion(ada, interview.id))!
    expect(followUp.followUpOfId).toBe(exchange.id)
    expect(followUp.questionText).toBe(completed.response.followUp!.question)
    expect(stored.degradedReason).toMatch(/local follow-up was asked/)
  })
})
