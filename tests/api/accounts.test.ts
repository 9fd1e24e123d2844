import { createLogger } from 'graphql-yoga'
import { createEncoreYoga, type EncoreYoga } from '../../graphql/yoga.ts'
import { hashToken } from '../../interview/accounts/tokens.ts'
import { createServices } from '../../server/services.ts'
import { describeWithDatabases } from '../setup/database.ts'
import {
  CreateApiToken,
  RevokeApiToken,
  SignIn,
  SignUp,
  ViewerQuery,
} from './accounts-documents.ts'

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }

describeWithDatabases('accounts over GraphQL', (database) => {
  let yoga: EncoreYoga
  let counter = 0
  const uniqueEmail = () => `api${++counter}-${Date.now()}@example.com`
  const password = 'correct horse battery'

  beforeAll(() => {
    yoga = createEncoreYoga({
      // These tests sign up many users; the signUp limit has its own test (sign-up-limit.test.ts).
      services: createServices({
        db: database().prisma,
        config: { sessionTtlDays: 30 },
        rateLimits: { signUp: { max: 1000, windowMs: 60 * 60_000 } },
      }),
      isProduction: false,
      introspection: true,
      graphiql: false,
      logger: createLogger('silent'),
    })
  })

  async function graphql(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Body> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })
    return response.json() as Promise<Body>
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  async function signUp(email = uniqueEmail()) {
    const { data } = await graphql(SignUp, { input: { email, password } })
    expect(data.signUp.__typename).toBe('AuthSession')
    return data.signUp as { sessionToken: string; viewer: { id: string; email: string } }
  }

  async function createToken(sessionToken: string, scopes = ['INTERVIEWS_READ', 'ACCOUNT']) {
    const { data } = await graphql(
      CreateApiToken,
      { input: { name: 'CI', scopes } },
      bearer(sessionToken),
    )
    expect(data.createApiToken.__typename).toBe('CreatedApiToken')
    return data.createApiToken as {
      token: string
      apiToken: { id: string; prefix: string; scopes: string[] }
    }
  }

  test('signing up returns the new viewer and a session token', async () => {
    const email = uniqueEmail()
    const { data } = await graphql(SignUp, { input: { email, password, name: 'Ada' } })
    expect(data.signUp).toMatchObject({
      __typename: 'AuthSession',
      viewer: { email, name: 'Ada' },
      sessionToken: expect.stringMatching(/^encs_/),
    })
    expect(new Date(data.signUp.expiresAt).getTime()).toBeGreaterThan(Date.now())
  })

  test('a bad email and a short password come back as VALIDATION_FAILED naming each field', async () => {
    const { data } = await graphql(SignUp, {
      input: { email: 'ada-at-example', password: 'short' },
    })
    expect(data.signUp.__typename).toBe('ValidationFailedError')
    expect(data.signUp.code).toBe('VALIDATION_FAILED')
    expect(data.signUp.issues).toEqual([
      { path: ['email'], message: expect.stringContaining('valid email') },
      { path: ['password'], message: expect.stringContaining('10 characters') },
    ])
  })

  test('signing up twice with one email is EMAIL_TAKEN', async () => {
    const email = uniqueEmail()
    await signUp(email)
    const { data } = await graphql(SignUp, { input: { email, password } })
    expect(data.signUp).toMatchObject({ __typename: 'EmailTakenError', code: 'EMAIL_TAKEN' })
  })

  test('a wrong password is INVALID_CREDENTIALS without saying which part was wrong', async () => {
    const email = uniqueEmail()
    await signUp(email)
    const { data } = await graphql(SignIn, { input: { email, password: 'wrong horse battery' } })
    expect(data.signIn).toMatchObject({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
    })
    expect(data.signIn.message).toBe('The email or password is wrong. Check both and try again.')
  })

  test('the session token from signIn reads the viewer, by Bearer header or by cookie', async () => {
    const email = uniqueEmail()
    const { viewer } = await signUp(email)
    const { data } = await graphql(SignIn, { input: { email, password } })
    const token = data.signIn.sessionToken

    expect((await graphql(ViewerQuery, {}, bearer(token))).data.viewer).toEqual({
      id: viewer.id,
      email,
    })
    expect(
      (await graphql(ViewerQuery, {}, { cookie: `other=1; encore_session=${token}` })).data.viewer,
    ).toEqual({
      id: viewer.id,
      email,
    })
    expect((await graphql(ViewerQuery)).data.viewer).toBeNull()
  })

  test('a new API token is shown once and the database holds only its hash', async () => {
    const { sessionToken, viewer } = await signUp()
    const { token, apiToken } = await createToken(sessionToken)
    expect(token).toMatch(/^enc_/)
    expect(apiToken.prefix).toBe(token.slice(0, 10))
    expect(apiToken.scopes).toEqual(['INTERVIEWS_READ', 'ACCOUNT'])

    const rows = await database().prisma.apiToken.findMany({
      where: { user: { email: viewer.email } },
    })
    expect(rows).toHaveLength(1)
    expect(rows[0].tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(rows)).not.toContain(token)

    const listed = await graphql('{ viewer { apiTokens { id prefix } } }', {}, bearer(sessionToken))
    expect(JSON.stringify(listed)).not.toContain(token)
    expect(listed.data.viewer.apiTokens).toEqual([{ id: apiToken.id, prefix: apiToken.prefix }])
  })

  test('the API token reads the viewer', async () => {
    const { sessionToken, viewer } = await signUp()
    const { token } = await createToken(sessionToken)
    expect((await graphql(ViewerQuery, {}, bearer(token))).data.viewer).toEqual({
      id: viewer.id,
      email: viewer.email,
    })
  })

  test('a token without the account scope cannot list tokens: FORBIDDEN_SCOPE', async () => {
    const { sessionToken } = await signUp()
    const { token } = await createToken(sessionToken, ['INTERVIEWS_READ'])
    const result = await graphql('{ viewer { id apiTokens { id } } }', {}, bearer(token))
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN_SCOPE')
    expect(result.errors?.[0].message).toContain('account')
  })

  test('creating a token without signing in is AUTHENTICATION_REQUIRED', async () => {
    const result = await graphql(CreateApiToken, { input: { name: 'CI', scopes: ['ACCOUNT'] } })
    expect(result.data).toBeNull()
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['createApiToken'],
        extensions: { code: 'AUTHENTICATION_REQUIRED' },
      }),
    ])
  })

  test('a revoked token is refused', async () => {
    const { sessionToken } = await signUp()
    const { token, apiToken } = await createToken(sessionToken)
    const { data } = await graphql(RevokeApiToken, { id: apiToken.id }, bearer(sessionToken))
    expect(data.revokeApiToken).toMatchObject({ __typename: 'ApiToken', id: apiToken.id })
    expect(data.revokeApiToken.revokedAt).not.toBeNull()

    expect((await graphql(ViewerQuery, {}, bearer(token))).data.viewer).toBeNull()
  })

  test('another user cannot revoke my token: NOT_FOUND, and it keeps working', async () => {
    const me = await signUp()
    const them = await signUp()
    const { token, apiToken } = await createToken(me.sessionToken)
    const { data } = await graphql(RevokeApiToken, { id: apiToken.id }, bearer(them.sessionToken))
    expect(data.revokeApiToken).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' })
    expect((await graphql(ViewerQuery, {}, bearer(token))).data.viewer.id).toBe(me.viewer.id)
  })

  test('signing out ends the session', async () => {
    const { sessionToken } = await signUp()
    expect((await graphql('mutation { signOut }', {}, bearer(sessionToken))).data.signOut).toBe(
      true,
    )
    expect((await graphql(ViewerQuery, {}, bearer(sessionToken))).data.viewer).toBeNull()
  })

  test('another user cannot read my viewer through node(id)', async () => {
    const me = await signUp()
    const them = await signUp()
    const mine = await graphql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: me.viewer.id },
      bearer(me.sessionToken),
    )
    expect(mine.data.node).toEqual({ id: me.viewer.id })
    const theirs = await graphql(
      'query($id: ID!) { node(id: $id) { id ... on Viewer { email } } }',
      { id: me.viewer.id },
      bearer(them.sessionToken),
    )
    // exactly what an unknown id gives: null, no error that would say the id exists
    expect(theirs).toEqual({ data: { node: null } })
    expect(JSON.stringify(theirs)).not.toContain(me.viewer.email)
  })
})
