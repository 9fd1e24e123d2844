/**
 * The LLM client for OpenAI and any OpenAI-compatible server (OPENAI_BASE_URL). Retries are
 * the SDK's own: timeouts, 408, 409, 429 and 5xx are retried `maxRetries` times with
 * exponential backoff (0.5 s doubling, up to 8 s) and jitter, or after the server's
 * `retry-after(-ms)`. See docs/decisions/020-openai-sdk-retries-and-strict-json-schema.md.
 */
import type OpenAI from 'openai'
import { loadWhenUsed } from '../../load-when-used.ts'
import { isRetryableStatus, reasonForStatus, ServiceUnavailableError } from '../service-error.ts'
import type { JsonCompletionRequest, LlmClient } from './llm-client.ts'

export interface OpenAiConfig {
  apiKey: string
  /** any OpenAI-compatible endpoint; defaults to https://api.openai.com/v1 */
  baseURL?: string
  model: string
  /** per request attempt, in ms */
  timeoutMs: number
  /** retries after the first attempt (timeouts, 429, 5xx) */
  maxRetries: number
}

type Sdk = typeof import('openai')

export function createOpenAiClient(config: OpenAiConfig): LlmClient {
  const sdk = loadWhenUsed<Sdk>('openai')
  const client = new sdk.OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    // The SDK keeps the fetch it finds at construction; looking it up per request lets a
    // client made at import time still go through interceptors installed later (msw in tests).
    fetch: (url, init) => globalThis.fetch(url, init),
  })

  async function completeJson({
    name,
    schema,
    messages,
    signal,
  }: JsonCompletionRequest): Promise<string> {
    let completion: OpenAI.Chat.Completions.ChatCompletion
    try {
      completion = await client.chat.completions.create(
        {
          model: config.model,
          messages,
          temperature: 0,
          response_format: { type: 'json_schema', json_schema: { name, schema, strict: true } },
        },
        { signal },
      )
    } catch (error) {
      throw toServiceError(sdk, error)
    }
    const message = completion?.choices?.[0]?.message
    if (!message) {
      throw new ServiceUnavailableError({
        service: 'openai',
        reason: 'OpenAI returned a response without an answer',
        retryable: true,
      })
    }
    if (message.refusal) {
      throw new ServiceUnavailableError({
        service: 'openai',
        reason: `OpenAI declined to answer: ${message.refusal}`,
        retryable: false,
      })
    }
    return message.content ?? ''
  }

  return { service: 'openai', model: config.model, baseURL: client.baseURL, completeJson }
}

function toServiceError(
  { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError }: Sdk,
  error: unknown,
): ServiceUnavailableError {
  if (error instanceof ServiceUnavailableError) return error
  // APIConnectionTimeoutError extends APIConnectionError extends APIError: most specific first.
  if (error instanceof APIConnectionTimeoutError) {
    return new ServiceUnavailableError({
      service: 'openai',
      reason: 'OpenAI timed out',
      retryable: true,
      cause: error,
    })
  }
  if (error instanceof APIUserAbortError) {
    return new ServiceUnavailableError({
      service: 'openai',
      reason: 'The request to OpenAI was cancelled (the scorer ran out of time)',
      retryable: true,
      cause: error,
    })
  }
  if (error instanceof APIConnectionError) {
    return new ServiceUnavailableError({
      service: 'openai',
      reason: 'OpenAI could not be reached',
      retryable: true,
      cause: error,
    })
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return new ServiceUnavailableError({
      service: 'openai',
      reason: reasonForStatus('openai', error.status),
      retryable: isRetryableStatus(error.status),
      status: error.status,
      cause: error,
    })
  }
  return new ServiceUnavailableError({
    service: 'openai',
    reason: `OpenAI returned a malformed response (${error instanceof Error ? error.message : String(error)})`,
    retryable: true,
    cause: error,
  })
}
