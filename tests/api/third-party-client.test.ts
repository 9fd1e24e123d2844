// Issue 4's "done when": a client with only an API token runs a whole mock interview against a
// running server, over HTTP and graphql-ws; a second user sees none of it.
import type { Client } from 'graphql-ws'
import { describeWithDatabases } from '../setup/database.ts'
import {
  collectSubscription,
  gql,
  gqlData,
  password,
  startApiServer,
  uniqueEmail,
  wsClient,
  type ApiServer,
} from './api-harness.ts'
import { CreateApiToken, SignIn, SignUp } from './accounts-documents.ts'
import * as doc from './interview-documents.ts'

const jobDescription = {
  title: 'Engineering Manager',
  company: 'Ledgerly',
  text:
    'You will lead a team of backend engineers, resolve conflicts between teams constructively, ' +
    'mentor junior engineers, and prioritise competing deadlines across the payments platform.',
}

const firstAnswer =
  'We had a conflict about the release date. I talked to both leads and we agreed on a plan.'

const betterAnswer =
  'At Ledgerly two of my engineers disagreed about whether to ship the payments migration before ' +
  'the holiday freeze. As their manager I had to settle it within a week without losing either ' +
  'of them. I met each of them separately, wrote down the risks they saw, and then ran a joint ' +
  'session where we scored the options against customer impact. I proposed a staged rollout to ' +
  '5% of merchants with a rollback switch, and I took ownership of the go/no-go call. We shipped ' +
  'on time, error rates stayed under 0.1%, and both engineers later said the process felt fair.'

