// An API token does what its scopes allow and nothing more; the error names the missing scope.
import { describeWithDatabases } from '../setup/database.ts'
import { gql, gqlData, startApiServer, type ApiServer } from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'
import { CreateApiToken } from './accounts-documents.ts'
import * as doc from './interview-documents.ts'

describeWithDatabases('API token scopes', (database) => {
  let server: ApiServer
  let session: string
  let interviewId: string

  beforeAll(async () => {
    server = await startApiServer(database())
    session = (await signUp(server.url, 'scopes')).sessionToken
    ;({ interviewId } = await firstQuestion(server.url, session))
  }, 60_000)
  afterAll(() => server?.stop())

  async function tokenWith(scopes: string[]) {
    const data = await gqlData(
      server.url,
      CreateApiToken,
      { input: { name: scopes.join(' '), scopes } },
      session,
    )
    return data.createApiToken.token as string
  }

  test('a read-only token reads interviews but cannot start one', async () => {
    const reader = await tokenWith(['INTERVIEWS_READ'])
    const node = await gqlData(server.url, doc.NodeTypename, { id: interviewId }, reader)
    expect(node.node.__typename).toBe('MockInterview')
    const start = await gql(server.url, doc.StartMockInterview, { input: {} }, reader)
    expect(start.data).toBeNull()
    expect(start.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_SCOPE')
    expect(start.errors?.[0]?.message).toMatch(/interviews:write/)
  })

  test('asking for apiTokens without ACCOUNT nulls that field alone; the rest of viewer answers', async () => {
    const reader = await tokenWith(['INTERVIEWS_READ'])
    const body = await gql(server.url, '{ viewer { id email apiTokens { id } } }', {}, reader)
    expect(body.data?.viewer).toMatchObject({ email: expect.any(String), apiTokens: null })
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['viewer', 'apiTokens'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN_SCOPE' }),
      }),
    ])
    const mine = await gqlData(server.url, '{ viewer { apiTokens { id } } }', {}, session)
    expect(mine.viewer.apiTokens.length).toBeGreaterThan(0)
  })

  test('a library token cannot read interviews, by node or by list', async () => {
    const librarian = await tokenWith(['LIBRARY_READ', 'LIBRARY_WRITE'])
    const node = await gql(server.url, doc.NodeTypename, { id: interviewId }, librarian)
    expect(node.data).toEqual({ node: null })
    expect(node.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_SCOPE')
    const list = await gql(
      server.url,
      '{ viewer { interviews(first: 5) { edges { node { id } } } } }',
      {},
      librarian,
    )
    expect(list.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN_SCOPE'])
    expect(list.data?.viewer ?? null).toBeNull()
    const stories = await gqlData(
      server.url,
      '{ viewer { stories(first: 5) { edges { node { id } } } } }',
      {},
      librarian,
    )
    expect(stories.viewer.stories).toEqual({ edges: [] })
  })

  test('a library token cannot read an exchange, an attempt or a score result by node; a reader can', async () => {
    const { exchangeId } = await firstQuestion(server.url, session)
    const submitted = await gqlData(
      server.url,
      doc.SubmitAttempt,
      {
        input: {
          exchangeId,
          transcript:
            'Last spring two of our drivers were off sick, so I re-planned the routes myself and every delivery went out on time.',
        },
      },
      session,
    )
    const attemptId = submitted.submitAttempt.id as string
    const resultIds = `query($id: ID!) { node(id: $id) { ... on MockInterviewAttempt {
      scoreResults(first: 1) { edges { node { id } } } } } }`
    // the first result is stored as its scorer finishes: wait for it
    let resultId: string | undefined
    await expect
      .poll(async () => {
        const data = await gqlData(server.url, resultIds, { id: attemptId }, session)
        resultId = data.node?.scoreResults.edges[0]?.node.id
        return resultId
      })
      .toEqual(expect.any(String))
    const librarian = await tokenWith(['LIBRARY_READ'])
    const reader = await tokenWith(['INTERVIEWS_READ'])
    for (const id of [exchangeId, attemptId, resultId!]) {
      const refused = await gql(server.url, doc.NodeTypename, { id }, librarian)
      expect(refused.data).toEqual({ node: null })
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN_SCOPE'])
      const read = await gqlData(server.url, doc.NodeTypename, { id }, reader)
      expect(read.node.id).toBe(id)
    }
  })

  test('a token cannot mint tokens without the account scope', async () => {
    const writer = await tokenWith(['INTERVIEWS_READ', 'INTERVIEWS_WRITE'])
    const minted = await gql(
      server.url,
      CreateApiToken,
      { input: { name: 'more', scopes: ['ACCOUNT'] } },
      writer,
    )
    expect(minted.data).toBeNull()
    expect(minted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_SCOPE')
  })

  test('without any token, a mutation says to sign in', async () => {
    const start = await gql(server.url, doc.StartMockInterview, { input: {} })
    expect(start.errors?.[0]?.extensions?.code).toBe('AUTHENTICATION_REQUIRED')
  })
})
