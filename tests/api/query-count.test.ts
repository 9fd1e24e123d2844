// A nested read costs one SQL query per level, however many rows each level holds: Pothos turns
// the selection into one Prisma query with nested includes (no N+1).
import { createLogger } from 'graphql-yoga'
import { PrismaClient, type Prisma } from '../../generated/prisma/client.ts'
import { createEncoreYoga, type EncoreYoga } from '../../graphql/yoga.ts'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { createServices } from '../../server/services.ts'
import { describeWithDatabases } from '../setup/database.ts'
import * as doc from './interview-documents.ts'

const answer =
  'I led the rollout of our new billing system. I planned it, wrote the runbook and moved 40% ' +
  'of traffic first; we finished a week early with no incidents.'

describeWithDatabases('SQL queries of a nested read', (database) => {
  const queries: string[] = []
  let counting = false
  let yoga: EncoreYoga
  let services: ReturnType<typeof createServices>
  let sessionToken: string
  let viewer: Viewer

  beforeAll(async () => {
    await seedDatabase(database().prisma)
    const db = new PrismaClient({
      adapter: database().adapterFactory,
      log: [{ level: 'query', emit: 'event' }],
    })
    db.$on('query', (event: Prisma.QueryEvent) => {
      if (counting) queries.push(event.query)
    })
    services = createServices({ db, config: { sessionTtlDays: 1 } })
    yoga = createEncoreYoga({
      services,
      isProduction: false,
      introspection: true,
      graphiql: false,
      logger: createLogger('silent'),
    })
    const signedUp = await services.accounts.signUp({
      email: `count-${Date.now()}@example.com`,
      password: 'correct horse battery',
    })
    sessionToken = signedUp.sessionToken
    viewer = (await services.accounts.authenticate(sessionToken))!
  }, 60_000)
  afterAll(() => services?.close())

  async function interviewWith(exchanges: number, attemptsEach: number): Promise<string> {
    const interview = await services.interviews.start(viewer, {
      questionCount: exchanges,
      seed: 'n+1',
    })
    for (let e = 0; e < exchanges; e++) {
      const exchange = (await services.interviews.nextQuestion(viewer, interview.id))!
      for (let a = 0; a < attemptsEach; a++) {
        const attempt = await services.attempts.submit(viewer, {
          exchangeId: exchange.id,
          transcript: answer,
        })
        for await (const _ of await services.attempts.events(viewer, attempt.id)) void _
      }
    }
    return interview.id
  }

  async function countTree(interviewId: string) {
    const id = Buffer.from(`MockInterview:${interviewId}`).toString('base64')
    queries.length = 0
    counting = true
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` },
      body: JSON.stringify({ query: doc.InterviewTree, variables: { id } }),
    })
    const body = await response.json()
    counting = false
    const tables = (name: string) =>
      queries.filter((sql) => new RegExp(`FROM "\\w+"\\."${name}"`).test(sql)).length
    return {
      body,
      perTable: {
        interviews: tables('mock_interviews'),
        exchanges: tables('mock_interview_exchanges'),
        attempts: tables('mock_interview_attempts'),
        scoreResults: tables('score_results'),
      },
      total: queries.length,
    }
  }

  test('interview → exchanges → attempts → score results is one query per level', async () => {
    const small = await countTree(await interviewWith(1, 1))
    const large = await countTree(await interviewWith(3, 2))

    const exchanges = large.body.data.node.exchanges.edges
    // three planned questions, plus any follow-up an answer earned (asked, not yet answered)
    expect(exchanges.length).toBeGreaterThanOrEqual(3)
    const attempts = exchanges.flatMap((edge: any) => edge.node.attempts.edges)
    expect(attempts).toHaveLength(6)
    expect(
      attempts.flatMap((edge: any) => edge.node.scoreResults.edges).length,
    ).toBeGreaterThanOrEqual(6 * 10)

    // One query per relation: exchanges' `attempts` and `finalAttempt` are two relations, read
    // once each for all exchanges together.
    const oneEach = { interviews: 1, exchanges: 1, attempts: 2, scoreResults: 1 }
    expect(small.perTable).toEqual(oneEach)
    expect(large.perTable).toEqual(oneEach)
    // The rest is authentication (the session lookup), the same for any tree.
    expect(large.total).toBe(small.total)
    expect(large.total - 5).toBeLessThanOrEqual(2)
  }, 60_000)
})
