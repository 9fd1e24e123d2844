/** The scopes an API token can carry. A session (web cookie or signIn token) carries all of them. */
export const tokenScopes = [
  'interviews:read',
  'interviews:write',
  'library:read',
  'library:write',
  'account',
] as const

export type TokenScope = (typeof tokenScopes)[number]

/** Who is calling: resolved once per request (or socket) from a session or an API token. */
export type Viewer = {
  userId: string
  scopes: TokenScope[]
  via: 'session' | 'api-token'
  /** the Session or ApiToken row's id */
  tokenId: string
}

export function hasScope(viewer: Viewer | null, scope: TokenScope): boolean {
  return viewer !== null && viewer.scopes.includes(scope)
}
