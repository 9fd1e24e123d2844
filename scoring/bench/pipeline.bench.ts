/**
 * `npm run bench:scoring [-- --runs 500 --config <path>]`: the whole configured local
 * pipeline on ~300-word answers with word timings, every run a different answer (the fixture's
 * sentences reordered by a seeded shuffle, its numbers changed, the timings laid out again), so
 * that no cache flatters the figure. After a warm-up, prints p50/p95/p99/max and, as a baseline
 * measured in the same run on the same answers, a pipeline of as many no-op scorers.
 * Targets on the 2-core reference machine: p50 ≤ 3 ms on distinct answers (issue 17), p99 ≤ 30 ms.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { defineScorer } from '../define.ts'
import { runPipeline, type AnswerInput } from '../pipeline.ts'
import type { ConfiguredScorer, Word } from '../types.ts'
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

/** A small seeded PRNG (mulberry32): the same answers on every run of the bench. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The fixture's sentences in another order, its numbers changed, timings laid out again. */
function variant(n: number): AnswerInput {
  const words = answer.words ?? []
  const sentences: Word[][] = [[]]
  for (const w of words) {
    sentences.at(-1)!.push(w)
    if (/[.?!]$/.test(w.punctuated_word ?? w.word)) sentences.push([])
  }
  const next = random(n + 1)
  const order = sentences.filter((s) => s.length > 0)
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  let at = 0.4
  const laidOut = order.flat().map((w) => {
    const shown = (w.punctuated_word ?? w.word).replace(/\d+/g, (d) => String(Number(d) + n))
    const spoken = w.word.replace(/\d+/g, (d) => String(Number(d) + n))
    const start = at
    at = start + (w.end - w.start) + 0.12
    return { ...w, word: spoken, punctuated_word: shown, start, end: start + (w.end - w.start) }
  })
  return {
    ...answer,
    transcript: laidOut.map((w) => w.punctuated_word).join(' '),
    words: laidOut,
    durationMs: Math.round(at * 1000),
  }
}
const answers = Array.from({ length: warmup + runs }, (_, n) => variant(n))
const distinct = new Set(answers.map((a) => a.transcript)).size

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
  for (let i = 0; i < warmup; i++) await runPipeline({ ...config, scorers, input: answers[i] })
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const input = answers[warmup + i]
    const started = performance.now()
    await runPipeline({ ...config, scorers, input })
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
  `Answers: ${words} words with ${answer.words?.length ?? 0} word timings, ${distinct} distinct of ${answers.length}; ${warmup} warm-up runs, ${runs} measured; Node ${process.version}`,
)
console.log(
  `${'ms'.padEnd(22)} ${['p50', 'p95', 'p99'].map((h) => h.padStart(8)).join('')} ${'max'.padStart(8)}`,
)
console.log(row('configured pipeline', full))
console.log(row(`no-op baseline (${baseline.length})`, empty))
console.log(`ratio at p50: ${(pct(full, 50) / pct(empty, 50)).toFixed(1)}× the no-op pipeline`)
if (failed.length > 0)
  console.log(`warning: ${failed.map((s) => `${s.id} ${s.status}: ${s.reason}`).join('; ')}`)
