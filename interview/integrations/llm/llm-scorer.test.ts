import { runPipeline } from '../../../scoring/pipeline.ts'
import type { AbstainOutput, Scorer, ScoredOutput, ScorerInput } from '../../../scoring/types.ts'
import { openai } from '../../../tests/mocks/openai.ts'
import {
  billingAnswer,
  contentJudgement,
  judgeBillingAnswer,
  schemaName,
} from '../../../tests/mocks/openai-replies.ts'
import { useMockServer } from '../../../tests/mocks/server.ts'
import { createLlmScorer } from './llm-scorer.ts'
import { createOpenAiClient, type OpenAiConfig } from './openai-client.ts'

useMockServer()

const fast: OpenAiConfig = {
  apiKey: 'sk-test',
  model: 'gpt-4o-mini',
  timeoutMs: 2_000,
  maxRetries: 2,
}
const input: ScorerInput = { ...billingAnswer, locale: 'en-US', results: {} }

function judge(config: Partial<OpenAiConfig> = {}): Promise<ScoredOutput | AbstainOutput> {
  const scorer = createLlmScorer({ llm: createOpenAiClient({ ...fast, ...config }) })
  const context = {
    options: {},
    signal: new AbortController().signal,
    deadline: Date.now() + 10_000,
    logger: console,
  }
  return scorer.score(input, context)
}

function scored(output: ScoredOutput | AbstainOutput): ScoredOutput {
  if ('abstain' in output)
    throw new Error(`expected a score, got an abstention: ${output.abstain.reason}`)
  return output
}

function abstained(output: ScoredOutput | AbstainOutput): AbstainOutput {
  if (!('abstain' in output))
    throw new Error(`expected an abstention, got a score of ${output.score}`)
  return output
}

beforeEach(() => {
  openai.reply = judgeBillingAnswer()
})

test('a judged answer shows the content score, feedback with evidence and a follow-up', async () => {
  const output = scored(await judge())
  expect(output.score).toBe(78)
  expect(output.label).toBe('solid: Relevant and specific, with a measured result.')
  const strength = output.feedback.find((f) => f.kind === 'strength')!
  expect(billingAnswer.transcript.slice(strength.evidence[0].start, strength.evidence[0].end)).toBe(
    'Invoice errors fell by 40 percent',
  )
  // the model's span past the end of the transcript is dropped, its message kept
  expect(output.feedback.find((f) => f.kind === 'improvement')).toEqual({
    kind: 'improvement',
    message: 'Say what was at stake for the team.',
    evidence: [],
  })
  expect(output.artifacts?.followUp?.question).toBe('How did you decide the weekend was safe?')
  expect(openai.requests).toHaveLength(1)
})

test('the request asks for strict structured output with a JSON schema and carries the answer', async () => {
  await judge()
  const body = openai.requests[0].body as any
  expect(body.model).toBe('gpt-4o-mini')
  expect(body.response_format.type).toBe('json_schema')
  expect(body.response_format.json_schema).toMatchObject({
    name: 'llm_content_judgement',
    strict: true,
  })
  expect(body.response_format.json_schema.schema.required).toEqual([
    'content',
    'feedback',
    'followUp',
  ])
  expect(body.response_format.json_schema.schema.$schema).toBeUndefined()
  expect(body.messages.at(-1).content).toContain(billingAnswer.transcript)
  expect(openai.requests[0].headers.get('authorization')).toBe('Bearer sk-test')
})

test('a slow OpenAI is retried once after its timeout, then the answer keeps its local score', async () => {
  openai.script('slow', 'slow', 'slow')
  const started = performance.now()
  const output = abstained(await judge({ timeoutMs: 50, maxRetries: 1 }))
  expect(openai.requests).toHaveLength(2)
  expect(output.degraded).toEqual({ service: 'OpenAI', reason: 'OpenAI timed out' })
  expect(output.abstain.reason).toBe(
    "The LLM's content judgement is unavailable: OpenAI timed out; the local result stands.",
  )
  expect(performance.now() - started).toBeLessThan(1_500)
})

