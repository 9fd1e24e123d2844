import { z } from 'zod'
import type { ApiToken, Prisma, PrismaClient, User } from '../../generated/prisma/client.ts'
import {
  EmailTakenError,
  ForbiddenScopeError,
  InvalidCredentialsError,
  NotFoundError,
  parseInput,
} from '../errors.ts'
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts'
import { tokenScopes, type TokenScope, type Viewer } from './scopes.ts'
import {
  apiTokenPrefix,
  displayPrefix,
  generateToken,
  hashToken,
  sessionTokenPrefix,
} from './tokens.ts'

export type AccountsOptions = {
  db: PrismaClient
  clock?: () => Date
  /** how long a session lasts (default 30 days) */
  sessionTtlDays?: number
}

export type SignedIn = { user: User; sessionToken: string; expiresAt: Date }

/** A credential that stopped working before it expired: a session signed out, a token revoked. */
export type EndedCredential = Pick<Viewer, 'via' | 'tokenId'>

/** A Prisma select/include from Pothos, spread into the read so nested fields stay one query. */
type UserQuery = Omit<Prisma.UserFindUniqueArgs, 'where'>
type ApiTokenQuery = Omit<Prisma.ApiTokenFindManyArgs, 'where' | 'orderBy'>

const dayMs = 24 * 60 * 60 * 1000
// Writing lastUsedAt on every request would turn each read into a write; a minute is precise enough.
const lastUsedResolutionMs = 60 * 1000

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address, like ada@example.com.'))

const signUpInput = z.object({
  email,
  password: z
    .string()
    .min(10, 'Use at least 10 characters.')
    .max(200, 'Use at most 200 characters.'),
  name: z.string().trim().max(100, 'Use at most 100 characters.').nullish(),
})

const signInInput = z.object({ email: z.string().trim().toLowerCase(), password: z.string() })

const createApiTokenInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the token, e.g. "CI".')
    .max(100, 'Use at most 100 characters.'),
  scopes: z
    .array(z.enum(tokenScopes, { error: `Use scopes from: ${tokenScopes.join(', ')}.` }))
    .min(1, `Choose at least one scope from: ${tokenScopes.join(', ')}.`)
    .transform((scopes) => [...new Set(scopes)]),
  expiresInDays: z
    .number()
    .int('Use a whole number of days.')
    .min(1, 'A token lasts at least 1 day.')
    .max(3650, 'A token lasts at most 3650 days.')
    .nullish(),
})

export type Accounts = ReturnType<typeof createAccounts>

