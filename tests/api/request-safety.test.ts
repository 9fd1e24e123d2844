// CSRF prevention, request and upload size limits, answer length, rate limits, introspection
// and masked unexpected errors, each seen from a client over HTTP.
import { createLogger } from 'graphql-yoga'
import { describeWithDatabases } from '../setup/database.ts'
import {
  gql,
  gqlData,
  password,
  startApiServer,
  uniqueEmail,
  type ApiServer,
} from './api-harness.ts'
import { firstQuestion, signUp } from './api-steps.ts'
import { CreateApiToken, SignIn, SignUp } from './accounts-documents.ts'
import * as doc from './interview-documents.ts'

const uploadDocument = /* GraphQL */ `
  mutation Upload($audio: File!, $exchangeId: ID!) {
    submitAttempt(input: { exchangeId: $exchangeId, audio: $audio }) {
      __typename
      ... on MockInterviewAttempt {
        status
        hasAudio
        audioMimeType
        degraded
      }
      ... on ValidationFailedError {
        issues {
          path
          message
        }
      }
    }
  }
`

function multipart(exchangeId: string, file: Blob, filename: string): FormData {
  const form = new FormData()
  form.set(
    'operations',
    JSON.stringify({ query: uploadDocument, variables: { audio: null, exchangeId } }),
  )
  form.set('map', JSON.stringify({ 0: ['variables.audio'] }))
  form.set('0', file, filename)
  return form
}

