/**
 * HeyGen's Interactive Avatar, server-side: the API key stays here. A session is minted
 * (`/v1/streaming.create_token`, the token for `@heygen/streaming-avatar` in the browser),
 * created (`streaming.new`) and started (`streaming.start`); questions are sent as `repeat`
 * tasks so that the avatar says them word for word (a `talk` task would go to HeyGen's own
 * LLM); `streaming.stop` closes it. No retries: a candidate is waiting, and the UI falls back
 * to the local avatar at once (docs/decisions/024-avatar-provider-seam.md).
 */
import { z } from 'zod'
import {
  isRetryableStatus,
  reasonForStatus,
  ServiceNotConfiguredError,
  ServiceUnavailableError,
} from '../service-error.ts'
import type { AvatarProvider, AvatarSession } from './avatar-provider.ts'

export interface HeygenConfig {
  /** undefined: every call throws ServiceNotConfiguredError naming HEYGEN_API_KEY */
  apiKey: string | undefined
  baseUrl?: string
  defaultAvatarId?: string
  defaultVoiceId?: string
  quality?: 'low' | 'medium' | 'high'
  /** per request */
  timeoutMs?: number
  now?: () => Date
}

const envelope = <T extends z.ZodType>(data: T) => z.object({ data })
const tokenResponse = envelope(z.object({ token: z.string().min(1) }))
const newSessionResponse = envelope(
  z.object({
    session_id: z.string().min(1),
    access_token: z.string().min(1),
    url: z.string().min(1),
    session_duration_limit: z.number().optional(),
  }),
)
const taskResponse = envelope(
  z.object({ task_id: z.string().optional(), duration_ms: z.number().optional() }).nullable(),
)
const anyResponse = z.object({}).loose()

export function createHeygenAvatar(config: HeygenConfig): AvatarProvider {
  const baseUrl = config.baseUrl ?? 'https://api.heygen.com'
  const now = config.now ?? (() => new Date())

  async function post<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    if (!config.apiKey) {
      throw new ServiceNotConfiguredError(
        'heygen',
        'HEYGEN_API_KEY',
        'to show the streaming avatar; the local avatar works without it',
      )
    }
    let response: Response
    try {
      response = await fetch(`${baseUrl}/v1/${path}`, {
        method: 'POST',
        headers: {
          'x-api-key': config.apiKey,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      })
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      throw new ServiceUnavailableError({
        service: 'heygen',
        reason: timedOut ? 'HeyGen timed out' : 'HeyGen could not be reached',
        retryable: true,
        cause: error,
      })
    }
    const text = await response.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    if (!response.ok) {
      const message = (json as { message?: unknown } | undefined)?.message
      throw new ServiceUnavailableError({
        service: 'heygen',
        reason:
          reasonForStatus('heygen', response.status) +
          (typeof message === 'string' ? `: ${message}` : ''),
        retryable: isRetryableStatus(response.status),
        status: response.status,
      })
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      throw new ServiceUnavailableError({
        service: 'heygen',
        reason: `HeyGen returned a malformed response to ${path}`,
        retryable: true,
        cause: parsed.error,
      })
    }
    return parsed.data
  }

  return {
    provider: 'heygen',
    async createSession(options = {}): Promise<AvatarSession> {
      const avatarId = options.avatarId ?? config.defaultAvatarId
      const voiceId = options.voiceId ?? config.defaultVoiceId
      const { data: token } = await post('streaming.create_token', tokenResponse)
      const { data: session } = await post('streaming.new', newSessionResponse, {
        avatar_name: avatarId,
        quality: config.quality ?? 'medium',
        voice: voiceId ? { voice_id: voiceId } : undefined,
        version: 'v2',
        video_encoding: 'H264',
      })
      try {
        await post('streaming.start', anyResponse, { session_id: session.session_id })
      } catch (error) {
        // a created but unstarted session still counts against HeyGen's concurrency limit
        await post('streaming.stop', anyResponse, { session_id: session.session_id }).catch(
          () => {},
        )
        throw error
      }
      return {
        provider: 'heygen',
        sessionId: session.session_id,
        speaksInBrowser: false,
        ...(avatarId ? { avatarId } : {}),
        ...(voiceId ? { voiceId } : {}),
        sessionToken: token.token,
        url: session.url,
        accessToken: session.access_token,
        ...(session.session_duration_limit
          ? { expiresAt: new Date(now().getTime() + session.session_duration_limit * 1000) }
          : {}),
      }
    },

    async speak(sessionId, text) {
      const trimmed = text.trim()
      if (trimmed === '') throw new RangeError('There is no text to speak.')
      const { data } = await post('streaming.task', taskResponse, {
        session_id: sessionId,
        text: trimmed,
        task_type: 'repeat',
        task_mode: 'async',
      })
      return {
        sessionId,
        text: trimmed,
        speaksInBrowser: false,
        ...(data?.task_id ? { taskId: data.task_id } : {}),
        ...(data?.duration_ms !== undefined ? { durationMs: data.duration_ms } : {}),
      }
    },

    async closeSession(sessionId) {
      await post('streaming.stop', anyResponse, { session_id: sessionId })
    },
  }
}
