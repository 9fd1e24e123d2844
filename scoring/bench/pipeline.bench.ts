/**
 * `npm run bench:scoring [-- --runs 500 --config <path>]`: the whole configured local
 * pipeline on a ~300-word answer with word timings, after a warm-up. Prints p50/p95/p99/max,
 * and as a baseline measured in the same run, a pipeline of as many no-op scorers.
 * Issue 3's target on the 2-core reference machine: p50 ≤ 10 ms, p99 ≤ 30 ms.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { defineScorer } from '../define.ts'
import { runPipeline, type AnswerInput } from '../pipeline.ts'
import type { ConfiguredScorer } from '../types.ts'
import { loadLocalConfig } from '../cli/local-config.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '50' },
    config: { type: 'string' },
  },
})
const runs = Number(values.runs)
const warmup = Number(values.warmup)

const fixture = new URL('../fixtures/answers/payments-migration-300-words.json', import.meta.url)
const answer = JSON.parse(await readFile(fixture, 'utf8')) as AnswerInput
const config = await loadLocalConfig(values.config)

const noop = defineScorer({
  id: 'noop',
  version: '0.0.0',
  dimension: 'content',
  description: 'returns at once',
  async score() {
    return { score: 50, label: '', feedback: [], metrics: {}, suggestions: [] }
  },
})
const baseline: ConfiguredScorer[] = config.scorers.map((_, i) => ({
  scorer: { ...noop, id: `noop-${i}` },
  weight: 1,
  options: {},
}))

async function measure(scorers: ConfiguredScorer[]): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await runPipeline({ ...config, scorers, input: answer })
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await runPipeline({ ...config, scorers, input: answer })
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const row = (name: string, t: number[]) =>
  `${name.padEnd(22)} ${[50, 95, 99].map((p) => pct(t, p).toFixed(2).padStart(8)).join('')} ${t.at(-1)!.toFixed(2).padStart(8)}`

const words = answer.transcript.split(/\s+/).filter(Boolean).length
const full = await measure(config.scorers)
const empty = await measure(baseline)
const failed = (await runPipeline({ ...config, input: answer })).scorers.filter(
  (s) => s.status === 'failed' || s.status === 'timeout',
)

console.log(
  `Scoring pipeline: ${config.scorers.length} scorers (${config.scorers.map((s) => s.scorer.id).join(', ')})`,
)
console.log(
  `Answer: ${words} words with ${answer.words?.length ?? 0} word timings; ${warmup} warm-up runs, ${runs} measured; Node ${process.version}`,
)
console.log(
  `${'ms'.padEnd(22)} ${['p50', 'p95', 'p99'].map((h) => h.padStart(8)).join('')} ${'max'.padStart(8)}`,
)
console.log(row('configured pipeline', full))
console.log(row(`no-op baseline (${baseline.length})`, empty))
console.log(`ratio at p50: ${(pct(full, 50) / pct(empty, 50)).toFixed(1)}× the no-op pipeline`)
if (failed.length > 0)
  console.log(`warning: ${failed.map((s) => `${s.id} ${s.status}: ${s.reason}`).join('; ')}`)
