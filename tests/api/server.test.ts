import { createClient, type Client } from 'graphql-ws'
import WebSocket from 'ws'
import { createTestDatabase, describeWithDatabases } from '../setup/database.ts'
import { postGraphQL, startTestServer, type TestServer } from '../setup/server.ts'
import { CreateApiToken, RevokeApiToken, SignUp, ViewerQuery } from './accounts-documents.ts'

describeWithDatabases('the HTTP server', (database) => {
  let server: TestServer
  const clients: Client[] = []

  beforeAll(async () => {
    server = await startTestServer({ database: database() })
  })
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()))
    await server?.close({ graceMs: 1000 })
  })

  async function signUpWithToken() {
    const email = `ws-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`
    const signUp = await postGraphQL(server.url, SignUp, {
      variables: { input: { email, password: 'correct horse battery' } },
    })
    const sessionToken = signUp.data.signUp.sessionToken as string
    const created = await postGraphQL(server.url, CreateApiToken, {
      variables: { input: { name: 'socket', scopes: ['INTERVIEWS_READ'] } },
      token: sessionToken,
    })
    return {
      email,
      sessionToken,
      userId: signUp.data.signUp.viewer.id as string,
      token: created.data.createApiToken.token as string,
      tokenId: created.data.createApiToken.apiToken.id as string,
    }
  }

  function connect(connectionParams: Record<string, unknown>) {
    let onClosed: (event: { code: number; reason: string }) => void = () => {}
    const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve))
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
      on: { closed: (event) => onClosed(event as { code: number; reason: string }) },
    })
    clients.push(client)
    return { client, closed }
  }

  async function runOverSocket(client: Client, query: string) {
    const results = []
    for await (const result of client.iterate({ query })) results.push(result)
    return results
  }

  test('GET /healthz answers 200 with the database kind', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: database().kind })
  })

  test('a GraphQL POST to /graphql works', async () => {
    const result = await postGraphQL(server.url, ViewerQuery)
    expect(result).toEqual({ data: { viewer: null } })
  })

  test('pages answer 503 with a hint when the web app is not built', async () => {
    const response = await fetch(`${server.url}/dashboard`)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('npm run build')
  })

  test('a query runs over graphql-ws with a valid API token', async () => {
    const { token, userId, email } = await signUpWithToken()
    const { client } = connect({ authorization: `Bearer ${token}` })
    expect(await runOverSocket(client, ViewerQuery)).toEqual([
      { data: { viewer: { id: userId, email } } },
    ])
  })

  test('a bare token in connectionParams works too', async () => {
    const { token, userId } = await signUpWithToken()
    const { client } = connect({ authorization: token })
    const [result] = await runOverSocket(client, '{ viewer { id } }')
    expect(result).toEqual({ data: { viewer: { id: userId } } })
  })

  test('a revoked token is refused: the socket closes with 4403 Forbidden', async () => {
    const { token, tokenId, sessionToken } = await signUpWithToken()
    const revoked = await postGraphQL(server.url, RevokeApiToken, {
      variables: { id: tokenId },
      token: sessionToken,
    })
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull()
    const { closed } = connect({ authorization: `Bearer ${token}` })
    expect(await closed).toMatchObject({ code: 4403, reason: 'Forbidden' })
  })

  test('a socket without any token closes with 4401 Unauthorized', async () => {
    const { closed } = connect({})
    expect(await closed).toMatchObject({ code: 4401 })
  })
})

test('GET /healthz answers 503 when the database does not answer', async () => {
  const database = await createTestDatabase()
  const server = await startTestServer({ database })
  try {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await database.close()
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'pglite' })
  } finally {
    await server.close({ graceMs: 1000 })
  }
})
