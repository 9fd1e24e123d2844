import { serializeSessionCookie } from '../graphql/session-cookie.ts'

// The API reads this cookie: its name and attributes come from graphql/, never from here.
// `Secure` follows the scheme the browser used, so a plain-HTTP local run keeps its session.
// Behind a TLS-terminating proxy the app sees plain HTTP; the proxy's X-Forwarded-Proto says
// https. Trusting that header is safe here: a forged one can only make the cookie stricter.
function secureFor(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return forwarded === 'https'
}

export function sessionCookieFor(request: Request, token: string, expiresAt: Date): string {
  return serializeSessionCookie(token, { secure: secureFor(request), expiresAt })
}

export function clearedSessionCookieFor(request: Request): string {
  return serializeSessionCookie(null, { secure: secureFor(request) })
}
