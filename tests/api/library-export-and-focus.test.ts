// What the library and progress screens ask of the API beyond issue 4: the Markdown export as a
// field, and an interview focused on a few competencies ("practise this").
import { describeWithDatabases } from '../setup/database.ts'
import { gqlData, startApiServer, type ApiServer } from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'
import * as doc from './interview-documents.ts'

const jobDescription = {
  title: 'Engineering Manager',
  company: 'Ledgerly',
  text:
    'You will lead a team of backend engineers, resolve conflicts between teams constructively, ' +
    'mentor junior engineers, and prioritise competing deadlines across the payments platform.',
}

const CreateStory = /* GraphQL */ `
  mutation ($input: CreateStarStoryInput!) {
    createStarStory(input: $input) {
      __typename
      ... on StarStory {
        id
        sourceAttempt {
          id
        }
      }
      ... on Error {
        code
      }
    }
  }
`
const Markdown = /* GraphQL */ `
  query ($job: ID) {
    viewer {
      storiesMarkdown(jobDescriptionId: $job)
    }
  }
`

describeWithDatabases('the library screens’ API', (database) => {
  let server: ApiServer
  beforeAll(async () => {
    server = await startApiServer(database())
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
  })

  test('an interview focused on competencies asks only about them, named by id or in words', async () => {
    const { sessionToken } = await signUp(server.url, 'focus')
    const focused = await gqlData(
      server.url,
      doc.StartMockInterview,
      {
        input: {
          jobDescription,
          questionCount: 3,
          competencies: ['mentoring', 'Handling conflict'],
        },
      },
      sessionToken,
    )
    const plan = focused.startMockInterview.plan as { competency: string }[]
    expect(plan).toHaveLength(3)
    expect(new Set(plan.map((q) => q.competency))).toEqual(new Set(['mentoring', 'conflict']))

    // a competency the job does not ask for can still be practised
    const outside = await gqlData(
      server.url,
      doc.StartMockInterview,
      { input: { questionCount: 1, competencies: ['customer-focus'] } },
      sessionToken,
    )
    expect(outside.startMockInterview.plan).toEqual([
      expect.objectContaining({ competency: 'customer-focus' }),
    ])
  })

  test('the library exports as Markdown, all of it or one job’s, and never another user’s', async () => {
    const { sessionToken } = await signUp(server.url, 'export')
    const job = await gqlData(
      server.url,
      `mutation ($input: JobDescriptionInput!) { createJobDescription(input: $input) { ... on JobDescription { id } } }`,
      { input: jobDescription },
      sessionToken,
    )
    const jobId = job.createJobDescription.id as string
    await gqlData(
      server.url,
      CreateStory,
      {
        input: {
          title: 'Settling the freeze dispute',
          action: 'I met each engineer.',
          jobDescriptionId: jobId,
        },
      },
      sessionToken,
    )
    await gqlData(server.url, CreateStory, { input: { title: 'Growing Sam' } }, sessionToken)

    const all = await gqlData(server.url, Markdown, {}, sessionToken)
    expect(all.viewer.storiesMarkdown).toMatch(/^# My STAR stories/)
    expect(all.viewer.storiesMarkdown).toContain('## Growing Sam')
    expect(all.viewer.storiesMarkdown).toContain('**Action.** I met each engineer.')
    const forJob = await gqlData(server.url, Markdown, { job: jobId }, sessionToken)
    expect(forJob.viewer.storiesMarkdown).toMatch(
      /^# STAR stories for Engineering Manager at Ledgerly/,
    )
    expect(forJob.viewer.storiesMarkdown).not.toContain('Growing Sam')

    const other = await signUp(server.url, 'other')
    const theirs = await gqlData(server.url, Markdown, { job: jobId }, other.sessionToken)
    expect(theirs.viewer.storiesMarkdown).toBeNull()
  })

  test('a deleted story comes back linked to the attempt it was saved from (undo)', async () => {
    const { sessionToken } = await signUp(server.url, 'undo')
    const { exchangeId } = await firstQuestion(server.url, sessionToken)
    const submitted = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId, transcript: 'I split the release and shipped the safe half first.' } },
      sessionToken,
    )
    const attemptId = submitted.submitAttempt.id as string
    const restored = await gqlData(
      server.url,
      CreateStory,
      { input: { title: 'The split release', sourceAttemptId: attemptId } },
      sessionToken,
    )
    expect(restored.createStarStory).toMatchObject({ sourceAttempt: { id: attemptId } })

    const other = await signUp(server.url, 'thief')
    const stolen = await gqlData(
      server.url,
      CreateStory,
      { input: { title: 'Not mine', sourceAttemptId: attemptId } },
      other.sessionToken,
    )
    expect(stolen.createStarStory).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' })
  })
})
