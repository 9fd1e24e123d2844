// Hostile input: deep nesting, alias and fragment bombs, huge lists, oversized bodies, batched
// floods, malformed ids and tokens, wrong content types. Each is refused with a typed error (an
// HTTP 4xx or `extensions.code`), nothing is written, nothing is logged as an error, and the
// server still answers. Then fast-check throws arbitrary inputs at the public mutations.
import fc from 'fast-check'
import { createLogger } from 'graphql-yoga'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { gql, gqlData, startApiServer, type ApiServer, type GraphQLBody } from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'

/** How many rows each table holds: nothing a refused request does may change it. */
async function tableCounts(database: TestDatabase) {
  const db = database.prisma
  return {
    users: await db.user.count(),
    sessions: await db.session.count(),
    apiTokens: await db.apiToken.count(),
    jobDescriptions: await db.jobDescription.count(),
    questions: await db.question.count(),
    interviews: await db.mockInterview.count(),
    exchanges: await db.mockInterviewExchange.count(),
    attempts: await db.mockInterviewAttempt.count(),
    scoreResults: await db.scoreResult.count(),
    stories: await db.starStory.count(),
  }
}

describeWithDatabases('hostile input', (database) => {
  let server: ApiServer
  let token: string
  let exchangeId: string
  const errors: unknown[][] = []

  beforeAll(async () => {
    const logger = createLogger('silent')
    logger.error = (...args: unknown[]) => void errors.push(args)
    server = await startApiServer(database(), {
      logger,
      rateLimits: { submitAttempt: { max: 100_000, windowMs: 60_000 } },
    })
    token = (await signUp(server.url, 'hostile')).sessionToken
    ;({ exchangeId } = await firstQuestion(server.url, token))
  }, 60_000)
  afterAll(() => server?.stop())

  /** POSTs a raw body; the status and the parsed body (or its text). */
  async function raw(body: BodyInit, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body,
    })
    const text = await response.text()
    let parsed: GraphQLBody | string = text
    try {
      parsed = JSON.parse(text) as GraphQLBody
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed }
  }
  const json = (value: unknown) =>
    raw(JSON.stringify(value), { 'content-type': 'application/json' })

  const codesOf = (body: GraphQLBody | string) =>
    typeof body === 'string' ? [] : (body.errors ?? []).map((error) => error.extensions?.code)

  /** Runs `attack`, then: nothing written, nothing logged as an error, the server healthy. */
  async function refused(attack: () => Promise<{ status: number; body: GraphQLBody | string }>) {
    const before = await tableCounts(database())
    const errorsBefore = errors.length
    const outcome = await attack()
    expect(outcome.status, JSON.stringify(outcome.body).slice(0, 300)).toBeLessThan(500)
    expect(JSON.stringify(outcome.body)).not.toMatch(/INTERNAL_SERVER_ERROR|Unexpected error/)
    expect(await tableCounts(database())).toEqual(before)
    expect(errors.slice(errorsBefore)).toEqual([])
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect((await gqlData(server.url, '{ viewer { id } }', {}, token)).viewer.id).toEqual(
      expect.any(String),
    )
    return outcome
  }

  test('deep nesting is refused before it runs', async () => {
    const deep = `{ ${'viewer { interviews { edges { node { '.repeat(40)}id${' } } } }'.repeat(40)} }`
    const { body } = await refused(() => json({ query: deep }))
    expect(codesOf(body)).toContain('QUERY_LIMIT_EXCEEDED')
  })

  test('an alias bomb is refused', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: viewer { id }`).join(' ')
    const { body } = await refused(() => json({ query: `{ ${aliases} }` }))
    expect(codesOf(body)).toContain('QUERY_LIMIT_EXCEEDED')
  })

  test('a fragment bomb (each fragment spreads the next twice) costs a product, not a walk', async () => {
    const levels = 40
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { scorers { id } }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n')
    // 2^40 spreads: walked naively the refusal would never come (the test would time out)
    const { body } = await refused(() => json({ query: `{ ...F0 }\n${fragments}` }))
    expect(codesOf(body)).toContain('QUERY_LIMIT_EXCEEDED')
  })

  test('a fragment cycle is refused', async () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
    const { body } = await refused(() => json({ query }))
    expect(codesOf(body)).toContain('GRAPHQL_VALIDATION_FAILED')
  })

  test('huge lists: too many ids, a huge page, a flood of words', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`)
    const nodes = await refused(() =>
      json({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }),
    )
    expect(codesOf(nodes.body)).toContain('VALIDATION_FAILED')

    const page = await refused(() =>
      json({
        query:
          '{ viewer { interviews(first: 1000000) { edges { node { exchanges(first: 1000000) { edges { node { id } } } } } } } }',
      }),
    )
    // a page is never more than 100 rows: the request runs, capped
    expect(codesOf(page.body)).toEqual([])
    for (const args of ['first: -1', 'last: -5', 'before: "x", after: "y"']) {
      const bad = await refused(() =>
        json({ query: `{ viewer { interviews(${args}) { edges { node { id } } } } }` }),
      )
      expect(codesOf(bad.body), args).toEqual(['VALIDATION_FAILED'])
    }

    const words = (length: number) =>
      Array.from({ length }, (_, i) => ({ word: `w${i}`, start: i, end: i + 0.5, confidence: 1 }))
    const submit = (count: number) =>
      json({
        query:
          'mutation ($input: SubmitAttemptInput!) { submitAttempt(input: $input) { __typename ... on Error { code } } }',
        variables: { input: { exchangeId, words: words(count), durationMs: 1000 } },
      })
    // more words than any answer has: a typed refusal; more than 2 MB: refused unread
    const many = await refused(() => submit(20_000))
    expect((many.body as GraphQLBody).data?.submitAttempt.code).toBe('VALIDATION_FAILED')
    expect((await refused(() => submit(60_000))).status).toBe(413)
  })

  test('an oversized body is refused from its headers', async () => {
    const query = `{ viewer { id } } # ${'x'.repeat(3 * 1024 * 1024)}`
    const { status } = await refused(() => json({ query }))
    expect(status).toBe(413)
  })

  test('a batched flood is one typed refusal, not a thousand operations', async () => {
    const batch = Array.from({ length: 1000 }, () => ({
      query: 'mutation { startMockInterview(input: {}) { __typename } }',
    }))
    const { status } = await refused(() => json(batch))
    expect(status).toBe(400)
  })

  test('malformed ids and tokens: typed answers, never a server error', async () => {
    for (const id of ['', ' ', 'x', '%%%', '=', 'Vmlld2Vy', 'A'.repeat(5000), '🙂', 'null']) {
      const { body } = await refused(() =>
        json({
          query:
            'mutation ($id: ID!) { nextQuestion(interviewId: $id) { __typename ... on Error { code } } }',
          variables: { id },
        }),
      )
      expect((body as GraphQLBody).data?.nextQuestion?.code).toBe('NOT_FOUND')
    }
    for (const authorization of [
      'Bearer',
      'Bearer  ',
      'Basic abc',
      'Bearer a b',
      `Bearer ${'x'.repeat(8000)}`,
    ]) {
      const { body } = await refused(() =>
        raw(JSON.stringify({ query: '{ viewer { id } }' }), {
          'content-type': 'application/json',
          authorization,
        }),
      )
      expect(body).toEqual({ data: { viewer: null } })
    }
  })

  test('text with a NUL character is refused before anything runs, in variables or literals', async () => {
    const viaVariables = await refused(() =>
      json({
        query:
          'mutation ($input: CreateStarStoryInput!) { createStarStory(input: $input) { __typename } }',
        variables: { input: { title: 'a\u0000b' } },
      }),
    )
    expect(codesOf(viaVariables.body)).toEqual(['VALIDATION_FAILED'])
    const viaLiteral = await refused(() =>
      json({ query: 'mutation { createStarStory(input: { title: "a\\u0000b" }) { __typename } }' }),
    )
    expect(codesOf(viaLiteral.body)).toEqual(['VALIDATION_FAILED'])
  })

  test('wrong content types are refused', async () => {
    const query = JSON.stringify({
      query: 'mutation { startMockInterview(input: {}) { __typename } }',
    })
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const { status } = await refused(() => raw(query, { 'content-type': type }))
      expect(status).toBeGreaterThanOrEqual(400)
    }
    const multipart = new FormData()
    multipart.set('operations', query)
    const { status } = await refused(() => raw(multipart))
    expect(status).toBeGreaterThanOrEqual(400)
    const broken = await refused(() => raw('{"query": ', { 'content-type': 'application/json' }))
    expect(broken.status).toBe(400)
  })

  test('property: no input to a public mutation makes a server error or logs one', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.constantFrom('', ' ', '\u0000', 'x'.repeat(60_000)),
    )
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
    const mutations: [string, fc.Arbitrary<Record<string, unknown>>][] = [
      [
        'mutation ($input: JobDescriptionInput!) { createJobDescription(input: $input) { __typename } }',
        fc.record({ title: text, company: maybe(text), text }),
      ],
      [
        'mutation ($input: StartMockInterviewInput!) { startMockInterview(input: $input) { __typename } }',
        fc.record({
          questionCount: maybe(fc.integer({ min: -1000, max: 1000 })),
          seed: maybe(text),
          jobDescriptionId: maybe(text),
        }),
      ],
      [
        'mutation ($input: SubmitAttemptInput!) { submitAttempt(input: $input) { __typename } }',
        fc.record({
          exchangeId: fc.oneof(text, fc.constant('EXCHANGE')),
          transcript: maybe(text),
          idempotencyKey: maybe(text),
          durationMs: maybe(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 })),
          words: maybe(
            fc.array(
              fc.record({
                word: text,
                start: fc.double({ noNaN: true, noDefaultInfinity: true }),
                end: fc.double({ noNaN: true, noDefaultInfinity: true }),
                confidence: fc.double({ noNaN: true, noDefaultInfinity: true }),
              }),
              { maxLength: 20 },
            ),
          ),
        }),
      ],
      [
        'mutation ($input: CreateStarStoryInput!) { createStarStory(input: $input) { __typename } }',
        fc.record({
          title: text,
          situation: maybe(text),
          competencies: maybe(fc.array(text, { maxLength: 30 })),
          jobDescriptionId: maybe(text),
        }),
      ],
      [
        'mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }',
        fc.record({ email: fc.oneof(text, fc.emailAddress()), password: text, name: maybe(text) }),
      ],
    ]
    const viewerBefore = (await gql(server.url, '{ viewer { id email } }', {}, token)).data.viewer
    const errorsBefore = errors.length
    for (const [query, input] of mutations) {
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const variables = {
            input: { ...raw, ...(raw.exchangeId === 'EXCHANGE' ? { exchangeId } : {}) },
          }
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          })
          expect(response.status).toBeLessThan(500)
          const body = (await response.json()) as GraphQLBody
          expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|Unexpected error/)
        }),
        { numRuns: 25 },
      )
    }
    expect(errors.slice(errorsBefore)).toEqual([])
    // the server is still healthy, and the signed-in account is still the same one
    expect((await gql(server.url, '{ viewer { id email } }', {}, token)).data.viewer).toEqual(
      viewerBefore,
    )
  }, 120_000)
})
