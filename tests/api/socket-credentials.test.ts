// An open WebSocket is only as good as the credential that opened it: signing out or revoking a
// token closes it, a token revoked elsewhere cannot start anything on it, and the session cookie
// opens a socket only from this server's own pages.
import { createClient, type Client } from 'graphql-ws'
import WebSocket from 'ws'
import { hashToken } from '../../interview/accounts/tokens.ts'
import { describeWithDatabases } from '../setup/database.ts'
import { CreateApiToken, RevokeApiToken } from './accounts-documents.ts'
import { gqlData, startApiServer, type ApiServer } from './api-harness.ts'
import { signUp } from './api-steps.ts'
import * as doc from './interview-documents.ts'

type Closed = { code: number; reason: string }

const InterviewEvents = /* GraphQL */ `
  subscription ($id: ID!) {
    mockInterviewEvents(interviewId: $id) {
      type
    }
  }
`

describeWithDatabases('socket credentials', (database) => {
  let server: ApiServer
  const clients: Client[] = []

  beforeAll(async () => {
    server = await startApiServer(database())
  }, 60_000)
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()))
    await server?.stop()
  })

  async function account() {
    const { sessionToken, userId } = await signUp(server.url, 'socket')
    const created = await gqlData(
      server.url,
      CreateApiToken,
      { input: { name: 'socket', scopes: ['INTERVIEWS_READ'] } },
      sessionToken,
    )
    return {
      sessionToken,
      userId,
      token: created.createApiToken.token as string,
      tokenId: created.createApiToken.apiToken.id as string,
    }
  }

  /** A graphql-ws client whose upgrade request carries `headers` (a browser's cookie and Origin). */
  function connect({
    connectionParams = {},
    headers = {},
  }: {
    connectionParams?: Record<string, unknown>
    headers?: Record<string, string>
  }) {
    let onClosed: (event: Closed) => void = () => {}
    let onConnected: () => void = () => {}
    const closed = new Promise<Closed>((resolve) => (onClosed = resolve))
    const connected = new Promise<void>((resolve) => (onConnected = resolve))
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers })
        }
      },
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
      on: { closed: (event) => onClosed(event as Closed), connected: () => onConnected() },
    })
    clients.push(client)
    return { client, closed, connected }
  }

  async function viewerId(client: Client): Promise<string> {
    for await (const result of client.iterate({ query: '{ viewer { id } }' })) {
      return (result.data as any).viewer.id
    }
    throw new Error('no result')
  }

  const origin = () => new URL(server.url).origin
  const cookie = (sessionToken: string) => `encore_session=${sessionToken}`

  test('revoking a token closes its open socket with 4403 and ends its running subscription', async () => {
    const { sessionToken, token, tokenId } = await account()
    const started = await gqlData(
      server.url,
      doc.StartMockInterview,
      { input: { questionCount: 1, seed: 'revoke' } },
      sessionToken,
    )
    const { client, closed } = connect({ connectionParams: { authorization: `Bearer ${token}` } })
    const events: string[] = []
    let onFirst: () => void = () => {}
    const first = new Promise<void>((resolve) => (onFirst = resolve))
    const running = (async () => {
      for await (const message of client.iterate({
        query: InterviewEvents,
        variables: { id: started.startMockInterview.id },
      })) {
        events.push((message.data as any).mockInterviewEvents.type)
        onFirst()
      }
    })()
    await first

    await gqlData(server.url, RevokeApiToken, { id: tokenId }, sessionToken)

    expect(await closed).toMatchObject({
      code: 4403,
      reason: 'Forbidden: the token was revoked or the session ended',
    })
    await expect(running).rejects.toMatchObject({ code: 4403 })
    expect(events).toEqual(['STATUS'])
  })

  test("signing out closes that session's sockets with 4403; the account's other sockets stay", async () => {
    const { sessionToken, token, userId } = await account()
    const session = connect({ connectionParams: { authorization: sessionToken } })
    const apiToken = connect({ connectionParams: { authorization: token } })
    await Promise.all([session.connected, apiToken.connected])

    await gqlData(server.url, 'mutation { signOut }', {}, sessionToken)

    expect(await session.closed).toMatchObject({ code: 4403 })
    expect(await viewerId(apiToken.client)).toBe(userId)
  })

  test('a token revoked by another server process cannot start anything on a socket it opened', async () => {
    const { token, userId } = await account()
    const { client, closed, connected } = connect({ connectionParams: { authorization: token } })
    await connected
    expect(await viewerId(client)).toBe(userId)

    // Another process's revocation reaches this one only through the database.
    await database().prisma.apiToken.update({
      where: { tokenHash: hashToken(token) },
      data: { revokedAt: new Date() },
    })

    await expect(viewerId(client)).rejects.toMatchObject({ code: 4403 })
    expect(await closed).toMatchObject({ code: 4403 })
  })

  test('a token revoked by another server process cannot start a subscription: nothing is sent, and what it set up is released', async () => {
    const { sessionToken, token } = await account()
    const started = await gqlData(
      server.url,
      doc.StartMockInterview,
      { input: { questionCount: 1, seed: 'revoked-elsewhere' } },
      sessionToken,
    )
    const { client, closed, connected } = connect({ connectionParams: { authorization: token } })
    await connected
    // the subscription is set up while the credential is checked again: watch what it set up
    const { interviews } = server.services
    const original = interviews.events
    let released = false
    interviews.events = async (...args) => {
      const inner = (await original(...args))[Symbol.asyncIterator]()
      const tracked: AsyncIterableIterator<any> = {
        next: () => inner.next(),
        return: async () => {
          released = true
          return (await inner.return?.()) ?? { value: undefined, done: true }
        },
        [Symbol.asyncIterator]: () => tracked,
      }
      return tracked
    }
    try {
      await database().prisma.apiToken.update({
        where: { tokenHash: hashToken(token) },
        data: { revokedAt: new Date() },
      })
      const events: unknown[] = []
      const running = (async () => {
        for await (const message of client.iterate({
          query: InterviewEvents,
          variables: { id: started.startMockInterview.id },
        })) {
          events.push(message)
        }
      })()
      await expect(running).rejects.toMatchObject({ code: 4403 })
      expect(await closed).toMatchObject({ code: 4403 })
      expect(events).toEqual([])
      for (let i = 0; i < 100 && !released; i++) await new Promise((r) => setTimeout(r, 10))
      expect(released).toBe(true)
    } finally {
      interviews.events = original
    }
  })

  test("the session cookie opens a socket from this server's own page", async () => {
    const { sessionToken, userId } = await account()
    const { client } = connect({ headers: { cookie: cookie(sessionToken), origin: origin() } })
    expect(await viewerId(client)).toBe(userId)
  })

  test('the session cookie from a sibling subdomain, or from no page at all, closes with 4403', async () => {
    const { sessionToken } = await account()
    const { port } = new URL(server.url)
    const sibling = connect({
      headers: { cookie: cookie(sessionToken), origin: `http://evil.localhost:${port}` },
    })
    expect(await sibling.closed).toMatchObject({
      code: 4403,
      reason: 'Forbidden: the Origin is not this Host',
    })
    const noOrigin = connect({ headers: { cookie: cookie(sessionToken) } })
    expect(await noOrigin.closed).toMatchObject({ code: 4403 })
  })

  test('a token in connectionParams works from any origin', async () => {
    const { token, userId } = await account()
    const { client } = connect({
      connectionParams: { authorization: `Bearer ${token}` },
      headers: { origin: 'https://client.example.com' },
    })
    expect(await viewerId(client)).toBe(userId)
  })
  test('a malformed token closes with 4403 like any bad token, in connectionParams or the header', async () => {
    for (const authorization of ['Bearer has spaces in it', 'has spaces', 'Bearer enc_a b']) {
      const params = connect({ connectionParams: { authorization } })
      expect(await params.closed).toMatchObject({ code: 4403 })
      const header = connect({ headers: { authorization } })
      expect(await header.closed).toMatchObject({ code: 4403 })
    }
    const unknown = connect({ connectionParams: { authorization: 'Bearer enc_unknown' } })
    expect(await unknown.closed).toMatchObject({ code: 4403 })
  })

  test('a subscription that does not parse is answered with an error; the socket stays open', async () => {
    const { token, userId } = await account()
    const { client } = connect({ connectionParams: { authorization: `Bearer ${token}` } })
    const broken = client.iterate({ query: 'subscription { ' })
    await expect(broken.next()).rejects.toBeDefined()
    const long = client.iterate({ query: `{ scorers { ${'id '.repeat(2100)} } }` })
    await expect(long.next()).rejects.toMatchObject([
      { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' } },
    ])
    expect(await viewerId(client)).toBe(userId)
  })
})
