import { createOpenAiClient } from '../interview/integrations/llm/openai-client.ts'
import { runPipeline } from '../scoring/index.ts'
import { openai } from '../tests/mocks/openai.ts'
import {
  billingAnswer,
  faithfulRewrite,
  judgeBillingAnswer,
} from '../tests/mocks/openai-replies.ts'
import { useMockServer } from '../tests/mocks/server.ts'
import { buildScoringConfig, llmDeadlineMs, loadScoring } from './scoring-setup.ts'

useMockServer()

const retries = { timeoutMs: 1_000, maxRetries: 1 }
const client = () => createOpenAiClient({ apiKey: 'sk-test', model: 'gpt-test', ...retries })

test('without an OpenAI key the app scores with the config file as loaded', async () => {
  const loaded = await loadScoring('scoring.config.json')
  expect(buildScoringConfig({ loaded })).toEqual(loaded)
})

test('with an OpenAI key the LLM scorer and rewriter join the configured scorers, gate and calibration kept', async () => {
  const loaded = await loadScoring('scoring.config.json')
  const built = buildScoringConfig({ loaded, llm: { client: client(), ...retries } })
  expect(built.scorers.map((e) => e.scorer.id)).toEqual([
    'llm-content',
    'llm-rewrite',
    ...loaded.scorers.map((e) => e.scorer.id),
  ])
  const [content, rewrite] = built.scorers
  expect(content).toMatchObject({ weight: 1 })
  expect(rewrite).toMatchObject({ weight: 0 })
  // the client's tries and its backoff (0.5 s) end before the pipeline's deadline
  for (const entry of [content!, rewrite!]) expect(entry.timeoutMs).toBeGreaterThan(1_000 * 2 + 500)
  expect(built.gate).toEqual(loaded.gate)
  expect(built.overallCalibration).toEqual(loaded.overallCalibration)
  expect(built.dimensionWeights).toEqual(loaded.dimensionWeights)
})

test("the LLM scorers' deadline outlasts the server's OpenAI retries", () => {
  // 3 tries of 20 s, then backoffs of 0.5 s and 1 s
  expect(llmDeadlineMs({ timeoutMs: 20_000, maxRetries: 2 })).toBeGreaterThan(61_500)
})

test("a keyed install gets the LLM's judgement and its faithful rewrite", async () => {
  openai.reply = judgeBillingAnswer()
  const loaded = await loadScoring('scoring.config.json')
  const built = buildScoringConfig({ loaded, llm: { client: client(), ...retries } })
  const response = await runPipeline({ ...built, input: billingAnswer })
  expect(response.scorers.find((s) => s.id === 'llm-content')).toMatchObject({
    status: 'ok',
    score: 78,
  })
  expect(response.rewrite).toBe(faithfulRewrite)
  expect(response.degraded).toBeNull()
})

test('a failing OpenAI leaves the local result standing and the answer marked degraded', async () => {
  openai.script('401', '401')
  const loaded = await loadScoring('scoring.config.json')
  const built = buildScoringConfig({ loaded, llm: { client: client(), ...retries } })
  const [keyed, local] = await Promise.all([
    runPipeline({ ...built, input: billingAnswer }),
    runPipeline({ ...loaded, input: billingAnswer }),
  ])
  expect(keyed.overall).toBe(local.overall)
  const scores = (r: typeof keyed) =>
    Object.fromEntries(Object.entries(r.dimensions).map(([name, d]) => [name, d.score]))
  expect(scores(keyed)).toEqual(scores(local))
  expect(keyed.rewrite).toBe(local.rewrite)
  expect(keyed.scorers.filter((s) => s.id.startsWith('llm-')).map((s) => s.status)).toEqual([
    'abstained',
    'abstained',
  ])
  expect(keyed.degraded?.reason).toMatch(/openai: .*401/i)
})