describeWithDatabases('a third-party client with an API token', (database) => {
  let server: ApiServer
  const clients: Client[] = []
  let token: string
  let otherToken: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    server = await startApiServer(database())
  }, 60_000)
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()))
    await server?.stop()
  })

  async function apiTokenFor(email: string): Promise<string> {
    await gqlData(server.url, SignUp, { input: { email, password } })
    const signedIn = await gqlData(server.url, SignIn, { input: { email, password } })
    expect(signedIn.signIn.__typename).toBe('AuthSession')
    const created = await gqlData(
      server.url,
      CreateApiToken,
      {
        input: {
          name: 'third-party',
          scopes: ['INTERVIEWS_READ', 'INTERVIEWS_WRITE', 'LIBRARY_READ', 'LIBRARY_WRITE'],
        },
      },
      signedIn.signIn.sessionToken,
    )
    expect(created.createApiToken.__typename).toBe('CreatedApiToken')
    return created.createApiToken.token
  }

  function socket(forToken: string): Client {
    const client = wsClient(server.wsUrl, forToken)
    clients.push(client)
    return client
  }

  async function scoreEvents(attemptId: string) {
    const messages = await collectSubscription(socket(token), doc.AttemptEvents, { attemptId })
    for (const message of messages) expect(message.errors).toBeUndefined()
    return messages.map((message) => message.data.attemptEvents)
  }

  test('signs in, mints a token, and runs a whole interview with it', async () => {
    token = await apiTokenFor(uniqueEmail('candidate'))

    const jd = await gqlData(server.url, doc.CreateJobDescription, { input: jobDescription }, token)
    expect(jd.createJobDescription.__typename).toBe('JobDescription')
    expect(jd.createJobDescription.competencies.length).toBeGreaterThan(0)
    ids.jd = jd.createJobDescription.id

    const started = await gqlData(
      server.url,
      doc.StartMockInterview,
      { input: { jobDescriptionId: ids.jd, questionCount: 2, seed: 'third-party' } },
      token,
    )
    expect(started.startMockInterview).toMatchObject({
      __typename: 'MockInterview',
      status: 'PLANNED',
    })
    expect(started.startMockInterview.plan).toHaveLength(2)
    ids.interview = started.startMockInterview.id

    const next = await gqlData(server.url, doc.NextQuestion, { interviewId: ids.interview }, token)
    expect(next.nextQuestion.__typename).toBe('MockInterviewExchange')
    expect(next.nextQuestion.questionText).toBe(started.startMockInterview.plan[0].text)
    ids.exchange = next.nextQuestion.id

    const submitted = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId: ids.exchange, transcript: firstAnswer, idempotencyKey: 'answer-1' } },
      token,
    )
    expect(submitted.submitAttempt).toMatchObject({
      __typename: 'MockInterviewAttempt',
      attemptNumber: 1,
    })
    ids.attempt1 = submitted.submitAttempt.id

    const again = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId: ids.exchange, transcript: firstAnswer, idempotencyKey: 'answer-1' } },
      token,
    )
    expect(again.submitAttempt.id).toBe(ids.attempt1)

    const events = await scoreEvents(ids.attempt1)
    const scorers = await gqlData(server.url, '{ scorers { id } }', {}, token)
    const finished = events.filter((event) => event.type === 'SCORER_FINISHED')
    expect(finished.map((event) => event.scoreResult.scorerId).sort()).toEqual(
      scorers.scorers.map((scorer: { id: string }) => scorer.id).sort(),
    )
    const completed = events.at(-1)
    expect(completed.type).toBe('COMPLETED')
    expect(completed.result.overall).toEqual(expect.any(Number))
    expect(completed.result.scorers).toHaveLength(scorers.scorers.length)
    expect(completed.result.rewrite).toEqual(expect.any(String))
    // A typed answer has no timings: delivery says why it has no pace, never a silent zero.
    expect(events.findIndex((event) => event.type === 'COMPLETED')).toBe(events.length - 1)
    const sequences = events.map((event) => event.sequence)
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences)

    const retried = await gqlData(
      server.url,
      doc.RetryExchange,
      { input: { exchangeId: ids.exchange, transcript: betterAnswer } },
      token,
    )
    expect(retried.retryExchange).toMatchObject({
      __typename: 'MockInterviewAttempt',
      attemptNumber: 2,
    })
    ids.attempt2 = retried.retryExchange.id
    const retryEvents = await scoreEvents(ids.attempt2)
    expect(retryEvents.at(-1).type).toBe('COMPLETED')
    expect(retryEvents.at(-1).result.star.action.present).toBe(true)

    const compared = await gqlData(
      server.url,
      doc.AttemptWithComparison,
      { id: ids.attempt2 },
      token,
    )
    expect(compared.node.comparison.previousAttemptId).toBe(ids.attempt1)
    expect(compared.node.comparison.overall.delta).toEqual(expect.any(Number))

    const chosen = await gqlData(
      server.url,
      doc.ChooseFinalAttempt,
      { attemptId: ids.attempt2 },
      token,
    )
    expect(chosen.chooseFinalAttempt.finalAttempt).toMatchObject({
      id: ids.attempt2,
      attemptNumber: 2,
    })

    const rescored = await gqlData(
      server.url,
      `mutation ($id: ID!) { rescoreAttempt(attemptId: $id) { __typename ... on Error { code message } } }`,
      { id: ids.attempt2 },
      token,
    )
    expect(rescored.rescoreAttempt.code).toBe('INVALID_ATTEMPT_STATE')

    const finished2 = await gqlData(
      server.url,
      doc.FinishMockInterview,
      { id: ids.interview },
      token,
    )
    expect(finished2.finishMockInterview.status).toBe('COMPLETED')
    expect(finished2.finishMockInterview.summary.answered).toBeGreaterThanOrEqual(1)
    expect(finished2.finishMockInterview.summary.overall).toEqual(expect.any(Number))

    const saved = await gqlData(
      server.url,
      doc.SaveStarStoryFromAttempt,
      { input: { attemptId: ids.attempt2, title: 'The holiday-freeze release' } },
      token,
    )
    expect(saved.saveStarStoryFromAttempt).toMatchObject({
      __typename: 'StarStory',
      title: 'The holiday-freeze release',
    })
    ids.story = saved.saveStarStoryFromAttempt.id

    const listed = await gqlData(server.url, doc.Stories, { search: 'holiday' }, token)
    expect(listed.viewer.stories.edges.map((edge: any) => edge.node)).toEqual([
      expect.objectContaining({
        id: ids.story,
        sourceAttempt: { id: ids.attempt2 },
        jobDescription: { id: ids.jd },
      }),
    ])
    const byJob = await gqlData(server.url, doc.Stories, { jobDescriptionId: ids.jd }, token)
    expect(byJob.viewer.stories.edges).toHaveLength(1)

    const coverage = await gqlData(
      server.url,
      `query ($id: ID!) { node(id: $id) { ... on JobDescription { storyCoverage { competency stories status } } } }`,
      { id: ids.jd },
      token,
    )
    const asked = next.nextQuestion.competency
    expect(coverage.node.storyCoverage).toContainEqual(
      expect.objectContaining({ competency: asked, stories: 1 }),
    )
  }, 60_000)

  test('another user sees none of it, by node, root field, connection or subscription', async () => {
    expect(ids.story).toBeDefined()
    otherToken = await apiTokenFor(uniqueEmail('other'))

    for (const id of Object.values(ids)) {
      const body = await gql(server.url, doc.NodeTypename, { id }, otherToken)
      expect(body).toEqual({ data: { node: null } })
    }
    const tree = await gql(server.url, doc.InterviewTree, { id: ids.interview }, otherToken)
    expect(tree).toEqual({ data: { node: null } })

    const mine = await gqlData(server.url, doc.ViewerInterviews, {}, otherToken)
    expect(mine.viewer).toEqual({
      interviews: { edges: [] },
      jobDescriptions: { edges: [] },
      stories: { edges: [] },
    })

    const next = await gqlData(
      server.url,
      doc.NextQuestion,
      { interviewId: ids.interview },
      otherToken,
    )
    expect(next.nextQuestion).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' })
    const retry = await gqlData(
      server.url,
      doc.RetryExchange,
      { input: { exchangeId: ids.exchange, transcript: betterAnswer } },
      otherToken,
    )
    expect(retry.retryExchange.code).toBe('NOT_FOUND')
    const save = await gqlData(
      server.url,
      doc.SaveStarStoryFromAttempt,
      { input: { attemptId: ids.attempt2 } },
      otherToken,
    )
    expect(save.saveStarStoryFromAttempt.code).toBe('NOT_FOUND')

    const messages = await collectSubscription(socket(otherToken), doc.AttemptEvents, {
      attemptId: ids.attempt2,
    }).catch((error: unknown) => [{ errors: error as any }])
    expect(JSON.stringify(messages)).toContain('NOT_FOUND')
    expect(JSON.stringify(messages)).not.toContain('SCORER_FINISHED')
  }, 30_000)
})
