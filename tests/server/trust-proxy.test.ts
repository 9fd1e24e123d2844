// Rate limits key anonymous calls on the client's address: X-Forwarded-For counts only when the
// operator says a proxy sets it (TRUST_PROXY), so that a client cannot pick a fresh address per try.
import { createClient } from 'graphql-ws'
import WebSocket from 'ws'
import { startApiServer, type ApiServer } from '../api/api-harness.ts'
import { SignIn } from '../api/accounts-documents.ts'
import { signUp } from '../api/api-steps.ts'
import { describeWithDatabases } from '../setup/database.ts'

async function signInFrom(server: ApiServer, forwardedFor: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({
      query: SignIn,
      variables: { input: { email: 'nobody@example.com', password: 'wrong password!' } },
    }),
  })
  const body = (await response.json()) as { data: { signIn: { code: string } } }
  return body.data.signIn.code
}

/** The same sign-in over a graphql-ws socket whose upgrade request carries X-Forwarded-For. */
async function signInOverSocketFrom(server: ApiServer, forwardedFor: string): Promise<string> {
  const { sessionToken } = await signUp(server.url, 'socket')
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': forwardedFor } })
      }
    },
    connectionParams: { authorization: `Bearer ${sessionToken}` },
    retryAttempts: 0,
  })
  try {
    const variables = { input: { email: 'nobody@example.com', password: 'wrong password!' } }
    for await (const result of client.iterate({ query: SignIn, variables })) {
      return (result.data as { signIn: { code: string } }).signIn.code
    }
    throw new Error('the socket closed without a result')
  } finally {
    await client.dispose()
  }
}

const oneTry = { signIn: { max: 1, windowMs: 60_000 } }

describeWithDatabases('TRUST_PROXY', (database) => {
  let server: ApiServer | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  test('unset, X-Forwarded-For is ignored: a new forwarded address does not reset the limit', async () => {
    server = await startApiServer(database(), { rateLimits: oneTry, seed: false })
    expect(await signInFrom(server, '203.0.113.1')).toBe('INVALID_CREDENTIALS')
    expect(await signInFrom(server, '203.0.113.2')).toBe('RATE_LIMITED')
  })

  test('set, each forwarded client address has its own limit', async () => {
    server = await startApiServer(database(), {
      env: { TRUST_PROXY: 'true' },
      rateLimits: oneTry,
      seed: false,
    })
    expect(await signInFrom(server, '198.51.100.1')).toBe('INVALID_CREDENTIALS')
    expect(await signInFrom(server, '198.51.100.1')).toBe('RATE_LIMITED')
    expect(await signInFrom(server, '198.51.100.2')).toBe('INVALID_CREDENTIALS')
  })

  test('over a socket, unset, X-Forwarded-For is ignored as it is over HTTP', async () => {
    server = await startApiServer(database(), { rateLimits: oneTry, seed: false })
    expect(await signInOverSocketFrom(server, '203.0.113.1')).toBe('INVALID_CREDENTIALS')
    expect(await signInOverSocketFrom(server, '203.0.113.2')).toBe('RATE_LIMITED')
  })

  test('over a socket, set, each forwarded client address has its own limit', async () => {
    server = await startApiServer(database(), {
      env: { TRUST_PROXY: 'true' },
      rateLimits: oneTry,
      seed: false,
    })
    expect(await signInOverSocketFrom(server, '198.51.100.1')).toBe('INVALID_CREDENTIALS')
    expect(await signInOverSocketFrom(server, '198.51.100.1')).toBe('RATE_LIMITED')
    expect(await signInOverSocketFrom(server, '198.51.100.2')).toBe('INVALID_CREDENTIALS')
    expect(await signInFrom(server, '198.51.100.2')).toBe('RATE_LIMITED')
  })
})
