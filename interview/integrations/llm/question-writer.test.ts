import { openai } from '../../../tests/mocks/openai.ts'
import { useMockServer } from '../../../tests/mocks/server.ts'
import { ServiceUnavailableError } from '../service-error.ts'
import { createFollowUpWriter } from './follow-up-writer.ts'
import { createOpenAiClient } from './openai-client.ts'
import { createQuestionWriter } from './question-writer.ts'

useMockServer()

const llm = createOpenAiClient({
  apiKey: 'sk-test',
  model: 'gpt-4o-mini',
  timeoutMs: 2_000,
  maxRetries: 1,
})
const jobDescription =
  'We need a senior engineer who leads cross-team projects, mentors juniors and communicates clearly with stakeholders.'

const questions = [
  {
    text: 'Tell me about a time you led a project across teams.',
    competency: 'leadership',
    kind: 'behavioural',
  },
  {
    text: 'What would you do if a junior engineer kept missing deadlines?',
    competency: 'mentoring',
    kind: 'situational',
  },
]

test('competencies come back most important first, without duplicates', async () => {
  openai.reply = () =>
    JSON.stringify({
      competencies: [
        { name: 'communication', weight: 0.6, evidence: 'communicates clearly with stakeholders' },
        { name: 'leadership', weight: 0.9, evidence: 'leads cross-team projects' },
        { name: 'Leadership', weight: 0.5, evidence: 'senior engineer' },
      ],
    })
  const competencies = await createQuestionWriter({ llm }).extractCompetencies(jobDescription)
  expect(competencies.map((c) => c.name)).toEqual(['leadership', 'communication'])
  expect((openai.requests[0].body as any).messages.at(-1).content).toContain(jobDescription)
})

test('generated questions come back in the asked number, the competencies named in the schema', async () => {
  const extra = {
    text: 'Tell me about a time you had to say no.',
    competency: 'leadership',
    kind: 'behavioural',
  }
  openai.reply = () => JSON.stringify({ questions: [...questions, extra] })
  const result = await createQuestionWriter({ llm }).generateQuestions({
    jobDescription,
    competencies: ['leadership', 'mentoring'],
    count: 2,
  })
  expect(result).toEqual(questions)
  const schema = (openai.requests[0].body as any).response_format.json_schema.schema
  expect(schema.properties.questions.items.properties.competency.description).toBe(
    'one of: leadership, mentoring',
  )
})

test('too few questions, or one for a competency nobody asked for, come back without a repair round', async () => {
  const wrong = { ...questions[0], competency: 'juggling' }
  openai.reply = () => JSON.stringify({ questions: [wrong] })
  const result = await createQuestionWriter({ llm }).generateQuestions({
    jobDescription,
    competencies: ['leadership', 'mentoring'],
    count: 2,
  })
  // the plan leaves out what the bank does not know and tops up the rest
  expect(result).toEqual([wrong])
  expect(openai.requests).toHaveLength(1)
})

test('no questions twice is reported as OpenAI being unusable', async () => {
  openai.reply = () => JSON.stringify({ questions: [] })
  const writing = createQuestionWriter({ llm }).generateQuestions({
    jobDescription,
    competencies: ['leadership', 'mentoring'],
    count: 2,
  })
  await expect(writing).rejects.toBeInstanceOf(ServiceUnavailableError)
  await expect(writing).rejects.toMatchObject({ service: 'openai', code: 'SERVICE_UNAVAILABLE' })
  expect(openai.requests).toHaveLength(2)
})

test('a follow-up question targets what the answer missed', async () => {
  openai.reply = () =>
    JSON.stringify({
      followUp: {
        question: 'What changed once the migration was done?',
        targets: 'result',
        reason: 'No result given.',
      },
    })
  const followUp = await createFollowUpWriter({ llm }).suggestFollowUp({
    question: 'Tell me about a time you led a project.',
    competency: 'leadership',
    transcript: 'I led the migration of our billing system.',
    missing: ['result'],
  })
  expect(followUp).toEqual({
    question: 'What changed once the migration was done?',
    targets: 'result',
    reason: 'No result given.',
  })
  expect((openai.requests[0].body as any).messages.at(-1).content).toContain(
    'The answer missed: result.',
  )
})

test('a follow-up request during an outage throws a readable, retryable error', async () => {
  openai.script('429', '429')
  const suggesting = createFollowUpWriter({ llm }).suggestFollowUp({
    question: 'Tell me about a time you led a project.',
    competency: 'leadership',
    transcript: 'I led the migration.',
  })
  await expect(suggesting).rejects.toMatchObject({
    reason: 'OpenAI is rate-limiting requests (429)',
    retryable: true,
    status: 429,
  })
})
