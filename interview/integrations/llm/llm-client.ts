/**
 * The LLM seam: one JSON-returning chat call. `openai-client.ts` implements it for OpenAI and
 * any OpenAI-compatible server; `structured-output.ts` adds validation and the repair round.
 */

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export interface JsonCompletionRequest {
  /** a short name for the schema, e.g. 'llm_content_judgement' (letters, digits, _ and -) */
  name: string
  /** a JSON Schema the answer must follow */
  schema: Record<string, unknown>
  messages: LlmMessage[]
  signal?: AbortSignal
}

export interface LlmClient {
  /** 'openai' for OpenAI and every compatible server */
  readonly service: 'openai'
  readonly model: string
  /** where requests go, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 */
  readonly baseURL: string
  /**
   * Returns the model's raw answer (expected to be JSON, not yet validated).
   * Throws ServiceUnavailableError once the client's own retries are spent.
   */
  completeJson(request: JsonCompletionRequest): Promise<string>
}
