/**
 * Asks the LLM for JSON that a zod schema accepts. The JSON Schema sent as `response_format`
 * is derived from the same zod schema (`z.toJSONSchema`), and every answer is validated with
 * it: a server that ignores `response_format` (many compatible ones do) is still caught.
 * An invalid answer gets ONE repair round (the bad output and the validation error go back);
 * a second invalid answer is a ServiceUnavailableError, like an outage.
 */
import { z } from 'zod'
import { ServiceUnavailableError } from '../service-error.ts'
import type { LlmClient, LlmMessage } from './llm-client.ts'

export interface StructuredRequest<T> {
  name: string
  schema: z.ZodType<T>
  messages: LlmMessage[]
  signal?: AbortSignal
}

export interface StructuredAnswer<T> {
  value: T
  /** true when the first answer was invalid and the repair round fixed it */
  repaired: boolean
}

/** The JSON Schema for `schema`, without the `$schema` key that strict structured outputs reject. */
function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>
  return rest
}

type Check<T> = { ok: true; value: T } | { ok: false; problem: string }

function checkAnswer<T>(raw: string, schema: z.ZodType<T>): Check<T> {
  let json: unknown
  try {
    json = JSON.parse(stripCodeFence(raw))
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` }
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
  return { ok: false, problem: `it does not match the schema (${issues.join('; ')})` }
}

/** Compatible servers without structured outputs often wrap JSON in a Markdown fence. */
function stripCodeFence(raw: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(raw)
  return fenced ? fenced[1] : raw
}

export async function requestStructured<T>(
  llm: LlmClient,
  { name, schema, messages, signal }: StructuredRequest<T>,
): Promise<StructuredAnswer<T>> {
  const jsonSchema = jsonSchemaFor(schema)
  const first = await llm.completeJson({ name, schema: jsonSchema, messages, signal })
  const checked = checkAnswer(first, schema)
  if (checked.ok) return { value: checked.value, repaired: false }

  const repair: LlmMessage[] = [
    ...messages,
    { role: 'assistant', content: first },
    {
      role: 'user',
      content: `Your answer cannot be used: ${checked.problem}. Reply again with the corrected JSON only, following this JSON Schema exactly:\n${JSON.stringify(jsonSchema)}`,
    },
  ]
  const second = await llm.completeJson({ name, schema: jsonSchema, messages: repair, signal })
  const rechecked = checkAnswer(second, schema)
  if (rechecked.ok) return { value: rechecked.value, repaired: true }
  throw new ServiceUnavailableError({
    service: 'openai',
    reason: `OpenAI returned an unusable answer twice (${rechecked.problem})`,
    retryable: true,
  })
}
