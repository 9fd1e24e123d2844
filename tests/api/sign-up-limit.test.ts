// Each sign-up hashes a password with scrypt (~50 ms, 32 MiB) and creates an account, so an
// address gets a few per hour, whether or not it is signed in.
import { describeWithDatabases } from '../setup/database.ts'
import { startApiServer, password, uniqueEmail, type ApiServer } from './api-harness.ts'
import { SignUp } from './accounts-documents.ts'

describeWithDatabases('the signUp limit', (database) => {
  let server: ApiServer
  beforeAll(async () => {
    server = await startApiServer(database(), {
      env: { TRUST_PROXY: 'true' },
      rateLimits: { signUp: { max: 2, windowMs: 60 * 60_000 } },
      seed: false,
    })
  })
  afterAll(() => server?.stop())

  async function signUpFrom(
    address: string,
    token?: string,
    input: { email: string; password: string } = { email: uniqueEmail('limit'), password },
  ) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({
        query: SignUp,
        variables: { input },
      }),
    })
    const body = (await response.json()) as { data: { signUp: Record<string, any> } }
    return body.data.signUp
  }

  test('an address signs up twice an hour, then is refused; another address is not', async () => {
    const first = await signUpFrom('203.0.113.7')
    expect(first.__typename).toBe('AuthSession')
    // Signed in as the account it just made, the address still counts as itself.
    const second = await signUpFrom('203.0.113.7', first.sessionToken)
    expect(second.__typename).toBe('AuthSession')
    const third = await signUpFrom('203.0.113.7', second.sessionToken)
    expect(third).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' })
    expect(third.message).toBe(
      'Too many new accounts from this address. Try again in about an hour.',
    )
    expect(third.retryAfterSeconds).toBeGreaterThan(3500)
    expect((await signUpFrom('198.51.100.4')).__typename).toBe('AuthSession')
  })

  test('typos and a taken email do not count against the address', async () => {
    const address = '192.0.2.44'
    const typos = [
      { email: 'not-an-email', password },
      { email: uniqueEmail('typo'), password: 'short' },
      { email: '', password },
    ]
    for (const input of typos) {
      expect((await signUpFrom(address, undefined, input)).__typename).toBe('ValidationFailedError')
    }
    const first = await signUpFrom(address)
    expect(first.__typename).toBe('AuthSession')
    const duplicate = await signUpFrom(address, undefined, {
      email: first.viewer.email,
      password,
    })
    expect(duplicate.__typename).toBe('EmailTakenError')
    expect((await signUpFrom(address)).__typename).toBe('AuthSession')
    expect((await signUpFrom(address)).__typename).toBe('RateLimitedError')
  })
})
