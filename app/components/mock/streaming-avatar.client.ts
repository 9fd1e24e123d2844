import type { AvatarSessionInfo } from './avatar-session'

export type StreamingAvatarHandle = {
  speak: (text: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * Joins the HeyGen session the server started and plays it in `video`. The SDK is imported only
 * here, on demand, so the room's bundle carries it only for servers with HEYGEN_API_KEY.
 */
export async function startStreamingAvatar(
  session: AvatarSessionInfo,
  video: HTMLVideoElement,
): Promise<StreamingAvatarHandle> {
  if (!session.sessionToken || !session.url || !session.accessToken) {
    throw new Error('The avatar session has no token to join it with.')
  }
  const {
    default: StreamingAvatar,
    StreamingEvents,
    TaskType,
    TaskMode,
  } = await import('@heygen/streaming-avatar')
  const avatar = new StreamingAvatar({ token: session.sessionToken })
  avatar.on(StreamingEvents.STREAM_READY, (event: { detail?: MediaStream }) => {
    if (event.detail) video.srcObject = event.detail
  })
  await avatar.startAvatar(
    { avatarName: session.avatarId ?? 'default', voice: { voiceId: session.voiceId ?? undefined } },
    {
      session_id: session.sessionId,
      access_token: session.accessToken,
      url: session.url,
      is_paid: false,
      session_duration_limit: 0,
    },
  )
  return {
    speak: async (text) => {
      await avatar.speak({ text, taskType: TaskType.REPEAT, taskMode: TaskMode.SYNC })
    },
    stop: async () => {
      await avatar.stopAvatar().catch(() => undefined)
    },
  }
}
