import { deepgram } from '../../../tests/mocks/deepgram.ts'
import { useMockServer } from '../../../tests/mocks/server.ts'
import { ServiceNotConfiguredError, ServiceUnavailableError } from '../service-error.ts'
import {
  createDeepgramBrowserToken,
  createDeepgramTranscriber,
  type DeepgramConfig,
} from './deepgram.ts'
import { createUnavailableTranscriber } from './unavailable-transcriber.ts'

useMockServer()

const config: DeepgramConfig = { apiKey: 'dg-test-key', timeoutMs: 2_000, maxRetries: 0 }
const recording = { audio: new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]), mimeType: 'audio/wav' }

async function failure(promise: Promise<unknown>): Promise<ServiceUnavailableError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ServiceUnavailableError)
  return error as ServiceUnavailableError
}

test('a recording comes back as text with its fillers, timings and confidences', async () => {
  const result = await createDeepgramTranscriber(config).transcribe(recording)
  expect(result.transcript).toBe('Um, I led the migration, uh, of our billing system.')
  expect(result.words.map((w) => w.word)).toContain('um')
  expect(result.words[5]).toEqual({
    word: 'uh',
    start: 2.3,
    end: 2.6,
    confidence: 0.62,
    punctuated_word: 'uh,',
  })
  expect(result.durationMs).toBe(4400)
  expect(result.confidence).toBeCloseTo(0.929, 3)
})

test('the request keeps fillers, formats the text and sends the audio with its type', async () => {
  await createDeepgramTranscriber(config).transcribe({ ...recording, language: 'en-GB' })
  const [request] = deepgram.requests
  const query = request.url.searchParams
  expect(query.get('filler_words')).toBe('true')
  expect(query.get('smart_format')).toBe('true')
  expect(query.get('punctuate')).toBe('true')
  expect(query.get('model')).toBe('nova-3')
  expect(query.get('language')).toBe('en-GB')
  expect(request.headers.get('authorization')).toBe('Token dg-test-key')
  expect(request.headers.get('content-type')).toBe('audio/wav')
  expect(request.bytes).toBe(recording.audio.byteLength)
})

test('a rejected key reads as such and is not worth retrying', async () => {
  deepgram.script('401')
  const error = await failure(createDeepgramTranscriber(config).transcribe(recording))
  expect(error.reason).toBe('Deepgram rejected the API key (401): Invalid credentials')
  expect(error.retryable).toBe(false)
  expect(error.code).toBe('SERVICE_UNAVAILABLE')
})

test('rate limiting and server errors read as temporary', async () => {
  deepgram.script('429', '500')
  const limited = await failure(createDeepgramTranscriber(config).transcribe(recording))
  expect(limited).toMatchObject({
    reason: 'Deepgram is rate-limiting requests (429): Too many requests',
    retryable: true,
    status: 429,
  })
  const broken = await failure(createDeepgramTranscriber(config).transcribe(recording))
  expect(broken).toMatchObject({
    reason: 'Deepgram had a server error (500): Internal error',
    retryable: true,
    status: 500,
  })
})

test('a server error is retried, and the retry transcribes the recording', async () => {
  deepgram.script('500')
  const result = await createDeepgramTranscriber({ ...config, maxRetries: 1 }).transcribe(recording)
  expect(deepgram.requests).toHaveLength(2)
  expect(result.transcript).toMatch(/^Um,/)
})

test('a malformed body reads as a malformed response', async () => {
  deepgram.script('malformed')
  const error = await failure(createDeepgramTranscriber(config).transcribe(recording))
  expect(error.reason).toBe('Deepgram returned a malformed response')
})

test('a slow Deepgram times out', async () => {
  deepgram.script('slow')
  const error = await failure(
    createDeepgramTranscriber({ ...config, timeoutMs: 50 }).transcribe(recording),
  )
  expect(error.reason).toBe('Deepgram timed out')
})

test('the browser gets a short-lived token, never the key', async () => {
  const now = new Date('2026-11-25T10:00:00Z')
  const token = await createDeepgramBrowserToken(config, { ttlSeconds: 45, now: () => now })
  expect(token.accessToken).toMatch(/^dg-jwt-/)
  expect(token.accessToken).not.toContain('dg-test-key')
  expect(token.expiresAt.toISOString()).toBe('2026-11-25T10:00:45.000Z')
  expect(deepgram.requests[0].url.pathname).toBe('/v1/auth/grant')
  expect(deepgram.requests[0].body).toEqual({ ttl_seconds: 45 })
})

test('a browser token cannot outlive a minute', async () => {
  await expect(createDeepgramBrowserToken(config, { ttlSeconds: 3600 })).rejects.toThrow(
    'A browser token lives 1 to 60 seconds, not 3600.',
  )
  expect(deepgram.requests).toHaveLength(0)
})

test('a browser token during an outage says Deepgram is down', async () => {
  deepgram.script('500')
  const error = await failure(createDeepgramBrowserToken(config))
  expect(error.reason).toMatch(/^Deepgram had a server error \(500\)/)
})

test('without a key, transcription says which variable to set and that typing works', async () => {
  const transcribing = createUnavailableTranscriber().transcribe(recording)
  await expect(transcribing).rejects.toBeInstanceOf(ServiceNotConfiguredError)
  await expect(transcribing).rejects.toMatchObject({
    code: 'SERVICE_NOT_CONFIGURED',
    message:
      'Deepgram is not configured: set DEEPGRAM_API_KEY to enable live transcription; typed answers work without it.',
  })
})
