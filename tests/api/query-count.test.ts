// A nested read costs one SQL query per level, however many rows each level holds: Pothos turns
// the selection into one Prisma query with nested selects (no N+1), and reads only the columns
// the query's fields need: no large JSON it did not ask for (decision 084).
import os from 'node:os'
import { createLogger } from 'graphql-yoga'
import { PrismaClient, type Prisma } from '../../generated/prisma/client.ts'
import { createEncoreYoga, type EncoreYoga } from '../../graphql/yoga.ts'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { createAttempts } from '../../interview/attempts/attempts.ts'
import { createFileAudioStorage } from '../../interview/audio/audio-storage.ts'
import { createInMemoryPubSub } from '../../interview/events/pubsub.ts'
import type { JobQueue } from '../../interview/queue/job-queue.ts'
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

  async function countTree(interviewId: string, query = doc.InterviewTree) {
    const id = globalId('MockInterview', interviewId)
    queries.length = 0
    counting = true
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` },
      body: JSON.stringify({ query, variables: { id } }),
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
      sql: [...queries],
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

  /** What InterviewTree must answer, read straight from the database, every column loaded. */
  async function storedTree(interviewId: string) {
    const interview = await database().prisma.mockInterview.findUniqueOrThrow({
      where: { id: interviewId },
      include: {
        exchanges: {
          orderBy: { order: 'asc' },
          include: {
            attempts: {
              orderBy: { attemptNumber: 'asc' },
              include: { scoreResults: { orderBy: [{ createdAt: 'asc' }, { scorerId: 'asc' }] } },
            },
          },
        },
      },
    })
    const edges = <T, N>(rows: T[], first: number, node: (row: T) => N) => ({
      edges: rows.slice(0, first).map((row) => ({ node: node(row) })),
    })
    return {
      id: globalId('MockInterview', interview.id),
      status: interview.status,
      exchanges: edges(interview.exchanges, 20, (exchange) => ({
        id: globalId('MockInterviewExchange', exchange.id),
        questionText: exchange.questionText,
        finalAttempt: exchange.finalAttemptId
          ? { id: globalId('MockInterviewAttempt', exchange.finalAttemptId) }
          : null,
        attempts: edges(exchange.attempts, 10, (attempt) => ({
          id: globalId('MockInterviewAttempt', attempt.id),
          attemptNumber: attempt.attemptNumber,
          status: attempt.status,
          scoreResults: edges(attempt.scoreResults, 20, (result) => ({
            scorerId: result.scorerId,
            status: result.status,
            score: result.score,
          })),
        })),
      })),
    }
  }

  test('a nested read answers as before and reads no large column it did not ask for', async () => {
    const interviewId = await interviewWith(2, 2)
    await services.interviews.finish(viewer, interviewId) // so answered exchanges have a final attempt
    const tree = await countTree(interviewId)

    expect(tree.body).toEqual({ data: { node: await storedTree(interviewId) } })
    expect(largeColumnsRead(tree.sql)).toEqual({
      mock_interviews: [],
      mock_interview_attempts: [],
      score_results: [],
    })
    // still one statement per level: the selects ride on the same queries
    expect(tree.perTable).toEqual({ interviews: 1, exchanges: 1, attempts: 2, scoreResults: 1 })
  }, 60_000)

  test('a field read from JSON loads its column with the rest of its level', async () => {
    const interviewId = await interviewWith(1, 1)
    const tree = await countTree(interviewId, doc.InterviewTreeWithJson)

    expect(tree.body.errors).toBeUndefined()
    expect(largeColumnsRead(tree.sql)).toEqual({
      mock_interviews: ['plan'],
      mock_interview_attempts: ['words', 'result'],
      score_results: ['feedback', 'metrics'],
    })
    expect(tree.perTable).toEqual({ interviews: 1, exchanges: 1, attempts: 1, scoreResults: 1 })

    const stored = await database().prisma.mockInterviewAttempt.findFirstOrThrow({
      where: { exchange: { interviewId } },
      include: { scoreResults: true },
    })
    const node = tree.body.data.node
    expect(node.plan.length).toBeGreaterThan(0)
    const attempt = node.exchanges.edges[0].node.attempts.edges[0].node
    expect(attempt.words).toBeNull() // a typed answer has no timings
    expect(attempt.result.overall).toBe((stored.result as { overall: number }).overall)
    const feedback = attempt.scoreResults.edges.flatMap((edge: any) =>
      edge.node.feedback.map((item: any) => item.message),
    )
    expect(feedback.sort()).toEqual(
      stored.scoreResults
        .flatMap((row) => (row.feedback as { message: string }[]).map((item) => item.message))
        .sort(),
    )
  }, 60_000)

  test('an answer is stored by the session lookup and one transaction, then queued', async () => {
    const interview = await services.interviews.start(viewer, { questionCount: 1, seed: 'count' })
    const exchange = (await services.interviews.nextQuestion(viewer, interview.id))!
    const queued: string[] = []
    // the same engine with its queue held, so that no scoring statement is counted
    const held = createEncoreYoga({
      services: {
        ...services,
        attempts: createAttempts({
          db: services.db,
          queue: { ...heldQueue, enqueue: async ({ attemptId }) => void queued.push(attemptId) },
          pubsub: createInMemoryPubSub(),
          audioStorage: createFileAudioStorage({ dir: os.tmpdir() }),
        }),
      },
      isProduction: false,
      introspection: true,
      graphiql: false,
      logger: createLogger('silent'),
    })
    queries.length = 0
    counting = true
    const response = await held.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` },
      body: JSON.stringify({
        query: doc.SubmitAttempt,
        variables: {
          input: { exchangeId: globalId('MockInterviewExchange', exchange.id), transcript: answer },
        },
      }),
    })
    const body = await response.json()
    counting = false

    // the answer is the attempt as stored, before its scoring could start
    expect(body.data.submitAttempt).toMatchObject({ attemptNumber: 1, status: 'QUEUED' })
    expect(queued).toEqual([fromGlobalId(body.data.submitAttempt.id)])
    // the session, then one transaction (its BEGIN is not logged): the statement that finds the
    // viewer's interview also locks it and records the activity; nothing is read after the commit
    expect(queries).toHaveLength(5)
    expect(queries[0]).toMatch(/FROM "public"\."sessions"/)
    expect(queries[1]).toMatch(/^UPDATE "public"\."mock_interviews"/)
    expect(queries[3]).toMatch(/^INSERT INTO "public"\."mock_interview_attempts"/)
    expect(queries[4]).toMatch(/COMMIT/)
  }, 60_000)

  test('a subscriber’s scorer events answer from the event, not from another read', async () => {
    const interviewId = await interviewWith(1, 1)
    const attempt = await database().prisma.mockInterviewAttempt.findFirstOrThrow({
      where: { exchange: { interviewId } },
      include: { scoreResults: true },
    })
    queries.length = 0
    counting = true
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${sessionToken}`,
      },
      body: JSON.stringify({
        query: doc.AttemptEvents,
        variables: { attemptId: globalId('MockInterviewAttempt', attempt.id) },
      }),
    })
    const text = await response.text()
    counting = false
    const finished = text
      .split('\n')
      .map((line) => (line.startsWith('data:') ? line.slice('data:'.length).trim() : ''))
      .filter(Boolean)
      .map((data) => JSON.parse(data).data?.attemptEvents)
      .filter((event) => event?.type === 'SCORER_FINISHED')

    expect(finished.map((event) => event.scoreResult.scorerId).sort()).toEqual(
      attempt.scoreResults.map((row) => row.scorerId).sort(),
    )
    // the session, then the snapshot: the attempt and its results in one statement; none per event
    expect(queries).toHaveLength(2)
    expect(queries[0]).toMatch(/FROM "public"\."sessions"/)
    expect(queries.filter((sql) => /score_results/.test(sql))).toHaveLength(1)
  }, 60_000)
})

const heldQueue: JobQueue = {
  enqueue: async () => {},
  start: () => {},
  stop: async () => {},
  idle: async () => {},
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]

/** The columns of `table` that the statements name (selected, filtered on or sorted by). */
function columnsRead(sql: string[], table: string): string[] {
  const column = new RegExp(`"${table}"\\."(\\w+)"`, 'g')
  return [...new Set(sql.flatMap((statement) => [...statement.matchAll(column)].map((m) => m[1]!)))]
}

/** The large columns of the nested read's tables: JSON, and the answer's text. */
const largeColumns = {
  mock_interviews: ['plan', 'summary', 'scores'],
  mock_interview_attempts: ['transcript', 'words', 'result', 'feedback', 'follow_up'],
  score_results: ['feedback', 'evidence', 'metrics'],
}

function largeColumnsRead(sql: string[]) {
  return Object.fromEntries(
    Object.entries(largeColumns).map(([table, large]) => [
      table,
      columnsRead(sql, table).filter((column) => large.includes(column)),
    ]),
  )
}
