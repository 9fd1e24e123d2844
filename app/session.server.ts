import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { safeRedirect } from '~/safe-redirect'
import { graphql } from '~/graphql/gql'
import { query } from '~/graphql.server'
import { clearedSessionCookieFor, sessionCookieFor } from '~/session-cookie.server'

const SignedInViewerQuery = graphql(`
  query SignedInViewer {
    viewer {
      id
    }
  }
`)

/** Stores the API's session token in the cookie the API reads, then goes to `to`. */
export function redirectWithSession(
  request: Request,
  session: { sessionToken: string; expiresAt: string },
  to: string,
): Response {
  const cookie = sessionCookieFor(request, session.sessionToken, new Date(session.expiresAt))
  return redirect(to, { headers: { 'Set-Cookie': cookie } })
}

export function redirectWithoutSession(request: Request, to: string): Response {
  return redirect(to, { headers: { 'Set-Cookie': clearedSessionCookieFor(request) } })
}

/** The sign-in and sign-up pages send a signed-in candidate on to where they were going. */
export async function redirectIfSignedIn(context: AppLoadContext, request: Request) {
  const { data } = await query(context, SignedInViewerQuery)
  if (!data.viewer) return
  throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')))
}

/** The path (and query) of this request, for `/signin?redirectTo=…`. */
export function signInUrlFor(request: Request): string {
  const url = new URL(request.url)
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` })
  return `/signin?${params}`
}
