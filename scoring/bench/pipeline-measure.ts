/**
 * What `npm run bench:scoring` measures, importable so that `npm run bench` shows the same figure:
 * the whole configured local pipeline on ~300-word answers with word timings, every run a
 * different answer (the fixture's sentences reordered by a seeded shuffle, its numbers changed,
 * the timings laid out again), so that no cache flatters the figure; after a warm-up, the times
 * of the configured pipeline and, as a baseline on the same answers, of as many no-op scorers.
 */
import { readFile } from 'node:fs/promises'
import { defineScorer } from '../define.ts'
import { runPipeline, type AnswerInput } from '../pipeline.ts'
import type { ConfiguredScorer, Word } from '../types.ts'
import { loadLocalConfig } from '../cli/local-config.ts'

const fixture = new URL('../fixtures/answers/payments-migration-300-words.json', import.meta.url)

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
function variant(answer: AnswerInput, n: number): AnswerInput {
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

const noop = defineScorer({
  id: 'noop',
  version: '0.0.0',
  dimension: 'content',
  description: 'returns at once',
  async score() {
    return { score: 50, label: '', feedback: [], metrics: {}, suggestions: [] }
  },
})

export type PipelineMeasurement = {
  scorerIds: string[]
  /** words of the fixture answer, and how many word timings it has */
  words: number
  timings: number
  /** distinct transcripts among the answers scored (warm-up included) */
  distinct: number
  answers: number
  /** milliseconds per run, sorted: the configured pipeline, then the no-op one */
  full: number[]
  empty: number[]
  /** scorers that failed or timed out on the fixture answer ("id status: reason") */
  failed: string[]
}

export async function measurePipeline({
  runs = 500,
  warmup = 50,
  configPath,
}: { runs?: number; warmup?: number; configPath?: string } = {}): Promise<PipelineMeasurement> {
  const answer = JSON.parse(await readFile(fixture, 'utf8')) as AnswerInput
  const config = await loadLocalConfig(configPath)
  const answers = Array.from({ length: warmup + runs }, (_, n) => variant(answer, n))
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

  const full = await measure(config.scorers)
  const empty = await measure(baseline)
  const failed = (await runPipeline({ ...config, input: answer })).scorers
    .filter((s) => s.status === 'failed' || s.status === 'timeout')
    .map((s) => `${s.id} ${s.status}: ${s.reason}`)
  return {
    scorerIds: config.scorers.map((s) => s.scorer.id),
    words: answer.transcript.split(/\s+/).filter(Boolean).length,
    timings: answer.words?.length ?? 0,
    distinct: new Set(answers.map((a) => a.transcript)).size,
    answers: answers.length,
    full,
    empty,
    failed,
  }
}

/** The p-th percentile of sorted times (nearest rank). */
export function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
