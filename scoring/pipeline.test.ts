import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { abstain, defineScorer } from './define.ts'
import { ScoringConfigError } from './errors.ts'
import { runPipeline } from './pipeline.ts'
import { MockInterviewAttemptResponse } from './response.ts'
import {
  abstainingScorer,
  answer,
  configure,
  fixedScorer,
  hangingScorer,
  throwingScorer,
} from './test-scorers.ts'
import type { PipelineEvent, ScorerResult } from './types.ts'

test('a scorer that depends on another sees its result and runs after it', async () => {
  const order: string[] = []
  const base = fixedScorer('base', 80, {
    async score() {
      await sleep(20)
      order.push('base')
      return { score: 80, label: 'good', feedback: [], metrics: { n: 3 }, suggestions: [] }
    },
  })
  const derived = fixedScorer('derived', 0, {
    dependsOn: ['base'],
    async score(input) {
      order.push('derived')
      return {
        score: (input.results.base.metrics.n as number) * 10,
        label: 'from base',
        feedback: [],
        metrics: {},
        suggestions: [],
      }
    },
  })
  const response = await runPipeline({
    scorers: [configure(derived), configure(base)],
    input: answer,
  })
  expect(order).toEqual(['base', 'derived'])
  expect(response.scorers.map((s) => [s.id, s.score])).toEqual([
    ['derived', 30],
    ['base', 80],
  ])
})

test('independent scorers run at the same time', async () => {
  const slow = (id: string) =>
    fixedScorer(id, 50, {
      async score() {
        await sleep(150)
        return { score: 50, label: '', feedback: [], metrics: {}, suggestions: [] }
      },
    })
  const started = performance.now()
  await runPipeline({
    scorers: ['a', 'b', 'c', 'd'].map((id) => configure(slow(id))),
    input: answer,
  })
  expect(performance.now() - started).toBeLessThan(450)
})

test('a throwing plugin is a failed result and the others are still scored', async () => {
  const response = await runPipeline({
    scorers: [configure(throwingScorer('broken')), configure(fixedScorer('good', 70))],
    input: answer,
  })
  const broken = response.scorers.find((s) => s.id === 'broken')!
  expect(broken).toMatchObject({ status: 'failed', score: null })
  expect(broken.reason).toBe('broken: threw Error: the plugin broke')
  expect(response.dimensions.content.score).toBe(70)
  expect(response.status).toBe('partial')
})

test('a plugin whose score() throws synchronously is a failed result too', async () => {
  const sync = fixedScorer('sync', 0, {
    score: () => {
      throw new TypeError('not async at all')
    },
  })
  const response = await runPipeline({
    scorers: [configure(sync), configure(fixedScorer('good', 70))],
    input: answer,
  })
  expect(response.scorers[0]).toMatchObject({
    status: 'failed',
    reason: 'sync: threw TypeError: not async at all',
  })
  expect(response.overall).toBe(70)
})

test('a hanging plugin times out at its deadline and the pipeline still resolves', async () => {
  const started = performance.now()
  const response = await runPipeline({
    scorers: [
      configure(hangingScorer('stuck'), 1, { timeoutMs: 50 }),
      configure(fixedScorer('good', 60)),
    ],
    input: answer,
  })
  expect(performance.now() - started).toBeLessThan(1000)
  expect(response.scorers[0]).toMatchObject({
    id: 'stuck',
    status: 'timeout',
    reason: 'stuck: did not finish within its 50 ms deadline',
  })
  expect(response.overall).toBe(60)
})

test('the scorer sees its signal abort when its deadline passes', async () => {
  let aborted: unknown
  const polite = fixedScorer('polite', 0, {
    score: (_input, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => {
          aborted = signal.reason
          reject(signal.reason)
        }),
      ),
  })
  await runPipeline({ scorers: [configure(polite, 1, { timeoutMs: 20 })], input: answer })
  expect(aborted).toMatchObject({ name: 'TimeoutError' })
})

test.each([
  ['a score above 100', { score: 140 }, 'score: Too big'],
  ['a NaN score', { score: Number.NaN }, 'score:'],
  [
    'evidence past the end of the transcript',
    { feedback: [{ kind: 'strength', message: 'x', evidence: [{ start: 10, end: 9999 }] }] },
    'lies outside the transcript',
  ],
  [
    'a reversed span',
    { feedback: [{ kind: 'improvement', message: 'x', evidence: [{ start: 8, end: 2 }] }] },
    'span [8, 2)',
  ],
])('invalid output (%s) is a failed result naming the problem', async (_name, output, expected) => {
  const response = await runPipeline({
    scorers: [configure(fixedScorer('sloppy', 50, { output } as never))],
    input: answer,
  })
  expect(response.scorers[0].status).toBe('failed')
  expect(response.scorers[0].reason).toMatch(/^sloppy: returned invalid output: /)
  expect(response.scorers[0].reason).toContain(expected)
})

