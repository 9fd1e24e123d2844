// With OpenAI configured and answering: tailored questions, cached on the plan, and LLM follow-ups.
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import { createFollowUpWriter } from '../../interview/integrations/llm/follow-up-writer.ts'
import { createOpenAiClient } from '../../interview/integrations/llm/openai-client.ts'
import { createQuestionWriter } from '../../interview/integrations/llm/question-writer.ts'
import type { InterviewPlan } from '../../interview/plans/interview-plan.ts'
import { openai, type ChatCompletionRequestBody } from '../mocks/openai.ts'
import { schemaName } from '../mocks/openai-replies.ts'
import { useMockServer } from '../mocks/server.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, type Engine, useEngineSuite } from './engine-fixture.ts'

useMockServer()

const competencies = {
  competencies: [
    { name: 'Handling conflict', weight: 0.5, evidence: 'resolve conflicts between teams' },
    { name: 'Mentoring', weight: 0.3, evidence: 'mentor junior engineers' },
    { name: 'Prioritisation', weight: 0.2, evidence: 'prioritise competing priorities' },
  ],
}

const tailored = [
  {
    text: 'Tell me about a time two Ledgerly teams disagreed about a payments API.',
    competency: 'conflict',
    kind: 'behavioural',
  },
  {
    text: 'Tell me about a junior engineer you coached through their first on-call week.',
    competency: 'mentoring',
    kind: 'behavioural',
  },
  {
    text: 'What would you do if a settlement bug and a launch deadline landed on the same day?',
    competency: 'prioritisation',
    kind: 'situational',
  },
  {
    text: 'Tell me about a code review where you and a peer could not agree.',
    competency: 'conflict',
    kind: 'behavioural',
  },
  {
    text: 'What would you do if a mentee kept shipping without tests?',
    competency: 'mentoring',
    kind: 'situational',
  },
]

const llmFollowUp = {
  question: 'What did the customers see once your fix was live?',
  targets: 'result',
  reason: 'The answer stopped before its outcome.',
}

function fakeModel(questions: unknown[]) {
  return (body: ChatCompletionRequestBody) => {
    const name = schemaName(body)
    if (name === 'job_competencies') return JSON.stringify(competencies)
    if (name === 'interview_questions') return JSON.stringify({ questions })
    if (name === 'follow_up_question') return JSON.stringify({ followUp: llmFollowUp })
    throw new Error(`The fake model was asked for an unexpected schema: ${name}`)
  }
}

const requestsFor = (name: string) =>
  openai.requests.filter((r) => schemaName(r.body as ChatCompletionRequestBody) === name).length

describeWithDatabases('OpenAI answering', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  useEngineSuite(
    testDatabase,
    (suite) => ({ database, engine, ada } = suite),
    () => {
      const llm = createOpenAiClient({
        apiKey: 'sk-test',
        model: 'gpt-test',
        timeoutMs: 2_000,
        maxRetries: 1,
      })
      return {
        llm: {
          questionWriter: createQuestionWriter({ llm }),
          followUpWriter: createFollowUpWriter({ llm }),
        },
      }
    },
  )

  test('a job description gets tailored questions, cached on the plan and asked without asking OpenAI again', async () => {
    openai.reply = fakeModel(tailored)
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 5,
      seed: 'tailored',
    })
    expect(openai.requests).toHaveLength(2)
    expect(requestsFor('job_competencies')).toBe(1)
    expect(requestsFor('interview_questions')).toBe(1)

    const plan = interview.plan as unknown as InterviewPlan
    expect(plan.degraded).toBeNull()
    expect(plan.questions.map((q) => q.source)).toEqual(Array(5).fill('GENERATED'))
    expect(plan.questions.map((q) => q.text).sort()).toEqual(tailored.map((q) => q.text).sort())
    expect(new Set(plan.questions.slice(0, 3).map((q) => q.competency))).toEqual(
      new Set(['conflict', 'mentoring', 'prioritisation']),
    )
    const rows = await database.prisma.question.findMany({
      where: { id: { in: plan.questions.map((q) => q.id) } },
    })
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      expect(row).toMatchObject({
        source: 'GENERATED',
        userId: ada.userId,
        jobDescriptionId: interview.jobDescriptionId,
      })
    }

    // every planned question is served from the plan; only follow-ups ask OpenAI
    const asked: string[] = []
    for (;;) {
      const next = await engine.interviews.nextQuestion(ada, interview.id)
      if (!next) break
      if (next.followUpOfId === null) {
        asked.push(next.questionText)
        expect(next.questionId).toBe(plan.questions[asked.length - 1]!.id)
      }
      await engine.attempts.submit(ada, {
        exchangeId: next.id,
        transcript: answer('conflict-disagreement-strong-1'),
      })
      await engine.queue.idle()
    }
    expect(asked).toEqual(plan.questions.map((q) => q.text))
    expect(requestsFor('job_competencies')).toBe(1)
    expect(requestsFor('interview_questions')).toBe(1)
  })

  test('a weak answer gets the follow-up the LLM wrote', async () => {
    openai.reply = fakeModel(tailored)
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      seed: 'follow-up',
    })
    const exchange = (await engine.interviews.nextQuestion(ada, interview.id))!
    const before = openai.requests.length
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-generic-1'),
    })
    const events = await collect(await engine.attempts.events(ada, attempt.id))
    const completed = events.at(-1) as Extract<AttemptEvent, { type: 'COMPLETED' }>
    expect(completed).toMatchObject({ type: 'COMPLETED', followUpCreated: true })
    expect(openai.requests.slice(before).map((r) => schemaName(r.body as never))).toEqual([
      'follow_up_question',
    ])

    const followUp = (await engine.interviews.nextQuestion(ada, interview.id))!
    expect(followUp.followUpOfId).toBe(exchange.id)
    expect(followUp.questionText).toBe(llmFollowUp.question)
    const stored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
    })
    expect(stored.degraded).toBe(false)
    expect(stored.followUp).toMatchObject({ ...llmFollowUp, exchangeId: followUp.id })
  })

  test('too few usable tailored questions are topped up from the bank, every competency still asked first', async () => {
    openai.reply = fakeModel([
      tailored[1],
      {
        ...tailored[0],
        text: 'Tell me about your underwater basket weaving.',
        competency: 'Basketry',
      },
      tailored[2],
    ])
    const interview = await engine.interviews.start(ada, {
      jobDescription: backendJd,
      questionCount: 5,
      seed: 'short',
    })
    expect(requestsFor('interview_questions')).toBe(1)
    const plan = interview.plan as unknown as InterviewPlan
    expect(plan.questions).toHaveLength(5)
    expect(plan.degraded).toBeNull()
    const generated = plan.questions.filter((q) => q.source === 'GENERATED')
    expect(generated.map((q) => q.text).sort()).toEqual(
      [tailored[1]!.text, tailored[2]!.text].sort(),
    )
    expect(plan.questions.some((q) => /basket/.test(q.text))).toBe(false)
    expect(new Set(plan.questions.slice(0, 3).map((q) => q.competency))).toEqual(
      new Set(['conflict', 'mentoring', 'prioritisation']),
    )
    const bankRows = await database.prisma.question.count({
      where: {
        id: { in: plan.questions.filter((q) => q.source === 'BANK').map((q) => q.id) },
        source: 'BANK',
      },
    })
    expect(bankRows).toBe(3)
    // only the questions asked are cached
    expect(
      await database.prisma.question.count({
        where: { source: 'GENERATED', jobDescriptionId: interview.jobDescriptionId },
      }),
    ).toBe(2)
  })
})
