import { graphql } from '~/graphql/gql'
import type { RoomApi } from './room-api'

export const CreateAvatarSessionMutation = graphql(`
  mutation RoomCreateAvatarSession {
    createAvatarSession {
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
export async function createAvatarSession(api: RoomApi): Promise<AvatarSessionInfo> {
  const local = { provider: 'local', sessionId: 'local', speaksInBrowser: true }
  try {
    const data = await api.request(CreateAvatarSessionMutation, {})
    const result = data.createAvatarSession
    return result.__typename === 'AvatarSession' ? result : local
  } catch {
    return local
  }
}
