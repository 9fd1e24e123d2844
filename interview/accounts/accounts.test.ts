import { describeWithDatabases } from '../../tests/setup/database.ts'
import {
  EmailTakenError,
  ForbiddenScopeError,
  InvalidCredentialsError,
  NotFoundError,
  ValidationFailedError,
} from '../errors.ts'
import { createAccounts } from './accounts.ts'
import { hashToken } from './tokens.ts'

describeWithDatabases('accounts', (database) => {
  let now = new Date('2026-11-25T09:00:00Z')
  const accounts = () =>
    createAccounts({ db: database().prisma, clock: () => now, sessionTtlDays: 30 })
  let counter = 0
  const uniqueEmail = () => `user${++counter}-${Date.now()}@example.com`

  test('signing up stores the email in lower case and never the password', async () => {
    const email = uniqueEmail()
    const { user, sessionToken } = await accounts().signUp({
      email: `  ${email.toUpperCase()} `,
      password: 'correct horse battery',
      name: 'Ada',
    })
    expect(user.email).toBe(email)
    const row = await database().prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(row.passwordHash).toMatch(/^scrypt\$/)
    expect(row.passwordHash).not.toContain('correct horse battery')
    expect(await accounts().authenticate(sessionToken)).toMatchObject({
      userId: user.id,
      via: 'session',
    })
  })

  test('a bad email and a short password are refused, naming both fields', async () => {
    const failure = await accounts()
      .signUp({ email: 'not-an-email', password: 'short' })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ValidationFailedError)
    expect((failure as ValidationFailedError).issues.map((issue) => issue.path)).toEqual([
      ['email'],
      ['password'],
    ])
  })

  test('the same email twice, in any case, is EMAIL_TAKEN', async () => {
    const email = uniqueEmail()
    await accounts().signUp({ email, password: 'correct horse battery' })
    await expect(
      accounts().signUp({ email: email.toUpperCase(), password: 'another long password' }),
    ).rejects.toBeInstanceOf(EmailTakenError)
  })

  test('a wrong password and an unknown email get the same answer', async () => {
    const email = uniqueEmail()
    await accounts().signUp({ email, password: 'correct horse battery' })
    const wrongPassword = await accounts()
      .signIn({ email, password: 'wrong horse battery' })
      .catch((error: unknown) => error)
    const unknownEmail = await accounts()
      .signIn({ email: uniqueEmail(), password: 'correct horse battery' })
      .catch((error: unknown) => error)
    expect(wrongPassword).toBeInstanceOf(InvalidCredentialsError)
    expect(unknownEmail).toBeInstanceOf(InvalidCredentialsError)
    expect((wrongPassword as Error).message).toBe((unknownEmail as Error).message)
  })

  test('a session token is stored only as its hash and stops working after sign-out', async () => {
    const email = uniqueEmail()
    await accounts().signUp({ email, password: 'correct horse battery' })
    const { sessionToken, user } = await accounts().signIn({
      email,
      password: 'correct horse battery',
    })
    const sessions = await database().prisma.session.findMany({ where: { userId: user.id } })
    expect(sessions.map((session) => session.tokenHash)).toContain(hashToken(sessionToken))
    expect(JSON.stringify(sessions)).not.toContain(sessionToken)

    expect(await accounts().signOut(sessionToken)).toBe(true)
    expect(await accounts().authenticate(sessionToken)).toBeNull()
  })

  test('an expired session is refused', async () => {
    const { sessionToken } = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const signedUpAt = now
    now = new Date(signedUpAt.getTime() + 31 * 24 * 60 * 60 * 1000)
    try {
      expect(await accounts().authenticate(sessionToken)).toBeNull()
    } finally {
      now = signedUpAt
    }
  })

  test('signing in again clears expired sessions and keeps live ones', async () => {
    const email = uniqueEmail()
    const signUp = await accounts().signUp({ email, password: 'correct horse battery' })
    const signedUpAt = now
    now = new Date(signedUpAt.getTime() + 20 * 24 * 60 * 60 * 1000)
    const second = await accounts().signIn({ email, password: 'correct horse battery' })
    now = new Date(signedUpAt.getTime() + 31 * 24 * 60 * 60 * 1000)
    try {
      const third = await accounts().signIn({ email, password: 'correct horse battery' })
      const sessions = await database().prisma.session.findMany({
        where: { userId: signUp.user.id },
        orderBy: { createdAt: 'asc' },
      })
      expect(sessions.map((session) => session.tokenHash)).toEqual([
        hashToken(second.sessionToken),
        hashToken(third.sessionToken),
      ])
      expect(await accounts().authenticate(second.sessionToken)).not.toBeNull()
    } finally {
      now = signedUpAt
    }
  })

  test('an API token is shown once, stored hashed, carries its scopes and records its use', async () => {
    const { sessionToken } = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const viewer = (await accounts().authenticate(sessionToken))!
    const { token, apiToken } = await accounts().createApiToken(viewer, {
      name: 'CI',
      scopes: ['interviews:read', 'interviews:read', 'library:read'],
    })
    expect(token).toMatch(/^enc_[\w-]{43}$/)
    expect(apiToken.prefix).toBe(token.slice(0, 10))
    const row = await database().prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })
    expect(row.tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(row)).not.toContain(token)
    expect(row.lastUsedAt).toBeNull()

    const tokenViewer = await accounts().authenticate(token)
    expect(tokenViewer).toEqual({
      userId: viewer.userId,
      scopes: ['interviews:read', 'library:read'],
      via: 'api-token',
      tokenId: apiToken.id,
    })
    const used = await database().prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })
    expect(used.lastUsedAt).toEqual(now)
  })

  test('unknown scopes are refused with the list of valid ones', async () => {
    const { sessionToken } = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const viewer = (await accounts().authenticate(sessionToken))!
    const failure = await accounts()
      .createApiToken(viewer, { name: 'x', scopes: ['admin'] })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ValidationFailedError)
    expect((failure as Error).message).toContain('interviews:read')
  })

  test('an API token cannot mint another API token', async () => {
    const { sessionToken } = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const viewer = (await accounts().authenticate(sessionToken))!
    const { token } = await accounts().createApiToken(viewer, { name: 'all', scopes: ['account'] })
    const tokenViewer = (await accounts().authenticate(token))!
    await expect(
      accounts().createApiToken(tokenViewer, { name: 'escalate', scopes: ['account'] }),
    ).rejects.toBeInstanceOf(ForbiddenScopeError)
  })

  test('revoked and expired API tokens are refused', async () => {
    const { sessionToken } = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const viewer = (await accounts().authenticate(sessionToken))!
    const revoked = await accounts().createApiToken(viewer, {
      name: 'old',
      scopes: ['library:read'],
    })
    const revokedRow = await accounts().revokeApiToken(viewer, revoked.apiToken.id)
    expect(revokedRow.revokedAt).toEqual(now)
    expect(await accounts().authenticate(revoked.token)).toBeNull()

    const shortLived = await accounts().createApiToken(viewer, {
      name: 'a day',
      scopes: ['library:read'],
      expiresInDays: 1,
    })
    expect(await accounts().authenticate(shortLived.token)).not.toBeNull()
    const createdAt = now
    now = new Date(createdAt.getTime() + 25 * 60 * 60 * 1000)
    try {
      expect(await accounts().authenticate(shortLived.token)).toBeNull()
    } finally {
      now = createdAt
    }
  })

  test("another user's token is NOT_FOUND and stays valid", async () => {
    const mine = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const theirs = await accounts().signUp({
      email: uniqueEmail(),
      password: 'correct horse battery',
    })
    const me = (await accounts().authenticate(mine.sessionToken))!
    const them = (await accounts().authenticate(theirs.sessionToken))!
    const { token, apiToken } = await accounts().createApiToken(me, {
      name: 'mine',
      scopes: ['account'],
    })

    await expect(accounts().revokeApiToken(them, apiToken.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await accounts().authenticate(token)).not.toBeNull()
    expect((await accounts().listApiTokens(them)).map((row) => row.id)).not.toContain(apiToken.id)
    expect((await accounts().listApiTokens(me)).map((row) => row.id)).toEqual([apiToken.id])
  })

  test('an unknown or malformed token authenticates nobody', async () => {
    expect(await accounts().authenticate('enc_nope')).toBeNull()
    expect(await accounts().authenticate('encs_nope')).toBeNull()
    expect(await accounts().authenticate('garbage')).toBeNull()
    expect(await accounts().authenticate(null)).toBeNull()
  })
})
