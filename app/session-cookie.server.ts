// TODO(#2): take the name and options from graphql/session-cookie.ts once it lands, so that
// the cookie the web app writes is the one the API reads.
const sessionCookieName = 'encore_session'
const sessionCookieOptions = {
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: false,
}

function serialize(value: string, expires: Date): string {
  const parts = [
    `${sessionCookieName}=${encodeURIComponent(value)}`,
    `Path=${sessionCookieOptions.path}`,
    `Expires=${expires.toUTCString()}`,
    `SameSite=${sessionCookieOptions.sameSite[0].toUpperCase()}${sessionCookieOptions.sameSite.slice(1)}`,
  ]
  if (sessionCookieOptions.httpOnly) parts.push('HttpOnly')
  if (sessionCookieOptions.secure) parts.push('Secure')
  return parts.join('; ')
}

export function serializeSessionCookie(token: string, expiresAt: Date): string {
  return serialize(token, expiresAt)
}

export function serializeClearedSessionCookie(): string {
  return serialize('', new Date(0))
}
