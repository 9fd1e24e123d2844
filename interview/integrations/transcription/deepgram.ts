/**
 * Deepgram speech-to-text: transcription of an uploaded recording (nova-3, fillers kept,
 * smart formatting, word timings and confidences) and short-lived tokens for the browser's
 * live streaming, so the API key never reaches it. See docs/integrations.md.
 */
import { z } from 'zod'
import { deepgramSdk, deepgramUnavailable, malformed } from './deepgram-errors.ts'
import type { Transcriber, Transcription } from './transcriber.ts'

export interface DeepgramConfig {
  apiKey: string
  /** nova-3 by default: Deepgram's current general model, with filler words in English */
  model?: string
  /** BCP 47 default for requests that name none */
  language?: string
  /** per attempt; the SDK's default is 60 s */
  timeoutMs?: number
  /** the SDK retries 408, 429 and 5xx with exponential backoff from 1 s, twice by default */
  maxRetries?: number
}

const wordSchema = z.object({
  word: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number().min(0).max(1),
  punctuated_word: z.string().optional(),
})

const listenResponse = z.object({
  metadata: z.object({ duration: z.number().min(0) }),
  results: z.object({
    channels: z
      .array(
        z.object({
          alternatives: z
            .array(
              z.object({
                transcript: z.string(),
                confidence: z.number(),
                words: z.array(wordSchema),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  }),
})

function client(config: DeepgramConfig) {
  return new (deepgramSdk().DeepgramClient)({
    apiKey: config.apiKey,
    timeoutInSeconds: config.timeoutMs === undefined ? undefined : config.timeoutMs / 1000,
    maxRetries: config.maxRetries,
    // resolved per request, so that interceptors installed after construction apply (msw in tests)
    fetch: (url, init) => globalThis.fetch(url, init),
  })
}

export function createDeepgramTranscriber(config: DeepgramConfig): Transcriber {
  const deepgram = client(config)
  return {
    service: 'deepgram',
    async transcribe({ audio, mimeType, language, signal }): Promise<Transcription> {
      if (audio.byteLength === 0)
        throw new RangeError('The recording is empty: there is nothing to transcribe.')
      let body: unknown
      try {
        const response = await deepgram.listen.v1.media.transcribeFile(
          { data: audio, contentType: mimeType },
          {
            model: (config.model ?? 'nova-3') as 'nova-3',
            language: language ?? config.language ?? 'en',
            filler_words: true,
            smart_format: true,
            punctuate: true,
          },
          { abortSignal: signal },
        )
        body = response
      } catch (error) {
        throw deepgramUnavailable(error)
      }
      const parsed = listenResponse.safeParse(body)
      if (!parsed.success) throw malformed(parsed.error)
      const best = parsed.data.results.channels[0].alternatives[0]
      return {
        transcript: best.transcript,
        words: best.words.map(({ word, start, end, confidence, punctuated_word }) => ({
          word,
          start,
          end,
          confidence,
          punctuated_word: punctuated_word ?? word,
        })),
        durationMs: Math.round(parsed.data.metadata.duration * 1000),
        confidence: best.confidence,
      }
    },
  }
}

export interface BrowserToken {
  /** a JWT the browser sends as `Authorization: Bearer` (or the `bearer` WebSocket subprotocol) */
  accessToken: string
  expiresAt: Date
}

/**
 * Mints a short-lived token for the browser's live transcription (Deepgram's `/v1/auth/grant`).
 * @param ttlSeconds 1–60 (Deepgram's default is 30)
 */
export async function createDeepgramBrowserToken(
  config: DeepgramConfig,
  { ttlSeconds = 30, now = () => new Date() }: { ttlSeconds?: number; now?: () => Date } = {},
): Promise<BrowserToken> {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 60) {
    throw new RangeError(`A browser token lives 1 to 60 seconds, not ${ttlSeconds}.`)
  }
  let grant: unknown
  try {
    grant = await client(config).auth.v1.tokens.grant({ ttl_seconds: ttlSeconds })
  } catch (error) {
    throw deepgramUnavailable(error)
  }
  const parsed = z
    .object({ access_token: z.string().min(1), expires_in: z.number().optional() })
    .safeParse(grant)
  if (!parsed.success) throw malformed(parsed.error)
  const lifetime = Math.min(parsed.data.expires_in ?? ttlSeconds, ttlSeconds)
  return {
    accessToken: parsed.data.access_token,
    expiresAt: new Date(now().getTime() + lifetime * 1000),
  }
}
