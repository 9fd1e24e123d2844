import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Accounts } from '../interview/accounts/accounts.ts'
import type { Viewer } from '../interview/accounts/scopes.ts'
import { readSessionCookie } from './session-cookie.ts'

/**
 * The interview/ services the resolvers call. server/services.ts builds it; later issues add
 * the engine, the library and the rest as new keys (optional until every composer provides them).
 */
export type Services = {
  /** for the Pothos prisma plugin's own loading of relations; resolvers call services, never this */
  db: PrismaClient
  accounts: Accounts
}

export type GraphQLContext = {
  viewer: Viewer | null
  services: Services
  requestId: string
}

/** `Authorization: Bearer <token>` first, then the web app's session cookie. */
export function tokenFromHeaders(headers: {
  authorization?: string | null
  cookie?: string | null
}): string | null {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1]
  if (bearer) return bearer
  return readSessionCookie(headers.cookie ?? null)
}

export async function createContext(
  services: Services,
  headers: { authorization?: string | null; cookie?: string | null; requestId?: string | null },
): Promise<GraphQLContext> {
  const viewer = await services.accounts.authenticate(tokenFromHeaders(headers))
  // A proxy's request id is kept so logs line up across hops, if it looks like one.
  const requestId = /^[\w.-]{1,100}$/.test(headers.requestId ?? '')
    ? headers.requestId!
    : randomUUID()
  return { viewer, services, requestId }
}
