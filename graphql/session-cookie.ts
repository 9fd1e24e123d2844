/**
 * The web session cookie, shared by the server (reads it on /graphql and over WebSocket) and the
 * Remix app (sets it after the signIn or signUp mutation returns a sessionToken). Its value is
 * the session token itself; the database holds only its SHA-256.
 */
export const sessionCookieName = 'encore_session'

export type SessionCookieOptions = {
  httpOnly: true
  sameSite: 'lax'
  secure: boolean
  path: '/'
  /** seconds until the browser forgets it; match the session's expiresAt */
  maxAge?: number
}

function sessionCookieOptions({
  secure,
  expiresAt,
  now = new Date(),
}: {
  /** true in production (HTTPS only) */
  secure: boolean
  expiresAt?: Date
  now?: Date
}): SessionCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    ...(expiresAt
      ? { maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)) }
      : {}),
  }
}

/** A `Set-Cookie` header value for the session (or clearing it when `token` is null). */
export function serializeSessionCookie(
  token: string | null,
  options: { secure: boolean; expiresAt?: Date; now?: Date },
): string {
  const { secure, path, maxAge } = sessionCookieOptions(options)
  const parts = [
    `${sessionCookieName}=${token ? encodeURIComponent(token) : ''}`,
    `Path=${path}`,
    'HttpOnly',
    'SameSite=Lax',
  ]
  if (secure) parts.push('Secure')
  if (token === null) parts.push('Max-Age=0')
  else if (maxAge !== undefined) parts.push(`Max-Age=${maxAge}`)
  return parts.join('; ')
}

/** The session token from a `Cookie` header, or null. */
export function readSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null
  for (const pair of cookieHeader.split(';')) {
    const index = pair.indexOf('=')
    if (index === -1) continue
    if (pair.slice(0, index).trim() !== sessionCookieName) continue
    const value = pair.slice(index + 1).trim()
    if (!value) return null
    try {
      return decodeURIComponent(value)
    } catch {
      return null
    }
  }
  return null
}
