/**
 * A fake of the OpenAI chat completions API (and of any OpenAI-compatible server: the path
 * matches under every base URL). Tests set `openai.reply` to what the model "says".
 */
import { http, HttpResponse } from 'msw'
import { createServiceMock, faultResponse, type ServiceMock } from './scenario.ts'

export interface ChatCompletionRequestBody {
  model: string
  messages: { role: string; content: string }[]
  response_format?: {
    type: string
    json_schema?: { name: string; schema: unknown; strict?: boolean }
  }
  stream?: boolean
}

export interface OpenAiMock extends ServiceMock {
  /** the assistant message's content for a successful request */
  reply: (body: ChatCompletionRequestBody, index: number) => string
  /** sent as `retry-after-ms` with 429 and 500 (OpenAI sends it); null leaves the SDK's own backoff */
  retryAfterMs: number | null
}

const defaultReply = () => '{}'

export const openai: OpenAiMock = Object.assign(
  createServiceMock(() => {
    openai.reply = defaultReply
    openai.retryAfterMs = 1
  }),
  { reply: defaultReply, retryAfterMs: 1 as number | null },
)

function completion(model: string, content: string) {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  }
}

export const openaiHandlers = [
  http.post('*/chat/completions', async ({ request }) => {
    const scenario = await openai.next(request)
    const body = openai.requests.at(-1)!.body as ChatCompletionRequestBody
    if (scenario === 'malformed') {
      return HttpResponse.json(completion(body.model, '{"dimensions": {"content": {"score": 7'))
    }
    if (scenario !== 'success') {
      const headers: Record<string, string> =
        openai.retryAfterMs === null ? {} : { 'retry-after-ms': String(openai.retryAfterMs) }
      const fault = await faultResponse(
        scenario,
        openai,
        (status, message) => ({
          error: {
            message,
            type: status === 401 ? 'invalid_request_error' : 'server_error',
            code: null,
          },
        }),
        headers,
      )
      if (fault) return fault
    }
    return HttpResponse.json(completion(body.model, openai.reply(body, openai.requests.length - 1)))
  }),
]