test('invalid options fail the scorer before it runs, with the option named', async () => {
  let ran = false
  const strict = defineScorer({
    ...fixedScorer('strict', 50),
    options: z.object({ maxWpm: z.number().positive() }),
    async score() {
      ran = true
      return { score: 50, label: '', feedback: [], metrics: {}, suggestions: [] }
    },
  })
  const response = await runPipeline({
    scorers: [configure(strict, 1, { options: { maxWpm: -3 } })],
    input: answer,
  })
  expect(ran).toBe(false)
  expect(response.scorers[0].reason).toMatch(/^strict: invalid options: maxWpm: /)
})

test('scores are renormalised over the scorers that returned one and the result is partial', async () => {
  const response = await runPipeline({
    scorers: [
      configure(fixedScorer('relevance', 90), 3),
      configure(throwingScorer('specificity'), 1),
      configure(fixedScorer('pace', 40, { dimension: 'delivery' }), 1),
      configure(abstainingScorer('pauses'), 1),
    ],
    input: answer,
  })
  expect(response.dimensions.content).toMatchObject({
    score: 90,
    scorers: ['relevance', 'specificity'],
  })
  expect(response.dimensions.content.reason).toContain('failed: specificity: threw')
  expect(response.dimensions.delivery.score).toBe(40)
  expect(response.dimensions.structure).toMatchObject({
    score: null,
    reason: 'No scorer is configured for this dimension.',
  })
  expect(response.overall).toBe(65)
  expect(response.status).toBe('partial')
  expect(MockInterviewAttemptResponse.parse(response)).toEqual(response)
})

test('events arrive in order: each start before its finish, dependencies first', async () => {
  const events: PipelineEvent[] = []
  const results: ScorerResult[] = []
  await runPipeline({
    scorers: [
      configure(fixedScorer('second', 10, { dependsOn: ['first'] })),
      configure(fixedScorer('first', 20)),
    ],
    input: answer,
    onEvent: (e) => events.push(e),
    onResult: async (r) => {
      results.push(r)
    },
  })
  expect(
    events.map((e) => `${e.type} ${e.type === 'scorer.started' ? e.id : e.result.id}`),
  ).toEqual([
    'scorer.started first',
    'scorer.finished first',
    'scorer.started second',
    'scorer.finished second',
  ])
  expect(results.map((r) => r.id).sort()).toEqual(['first', 'second'])
})

test('a dependency cycle is rejected as a config error', async () => {
  const run = runPipeline({
    scorers: [
      configure(fixedScorer('a', 1, { dependsOn: ['b'] })),
      configure(fixedScorer('b', 1, { dependsOn: ['a'] })),
    ],
    input: answer,
  })
  await expect(run).rejects.toThrow(ScoringConfigError)
  await expect(run).rejects.toThrow('a → b → a')
})

test('a plugin that mutates the shared input fails alone and the next scorer sees the original', async () => {
  const vandal = fixedScorer('vandal', 0, {
    async score(input) {
      ;(input as { transcript: string }).transcript = ''
      return { score: 1, label: '', feedback: [], metrics: {}, suggestions: [] }
    },
  })
  const reader = fixedScorer('reader', 0, {
    dependsOn: ['vandal'],
    async score(input) {
      return {
        score: input.transcript.length > 0 ? 100 : 0,
        label: '',
        feedback: [],
        metrics: {},
        suggestions: [],
      }
    },
  })
  const response = await runPipeline({
    scorers: [configure(vandal), configure(reader)],
    input: answer,
  })
  expect(response.scorers[0].status).toBe('failed')
  expect(response.scorers[1].score).toBe(100)
})

test('a failing onResult rejects the run after every scorer has finished', async () => {
  const seen: string[] = []
  const run = runPipeline({
    scorers: [configure(fixedScorer('a', 1)), configure(fixedScorer('b', 2))],
    input: answer,
    onResult: async (r) => {
      seen.push(r.id)
      if (r.id === 'a') throw new Error('database is down')
    },
  })
  await expect(run).rejects.toThrow('database is down')
  expect(seen.sort()).toEqual(['a', 'b'])
})

test('cancelling the run aborts the scorers still running and rejects', async () => {
  const controller = new AbortController()
  const run = runPipeline({
    scorers: [configure(hangingScorer('stuck'))],
    input: answer,
    signal: controller.signal,
  })
  controller.abort(new Error('candidate left'))
  await expect(run).rejects.toThrow('candidate left')
})

test('an abstention that names an unavailable service reaches the response as degraded', async () => {
  const llm = fixedScorer('llm', 0, {
    async score() {
      return abstain('The coach model is unavailable.', {
        degraded: { service: 'OpenAI', reason: 'HTTP 503' },
      })
    },
  })
  const response = await runPipeline({
    scorers: [configure(llm), configure(fixedScorer('local', 70))],
    input: answer,
  })
  expect(response.degraded).toEqual({ reason: 'OpenAI: HTTP 503' })
  expect(response.overall).toBe(70)
})