export function createAccounts({
  db,
  clock = () => new Date(),
  sessionTtlDays = 30,
}: AccountsOptions) {
  const endedListeners = new Set<(ended: EndedCredential) => void>()
  function ended(credential: EndedCredential) {
    for (const listener of endedListeners) listener(credential)
  }

  async function startSession(user: User): Promise<SignedIn> {
    const sessionToken = generateToken(sessionTokenPrefix)
    const expiresAt = new Date(clock().getTime() + sessionTtlDays * dayMs)
    // Nothing else sweeps sessions: each sign-in clears the user's expired ones.
    await db.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: clock() } } })
    await db.session.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(sessionToken),
        expiresAt,
        createdAt: clock(),
        lastUsedAt: clock(),
      },
    })
    return { user, sessionToken, expiresAt }
  }

  function stale(lastUsedAt: Date | null): boolean {
    return lastUsedAt === null || clock().getTime() - lastUsedAt.getTime() >= lastUsedResolutionMs
  }

  async function authenticateSession(token: string): Promise<Viewer | null> {
    const session = await db.session.findUnique({ where: { tokenHash: hashToken(token) } })
    if (!session || session.expiresAt <= clock()) return null
    if (stale(session.lastUsedAt)) {
      await db.session.update({ where: { id: session.id }, data: { lastUsedAt: clock() } })
    }
    return { userId: session.userId, scopes: [...tokenScopes], via: 'session', tokenId: session.id }
  }

  async function authenticateApiToken(token: string): Promise<Viewer | null> {
    const apiToken = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } })
    if (!apiToken || apiToken.revokedAt) return null
    if (apiToken.expiresAt && apiToken.expiresAt <= clock()) return null
    if (stale(apiToken.lastUsedAt)) {
      await db.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: clock() } })
    }
    const scopes = apiToken.scopes.filter((scope): scope is TokenScope =>
      (tokenScopes as readonly string[]).includes(scope),
    )
    return { userId: apiToken.userId, scopes, via: 'api-token', tokenId: apiToken.id }
  }

  return {
    /** Creates an account and signs it in. Passwords are hashed with scrypt and never logged. */
    async signUp(input: {
      email: string
      password: string
      name?: string | null
    }): Promise<SignedIn> {
      const data = parseInput(signUpInput, input)
      // Refused sign-ups do not count against the address's limit (decision 071), so a taken
      // email is refused before scrypt runs; the unique index still settles a race.
      const taken = await db.user.findUnique({ where: { email: data.email }, select: { id: true } })
      if (taken) throw new EmailTakenError(data.email)
      const passwordHash = await hashPassword(data.password)
      const user = await db.user
        .create({ data: { email: data.email, name: data.name ?? null, passwordHash } })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new EmailTakenError(data.email)
          throw error
        })
      return startSession(user)
    },

    /** Returns a new session token (shown once; only its SHA-256 is stored). */
    async signIn(input: { email: string; password: string }): Promise<SignedIn> {
      const data = parseInput(signInInput, input)
      const user = await db.user.findUnique({ where: { email: data.email } })
      const valid = await verifyPassword(data.password, user?.passwordHash ?? (await decoyHash()))
      if (!user || !valid) throw new InvalidCredentialsError()
      return startSession(user)
    },

    /** Ends a session, given its token or the viewer it authenticated; false when there was none. */
    async signOut(target: string | Viewer | null): Promise<boolean> {
      if (target === null) return false
      if (typeof target !== 'string' && target.via !== 'session') return false
      const id =
        typeof target === 'string'
          ? (await db.session.findUnique({ where: { tokenHash: hashToken(target) } }))?.id
          : target.tokenId
      if (!id) return false
      const { count } = await db.session.deleteMany({ where: { id } })
      if (count > 0) ended({ via: 'session', tokenId: id })
      return count > 0
    },

    /**
     * Calls `listener` (in this process) whenever a session is signed out or an API token revoked,
     * e.g. to close the sockets it opened. Returns the unsubscribe.
     */
    onCredentialEnded(listener: (ended: EndedCredential) => void): () => void {
      endedListeners.add(listener)
      return () => endedListeners.delete(listener)
    },

    /**
     * Deletes the account and every row it owns (the schema cascades from the user), once the
     * password is confirmed, then ends each of its sessions and tokens so that their sockets
     * close. Recordings on disk are the caller's (interview/privacy/privacy.ts).
     */
    async deleteAccount(viewer: Viewer, password: string): Promise<void> {
      const user = await db.user.findUnique({
        where: { id: viewer.userId },
        include: { sessions: { select: { id: true } }, apiTokens: { select: { id: true } } },
      })
      if (!user || !(await verifyPassword(password, user.passwordHash)))
        throw new InvalidCredentialsError()
      await db.user.delete({ where: { id: user.id } })
      for (const { id } of user.sessions) ended({ via: 'session', tokenId: id })
      for (const { id } of user.apiTokens) ended({ via: 'api-token', tokenId: id })
    },

    /** A session token or an API token → the viewer, or null when unknown, expired or revoked. */
    async authenticate(token: string | null | undefined): Promise<Viewer | null> {
      if (!token) return null
      if (token.startsWith(apiTokenPrefix)) return authenticateApiToken(token)
      if (token.startsWith(sessionTokenPrefix)) return authenticateSession(token)
      return null
    },

    async getViewer(viewer: Viewer | null, query: UserQuery = {}): Promise<User | null> {
      if (!viewer) return null
      return db.user.findUnique({ ...query, where: { id: viewer.userId } })
    },

    /** Mints an API token; the secret is returned once, the database keeps its hash and prefix. */
    async createApiToken(
      viewer: Viewer,
      input: { name: string; scopes: string[]; expiresInDays?: number | null },
    ): Promise<{ token: string; apiToken: ApiToken }> {
      // A leaked API token must not be able to mint more tokens: only a signed-in session can.
      if (viewer.via !== 'session') {
        throw new ForbiddenScopeError(
          ['account'],
          'API tokens cannot create API tokens. Sign in with your email and password, then create it.',
        )
      }
      const data = parseInput(createApiTokenInput, input)
      const token = generateToken(apiTokenPrefix)
      const now = clock()
      const apiToken = await db.apiToken.create({
        data: {
          userId: viewer.userId,
          name: data.name,
          scopes: data.scopes,
          prefix: displayPrefix(token),
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: data.expiresInDays
            ? new Date(now.getTime() + data.expiresInDays * dayMs)
            : null,
        },
      })
      return { token, apiToken }
    },

    /** The viewer's tokens, newest first, revoked ones included (their revokedAt is set). */
    async listApiTokens(viewer: Viewer, query: ApiTokenQuery = {}): Promise<ApiToken[]> {
      return db.apiToken.findMany({
        ...query,
        where: { userId: viewer.userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })
    },

    /** Revokes one of the viewer's tokens; revoking twice keeps the first time. Others' → NOT_FOUND. */
    async revokeApiToken(viewer: Viewer, id: string): Promise<ApiToken> {
      await db.apiToken.updateMany({
        where: { id, userId: viewer.userId, revokedAt: null },
        data: { revokedAt: clock() },
      })
      const apiToken = await db.apiToken.findFirst({ where: { id, userId: viewer.userId } })
      if (!apiToken) throw new NotFoundError('API token', id)
      ended({ via: 'api-token', tokenId: apiToken.id })
      return apiToken
    },
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}
