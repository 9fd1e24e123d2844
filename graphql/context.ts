import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Accounts } from '../interview/accounts/accounts.ts'
import type { Viewer } from '../interview/accounts/scopes.ts'
import type { AvatarSessions } from '../interview/integrations/avatar/avatar-sessions.ts'
import type { BrowserToken } from '../interview/integrations/transcription/deepgram.ts'
import type { DataPolicy } from './types/Privacy.ts'
import type { Privacy } from '../interview/privacy/privacy.ts'
import type { InterviewServices } from '../interview/interview-services.ts'
import type { RateLimiter } from './rate-limit.ts'
import { readSessionCookie } from './session-cookie.ts'

/** The interview/ services the resolvers call (/work/notes/engine-contract.md); server/services.ts builds it. */
export type Services = InterviewServices & {
  /** for the Pothos prisma plugin's own loading of relations; resolvers call services, never this */
  db: PrismaClient
  accounts: Accounts
  /** the browser's live transcription (Deepgram); SERVICE_NOT_CONFIGURED without a key */
  voice: { createTranscriptionToken(viewer: Viewer): Promise<BrowserToken> }
  /** the interviewer on screen: HeyGen with a key, else the browser-speech local avatar; the
   * server closes the sessions it opened (interview/integrations/avatar/avatar-sessions.ts) */
  avatar: Pick<AvatarSessions, 'create' | 'close' | 'closeForUser' | 'sweep'>
  /** download everything, delete the account, recording retention (interview/privacy/) */
  privacy: Privacy
  /** what the privacy page says: stores, durations, configured services (server/data-policy.ts) */
  dataPolicy: DataPolicy
  /** signIn, createApiToken and submitAttempt limits (graphql/rate-limit.ts) */
  rateLimiter: RateLimiter
  /** stops the scoring queue (shutdown) */
  close(): Promise<void>
}

export type GraphQLContext = {
  viewer: Viewer | null
  services: Services
  requestId: string
  /** the client's address, for rate limits on anonymous operations */
  clientIp?: string
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
  headers: {
    authorization?: string | null
    cookie?: string | null
    requestId?: string | null
    clientIp?: string
  },
): Promise<GraphQLContext> {
  const viewer = await services.accounts.authenticate(tokenFromHeaders(headers))
  // A proxy's request id is kept so logs line up across hops, if it looks like one.
  const requestId = /^[\w.-]{1,100}$/.test(headers.requestId ?? '')
    ? headers.requestId!
    : randomUUID()
  return { viewer, services, requestId, clientIp: headers.clientIp }
}
