import { graphql } from '~/graphql/gql'
import type { RoomApi } from './room-api'

export const CreateAvatarSessionMutation = graphql(`
  mutation RoomCreateAvatarSession($interviewId: ID) {
    createAvatarSession(interviewId: $interviewId) {
      __typename
      ... on AvatarSession {
        provider
        sessionId
        speaksInBrowser
        avatarId
        voiceId
        sessionToken
        url
        accessToken
      }
      ... on Error {
        code
        message
      }
    }
  }
`)

export const CloseAvatarSessionMutation = graphql(`
  mutation RoomCloseAvatarSession($sessionId: String!) {
    closeAvatarSession(sessionId: $sessionId) {
      __typename
    }
  }
`)

export type AvatarSessionInfo = {
  provider: string
  sessionId: string
  speaksInBrowser: boolean
  avatarId?: string | null
  voiceId?: string | null
  sessionToken?: string | null
  url?: string | null
  accessToken?: string | null
}

/** The server's avatar session, or the local avatar when the provider is missing or failing. */
export async function createAvatarSession(
  api: RoomApi,
  interviewId: string,
): Promise<AvatarSessionInfo> {
  const local = { provider: 'local', sessionId: 'local', speaksInBrowser: true }
  try {
    const data = await api.request(CreateAvatarSessionMutation, { interviewId })
    const result = data.createAvatarSession
    return result.__typename === 'AvatarSession' ? result : local
  } catch {
    return local
  }
}

/**
 * Ends a provider's paid session when the candidate leaves the room (the server also ends it
 * when the interview finishes or goes quiet). `keepalive` lets it leave with a closing tab.
 */
export function closeAvatarSession(session: AvatarSessionInfo | null) {
  if (!session || session.speaksInBrowser) return
  void fetch('/graphql', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: CloseAvatarSessionMutation.toString(),
      variables: { sessionId: session.sessionId },
    }),
  }).catch(() => {})
}
