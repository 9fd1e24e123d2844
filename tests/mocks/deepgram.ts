/**
 * A fake of Deepgram's pre-recorded transcription (`POST /v1/listen`) and token grant
 * (`POST /v1/auth/grant`) endpoints. The default transcript keeps its fillers, as Deepgram
 * does with `filler_words=true`.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { createServiceMock, faultResponse, type ServiceMock } from './scenario.ts'

interface FakeWord {
  word: string
  start: number
  end: number
  confidence: number
  punctuated_word: string
}

export interface DeepgramMock extends ServiceMock {
  /** the words of the next successful transcription */
  words: FakeWord[]
}

/** "Um, I led the migration, uh, of our billing system." with per-word timings and confidences. */
export const fillerAnswerWords: FakeWord[] = [
  { word: 'um', start: 0.08, end: 0.4, confidence: 0.91, punctuated_word: 'Um,' },
  { word: 'i', start: 0.72, end: 0.84, confidence: 0.99, punctuated_word: 'I' },
  { word: 'led', start: 0.84, end: 1.1, confidence: 0.97, punctuated_word: 'led' },
  { word: 'the', start: 1.1, end: 1.2, confidence: 0.99, punctuated_word: 'the' },
  { word: 'migration', start: 1.2, end: 1.8, confidence: 0.95, punctuated_word: 'migration,' },
  { word: 'uh', start: 2.3, end: 2.6, confidence: 0.62, punctuated_word: 'uh,' },
  { word: 'of', start: 2.9, end: 3.0, confidence: 0.98, punctuated_word: 'of' },
  { word: 'our', start: 3.0, end: 3.2, confidence: 0.98, punctuated_word: 'our' },
  { word: 'billing', start: 3.2, end: 3.6, confidence: 0.94, punctuated_word: 'billing' },
  { word: 'system', start: 3.6, end: 4.1, confidence: 0.96, punctuated_word: 'system.' },
]

export const deepgram: DeepgramMock = Object.assign(
  createServiceMock(() => {
    deepgram.words = fillerAnswerWords
  }),
  { words: fillerAnswerWords },
)

function listenResponse(words: FakeWord[]): JsonBodyType {
  const transcript = words.map((w) => w.punctuated_word).join(' ')
  const confidence = words.reduce((sum, w) => sum + w.confidence, 0) / Math.max(words.length, 1)
  return {
    metadata: {
      transaction_key: 'deprecated',
      request_id: crypto.randomUUID(),
      sha256: '0'.repeat(64),
      created: new Date().toISOString(),
      duration: (words.at(-1)?.end ?? 0) + 0.3,
      channels: 1,
      models: ['2187e11a-3532-4498-b076-81fa530bdd49'],
      model_info: {},
    },
    results: { channels: [{ alternatives: [{ transcript, confidence, words }] }] },
  }
}

async function respond(request: Request, success: () => JsonBodyType) {
  const scenario = await deepgram.next(request)
  if (scenario === 'malformed') {
    return new HttpResponse('{"metadata": {"request_id": "x"}, "results": {"chan', {
      headers: { 'content-type': 'application/json' },
    })
  }
  if (scenario !== 'success') {
    const fault = await faultResponse(scenario, deepgram, (status, message) => ({
      err_code:
        status === 401
          ? 'INVALID_AUTH'
          : status === 429
            ? 'TOO_MANY_REQUESTS'
            : 'INTERNAL_SERVER_ERROR',
      err_msg: message,
      request_id: crypto.randomUUID(),
    }))
    if (fault) return fault
  }
  return HttpResponse.json(success())
}

export const deepgramHandlers = [
  http.post('https://api.deepgram.com/v1/listen', ({ request }) =>
    respond(request, () => listenResponse(deepgram.words)),
  ),
  http.post('https://api.deepgram.com/v1/auth/grant', ({ request }) =>
    respond(request, () => {
      const body = deepgram.requests.at(-1)?.body as { ttl_seconds?: number } | undefined
      return { access_token: `dg-jwt-${crypto.randomUUID()}`, expires_in: body?.ttl_seconds ?? 30 }
    }),
  ),
]