test('a rejected API key is not retried and says so', async () => {
  openai.script('401')
  const output = abstained(await judge())
  expect(openai.requests).toHaveLength(1)
  expect(output.degraded).toEqual({
    service: 'OpenAI',
    reason: 'OpenAI rejected the API key (401)',
  })
  expect(output.metrics?.retryable).toBe(false)
})

test('rate limiting is retried until OpenAI answers, and the answer is scored', async () => {
  openai.script('429', '429')
  const output = scored(await judge({ maxRetries: 2 }))
  expect(openai.requests).toHaveLength(3)
  expect(output.score).toBe(78)
})

test('a server error that persists is retried, then the answer is marked degraded', async () => {
  openai.script('500', '500', '500', '500')
  const output = abstained(await judge({ maxRetries: 2 }))
  expect(openai.requests).toHaveLength(3)
  expect(output.degraded).toEqual({ service: 'OpenAI', reason: 'OpenAI had a server error (500)' })
  expect(output.metrics?.retryable).toBe(true)
})

test('retries back off exponentially when OpenAI gives no retry-after', async () => {
  openai.retryAfterMs = null
  openai.script('500', '500')
  scored(await judge({ maxRetries: 2 }))
  const [first, second, third] = openai.requests.map((r) => r.at)
  const gaps = [second - first, third - second]
  // the SDK waits 0.5 s then 1 s, each less up to 25 % jitter
  expect(gaps[0]).toBeGreaterThanOrEqual(350)
  expect(gaps[1]).toBeGreaterThanOrEqual(700)
  expect(gaps[1]).toBeGreaterThan(gaps[0])
})

test('invalid JSON gets one repair request that quotes the bad output and the error', async () => {
  openai.script('malformed')
  const output = scored(await judge())
  expect(openai.requests).toHaveLength(2)
  const repair = (openai.requests[1].body as any).messages
  expect(repair.at(-2)).toEqual({
    role: 'assistant',
    content: '{"dimensions": {"content": {"score": 7',
  })
  expect(repair.at(-1).content).toMatch(/not valid JSON/)
  expect(output.score).toBe(78)
  expect(output.metrics.repaired).toBe(true)
})

test('an answer that breaks the schema twice leaves the local score standing', async () => {
  openai.reply = () =>
    JSON.stringify({ ...contentJudgement, content: { score: 150, reason: 'off the scale' } })
  const output = abstained(await judge())
  expect(openai.requests).toHaveLength(2)
  expect((openai.requests[1].body as any).messages.at(-1).content).toMatch(/content\.score/)
  expect(output.degraded?.reason).toMatch(
    /^OpenAI returned an unusable answer twice \(it does not match the schema/,
  )
})

test('an unavailable LLM leaves the local scores and lists why in the response', async () => {
  openai.script('401')
  const local: Scorer = {
    id: 'local-content',
    version: '1.0.0',
    dimension: 'content',
    description: 'scores 64',
    async score() {
      return { score: 64, label: 'solid', feedback: [], metrics: {}, suggestions: [] }
    },
  }
  const llm = createLlmScorer({ llm: createOpenAiClient(fast) })
  const response = await runPipeline({
    scorers: [
      { scorer: llm, weight: 1, options: {} },
      { scorer: local, weight: 1, options: {} },
    ],
    input: billingAnswer,
  })
  expect(response.dimensions.content.score).toBe(64)
  expect(response.status).toBe('partial')
  expect(response.degraded).toEqual({ reason: 'OpenAI: OpenAI rejected the API key (401)' })
  expect(response.scorers.find((s) => s.id === 'llm-content')?.reason).toBe(
    "llm-content: The LLM's content judgement is unavailable: OpenAI rejected the API key (401); the local result stands.",
  )
})

test('an OpenAI-compatible server at another base URL gets the request', async () => {
  const output = scored(await judge({ baseURL: 'http://localhost:11434/v1', model: 'llama3.1:8b' }))
  expect(output.score).toBe(78)
  const request = openai.requests[0]
  expect(request.url.origin).toBe('http://localhost:11434')
  expect(request.url.pathname).toBe('/v1/chat/completions')
  expect((request.body as any).model).toBe('llama3.1:8b')
  expect(schemaName(request.body as any)).toBe('llm_content_judgement')
})
