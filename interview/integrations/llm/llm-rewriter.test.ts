import { runPipeline } from '../../../scoring/pipeline.ts'
import type { AbstainOutput, Scorer, ScoredOutput, ScorerInput } from '../../../scoring/types.ts'
import { openai } from '../../../tests/mocks/openai.ts'
import {
  billingAnswer,
  faithfulRewrite,
  judgeBillingAnswer,
  unfaithfulRewrite,
} from '../../../tests/mocks/openai-replies.ts'
import { useMockServer } from '../../../tests/mocks/server.ts'
import { createLlmRewriter } from './llm-rewriter.ts'
import { createOpenAiClient, type OpenAiConfig } from './openai-client.ts'

useMockServer()

const config: OpenAiConfig = {
  apiKey: 'sk-test',
  model: 'gpt-4o-mini',
  timeoutMs: 2_000,
  maxRetries: 1,
}
const input: ScorerInput = { ...billingAnswer, locale: 'en-US', results: {} }
const context = () => ({
  options: {},
  signal: new AbortController().signal,
  deadline: Date.now() + 10_000,
  logger: console,
})

const localRewrite =
  'I led the migration of our billing system to a new provider. Invoice errors fell by 40 percent.'
const localRewriter: Scorer = {
  id: 'local-rewrite',
  version: '1.0.0',
  dimension: 'structure',
  description: 'a fixed local rewrite',
  async score() {
    return {
      score: 60,
      label: 'solid',
      feedback: [],
      metrics: {},
      suggestions: [],
      artifacts: { rewrite: localRewrite },
    }
  },
}

test('a faithful LLM rewrite is handed over with the structure score and STAR parts', async () => {
  openai.reply = judgeBillingAnswer(faithfulRewrite)
  const output = (await createLlmRewriter({ llm: createOpenAiClient(config) }).score(
    input,
    context(),
  )) as ScoredOutput
  expect(output.score).toBe(71)
  expect(output.artifacts?.rewrite).toBe(faithfulRewrite)
  const result = output.artifacts!.star!.result.evidence[0]
  expect(billingAnswer.transcript.slice(result.start, result.end)).toBe(
    'Invoice errors fell by 40 percent',
  )
  expect((openai.requests[0].body as any).response_format.json_schema.name).toBe('llm_star_rewrite')
})

test('an LLM rewrite that invents a number and a name is rejected, naming what it added', async () => {
  openai.reply = judgeBillingAnswer(unfaithfulRewrite)
  const output = (await createLlmRewriter({ llm: createOpenAiClient(config) }).score(
    input,
    context(),
  )) as AbstainOutput
  expect(output.abstain.reason).toMatch(
    /^The LLM's rewrite added .*"Globex".*"2".*, which the answer never said/,
  )
  expect(output.abstain.reason).toMatch(/the local rewrite stands\.$/)
  expect(output.artifacts?.rewrite).toBeUndefined()
  expect(output.degraded).toBeUndefined()
})

test('when the LLM rewrite is rejected the candidate sees the local rewrite', async () => {
  openai.reply = judgeBillingAnswer(unfaithfulRewrite)
  const response = await runPipeline({
    scorers: [
      { scorer: createLlmRewriter({ llm: createOpenAiClient(config) }), weight: 1, options: {} },
      { scorer: localRewriter, weight: 1, options: {} },
    ],
    input: billingAnswer,
  })
  expect(response.rewrite).toBe(localRewrite)
  expect(response.scorers.find((s) => s.id === 'llm-rewrite')?.status).toBe('abstained')
})

test('when the LLM rewrite is faithful and configured first the candidate sees it', async () => {
  openai.reply = judgeBillingAnswer(faithfulRewrite)
  const response = await runPipeline({
    scorers: [
      { scorer: createLlmRewriter({ llm: createOpenAiClient(config) }), weight: 1, options: {} },
      { scorer: localRewriter, weight: 1, options: {} },
    ],
    input: billingAnswer,
  })
  expect(response.rewrite).toBe(faithfulRewrite)
  expect(response.status).toBe('complete')
})

test('a rewriter facing an OpenAI outage abstains with the cause', async () => {
  openai.script('500', '500')
  const output = (await createLlmRewriter({ llm: createOpenAiClient(config) }).score(
    input,
    context(),
  )) as AbstainOutput
  expect(openai.requests).toHaveLength(2)
  expect(output.degraded).toEqual({ service: 'OpenAI', reason: 'OpenAI had a server error (500)' })
})
