/**
 * `npm run bench:scoring [-- --runs 500 --config <path>]`: the whole configured local
 * pipeline on ~300-word answers with word timings, every run a different answer
 * (./pipeline-measure.ts), so that no cache flatters the figure. After a warm-up, prints
 * p50/p95/p99/max and, as a baseline measured in the same run on the same answers, a pipeline of
 * as many no-op scorers. `npm run bench` shows the same figure among the others.
 * Targets on the 2-core reference machine: p50 ≤ 3 ms on distinct answers (issue 17), p99 ≤ 30 ms.
 */
import { parseArgs } from 'node:util'
import { measurePipeline, percentileOf as pct } from './pipeline-measure.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '50' },
    config: { type: 'string' },
  },
})
const runs = Number(values.runs)
const warmup = Number(values.warmup)
const measured = await measurePipeline({ runs, warmup, configPath: values.config })
const { full, empty } = measured

const row = (name: string, t: number[]) =>
  `${name.padEnd(22)} ${[50, 95, 99].map((p) => pct(t, p).toFixed(2).padStart(8)).join('')} ${t.at(-1)!.toFixed(2).padStart(8)}`

console.log(
  `Scoring pipeline: ${measured.scorerIds.length} scorers (${measured.scorerIds.join(', ')})`,
)
console.log(
  `Answers: ${measured.words} words with ${measured.timings} word timings, ${measured.distinct} distinct of ${measured.answers}; ${warmup} warm-up runs, ${runs} measured; Node ${process.version}`,
)
console.log(
  `${'ms'.padEnd(22)} ${['p50', 'p95', 'p99'].map((h) => h.padStart(8)).join('')} ${'max'.padStart(8)}`,
)
console.log(row('configured pipeline', full))
console.log(row(`no-op baseline (${measured.scorerIds.length})`, empty))
console.log(`ratio at p50: ${(pct(full, 50) / pct(empty, 50)).toFixed(1)}× the no-op pipeline`)
if (measured.failed.length > 0) console.log(`warning: ${measured.failed.join('; ')}`)