describeWithDatabases('request safety', (database) => {
  let server: ApiServer
  let token: string
  const logged: unknown[][] = []

  beforeAll(async () => {
    const logger = createLogger('silent')
    logger.error = (...args: unknown[]) => void logged.push(args)
    server = await startApiServer(database(), {
      rateLimits: {
        signIn: { max: 3, windowMs: 60_000 },
        submitAttempt: { max: 4, windowMs: 60_000 },
        createApiToken: { max: 2, windowMs: 60_000 },
      },
      env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' },
      logger,
      overrides: {
        scorers: {
          list: async () => {
            throw new Error('the scorer registry is corrupt at /etc/secret/path')
          },
        },
      },
    })
    token = (await signUp(server.url, 'safety')).sessionToken
  }, 60_000)
  afterAll(() => server?.stop())

  const post = (body: BodyInit, headers: Record<string, string>) =>
    fetch(`${server.url}/graphql`, { method: 'POST', body, headers })

  test('a GET query without a preflight header is refused as a possible cross-site request', async () => {
    const query = encodeURIComponent('{ __typename }')
    const plain = await fetch(`${server.url}/graphql?query=${query}`)
    expect(plain.status).toBe(403)
    const marked = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
    })
    expect(marked.status).toBe(200)
    expect(await marked.json()).toEqual({ data: { __typename: 'Query' } })
  })

  test('an audio recording uploads through the multipart spec and waits for its transcript', async () => {
    const { exchangeId } = await firstQuestion(server.url, token)
    const recording = new Blob([new Uint8Array(2048).fill(7)], { type: 'audio/webm' })
    const withoutHeader = await post(multipart(exchangeId, recording, 'answer.webm'), {
      authorization: `Bearer ${token}`,
    })
    expect(withoutHeader.status).toBe(403)
    const response = await post(multipart(exchangeId, recording, 'answer.webm'), {
      authorization: `Bearer ${token}`,
      'graphql-preflight': '1',
    })
    const body = await response.json()
    expect(body.data.submitAttempt).toEqual({
      __typename: 'MockInterviewAttempt',
      status: 'AWAITING_TRANSCRIPT',
      hasAudio: true,
      audioMimeType: 'audio/webm',
      degraded: true,
    })
  })

  test('an upload that is not audio is refused, naming the field', async () => {
    const { exchangeId } = await firstQuestion(server.url, token)
    const text = new Blob(['not a recording'], { type: 'text/plain' })
    const response = await post(multipart(exchangeId, text, 'notes.txt'), {
      authorization: `Bearer ${token}`,
      'graphql-preflight': '1',
    })
    const body = await response.json()
    expect(body.data.submitAttempt.__typename).toBe('ValidationFailedError')
    expect(body.data.submitAttempt.issues).toEqual([
      expect.objectContaining({ path: ['audio', 'mimeType'] }),
    ])
  })

  test('an upload over 25 MB is refused before it is read', async () => {
    const response = await post(new Uint8Array(27 * 1024 * 1024), {
      'content-type': 'multipart/form-data; boundary=x',
      'graphql-preflight': '1',
    })
    expect(response.status).toBe(413)
    const body = await response.json()
    expect(body.errors[0].message).toMatch(/at most 25 MB/)
  })

  test('a JSON body over 2 MB is refused', async () => {
    const response = await post(
      JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(2_200_000) }),
      {
        'content-type': 'application/json',
      },
    )
    expect(response.status).toBe(413)
  })

  test('an answer over 10,000 characters is VALIDATION_FAILED on its transcript', async () => {
    const { exchangeId } = await firstQuestion(server.url, token)
    const data = await gqlData(
      server.url,
      doc.SubmitAttempt,
      { input: { exchangeId, transcript: 'a'.repeat(10_001) } },
      token,
    )
    expect(data.submitAttempt.code).toBe('VALIDATION_FAILED')
    expect(data.submitAttempt.issues[0].path).toContain('transcript')
    expect(data.submitAttempt.issues[0].message).toMatch(/10,000 characters/)
  })

  test('signing in too often is RATE_LIMITED, for that email from that address', async () => {
    const email = uniqueEmail('guess')
    await gqlData(server.url, SignUp, { input: { email, password } })
    const codes: string[] = []
    for (let i = 0; i < 4; i++) {
      const data = await gqlData(server.url, SignIn, {
        input: { email, password: 'wrong password!' },
      })
      codes.push(data.signIn.code)
    }
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'RATE_LIMITED',
    ])
    const other = await gqlData(server.url, SignIn, {
      input: { email: uniqueEmail('x'), password },
    })
    expect(other.signIn.code).toBe('INVALID_CREDENTIALS')
  })

  test('signing in as a new account each try does not reset the sign-in limit of an email', async () => {
    const email = uniqueEmail('target')
    await gqlData(server.url, SignUp, { input: { email, password } })
    const codes: string[] = []
    for (let i = 0; i < 4; i++) {
      const { sessionToken } = await signUp(server.url, 'guesser')
      const data = await gqlData(
        server.url,
        SignIn,
        { input: { email, password: 'wrong password!' } },
        sessionToken,
      )
      codes.push(data.signIn.code)
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED')
  })

  test('submitting and minting tokens too often is RATE_LIMITED per user', async () => {
    const { sessionToken } = await signUp(server.url, 'flood')
    const { exchangeId } = await firstQuestion(server.url, sessionToken)
    const results: string[] = []
    for (let i = 0; i < 5; i++) {
      const data = await gqlData(
        server.url,
        doc.SubmitAttempt,
        { input: { exchangeId, transcript: `Answer number ${i} with enough words to score.` } },
        sessionToken,
      )
      results.push(data.submitAttempt.__typename)
    }
    expect(results).toEqual([...Array(4).fill('MockInterviewAttempt'), 'RateLimitedError'])
    const tokens: string[] = []
    for (let i = 0; i < 3; i++) {
      const data = await gqlData(
        server.url,
        CreateApiToken,
        { input: { name: `t${i}`, scopes: ['INTERVIEWS_READ'] } },
        sessionToken,
      )
      tokens.push(data.createApiToken.__typename)
    }
    expect(tokens).toEqual(['CreatedApiToken', 'CreatedApiToken', 'RateLimitedError'])
    // Another user is not slowed down by the first one's flood.
    const { sessionToken: calm } = await signUp(server.url, 'calm')
    const mine = await gqlData(server.url, doc.StartMockInterview, { input: {} }, calm)
    expect(mine.startMockInterview.__typename).toBe('MockInterview')
  })

  test('introspection is off when GRAPHQL_INTROSPECTION=false, and no field is suggested', async () => {
    const body = await gql(server.url, '{ __schema { types { name } } }', {}, token)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/introspection/i)
    const typo = await gql(server.url, '{ viewr { id } }', {}, token)
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/)
  })

  test('an unexpected error is masked in production and logged with its request id', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'req-4242',
      },
      body: JSON.stringify({ query: '{ scorers { id } }' }),
    })
    const body = await response.json()
    expect(JSON.stringify(body)).not.toContain('/etc/secret')
    expect(body.errors[0]).toMatchObject({
      message: 'Unexpected error (request req-4242).',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-4242' },
    })
    expect(JSON.stringify(logged.flat().map(String))).toContain('req-4242')
    expect(String(logged.flat().find((entry) => entry instanceof Error))).toContain('/etc/secret')
  })
})
