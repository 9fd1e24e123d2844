import { serializeSessionCookie } from '../graphql/session-cookie.ts'

// The API reads this cookie: its name and attributes come from graphql/, never from here.
// `Secure` follows the request's scheme, so a plain-HTTP local run still keeps its session.
function secureFor(request: Request): boolean {
  return new URL(request.url).protocol === 'https:'
}

export function sessionCookieFor(request: Request, token: string, expiresAt: Date): string {
  return serializeSessionCookie(token, { secure: secureFor(request), expiresAt })
}

export function clearedSessionCookieFor(request: Request): string {
  return serializeSessionCookie(null, { secure: secureFor(request) })
}
