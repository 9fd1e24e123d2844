/**
 * `npm run bench [-- --seconds 60 | --quick] [--workers 2 --concurrency 4] [--subscribers 1000]`:
 * every figure of issue 16, each beside its baseline measured in the same run, on both profiles
 * (embedded: one server process on PGlite; scaled: a server instance and `npm run worker`
 * processes on PostgreSQL and Redis, when TEST_DATABASE_URL and REDIS_URL are set):
 * 1. scored answers per second, 10 closed-loop clients (./closed-loop.ts), against the no-op
 *    pipeline and bare Yoga's `{ __typename }` requests per second (./request-rate.ts);
 * 2. submit → COMPLETED p50 / p99 at 20 clients, against 1 client;
 * 3. submit → first SCORER_FINISHED p50 and how many arrived before COMPLETED, against the no-op
 *    pipeline (the socket is open before the submit);
 * 4. the nested read against bare Yoga returning the same JSON from memory (./nested-read.ts);
 * 5. idle memory of the embedded server, a scaled-out server instance and a worker;
 * 6. 1,000 graphql-ws subscribers: publish → deliver against 1 subscriber, memory per connection;
 * 7. scoring p50 on distinct 300-word answers (what `npm run bench:scoring` measures).
 * Every attempt submitted is counted in the database at the end (all SCORED). Prints one table and
 * writes test-results/bench.json. Traffic goes to 127.0.0.1 only; every loop is bounded. The
 * machine may be shared: read the ratios to the baselines, not the absolute figures.
 */
import { parseArgs } from 'node:util'
import { measurePipeline } from '../../scoring/bench/pipeline-measure.ts'
import { createTestDatabase } from '../setup/database.ts'
import { profileRows, scoringRow } from './figure-rows.ts'
import { runProfile, type Settings } from './profile-run.ts'
import { startEmbedded, startScaled } from './profiles.ts'
import { createReport, markdownTable, measured, writeReport } from './report.ts'
import { bareYogaRequestRate } from './request-rate.ts'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '4' },
    subscribers: { type: 'string', default: '1000' },
    'subscriber-processes': { type: 'string', default: '2' },
    'embedded-only': { type: 'boolean', default: false },
  },
})
const quick = values.quick
const whole = (name: string, value: string | undefined, min: number, max: number) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} takes a whole number from ${min} to ${max} (got ${value}).`)
    process.exit(2)
  }
  return n
}
const settings: Settings = {
  seconds: whole('seconds', values.seconds ?? (quick ? '10' : '60'), 1, 600),
  throughputClients: 10,
  latencyClients: 20,
  latencyAnswersEach: quick ? 3 : 10,
  singleAnswers: quick ? 10 : 30,
  reads: quick ? 30 : 100,
  subscribers: whole('subscribers', values.subscribers, 1, 5000),
  subscriberProcesses: whole('subscriber-processes', values['subscriber-processes'], 1, 8),
  fanOutRounds: quick ? 2 : 5,
  baselineRounds: quick ? 5 : 14,
  settleMs: quick ? 2000 : 5000,
}
const workers = whole('workers', values.workers, 1, 8)
const concurrency = whole('concurrency', values.concurrency, 1, 64)
const scoringRuns = quick ? 100 : 300
const bareSeconds = Math.min(settings.seconds, 15)
const started = performance.now()
const report = createReport()

console.log(
  `npm run bench: ${settings.seconds} s load windows, ${settings.throughputClients} and ${settings.latencyClients} closed-loop clients, ${settings.subscribers} subscribers; Node ${process.version}`,
)

const scoring = await measured(report, 'scoring p50', 'in process', () =>
  measurePipeline({ runs: scoringRuns, warmup: 30 }),
)
const bare = await measured(report, 'bare Yoga req/s', 'child process', () =>
  bareYogaRequestRate(settings.throughputClients, bareSeconds),
)
report.raw.scoring = scoring && { ...scoring, full: undefined, empty: undefined }
report.raw.bareYoga = bare

const embedded = await runProfile(
  report,
  'embedded',
  (pipeline) => startEmbedded(pipeline, settings.settleMs),
  settings,
)
report.raw.embedded = embedded

const scaledReady = Boolean(process.env.TEST_DATABASE_URL && process.env.REDIS_URL)
let scaled: typeof embedded | undefined
if (values['embedded-only']) {
  report.unmeasured['scaled-out profile'] = 'skipped with --embedded-only'
} else if (!scaledReady) {
  const why =
    'TEST_DATABASE_URL and REDIS_URL are not set: the scaled-out rows need a PostgreSQL server and a Redis server (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379 npm run bench).'
  console.warn(`Scaled-out figures skipped: ${why}`)
  report.unmeasured['scaled-out profile'] = why
} else {
  const database = await createTestDatabase({ kind: 'postgresql' })
  try {
    scaled = await runProfile(
      report,
      'scaled',
      (pipeline) => startScaled(database, pipeline, { workers, concurrency }),
      settings,
    )
    report.raw.scaled = scaled
  } finally {
    await database.close()
  }
}

const rows = [
  ...report.rows,
  ...profileRows(embedded, settings, bare),
  ...(scaled ? profileRows(scaled, settings, bare) : []),
  ...(scoring ? [scoringRow(scoring)] : []),
]
rows.sort((a, b) => order(a.figure) - order(b.figure))
report.rows = rows

function order(figure: string): number {
  const keys = [
    'answers/s',
    'COMPLETED p50',
    'first SCORER',
    'nested read',
    'idle memory',
    'subscribers',
    'scoring p50',
  ]
  const index = keys.findIndex((key) => figure.includes(key))
  return index === -1 ? keys.length : index
}

const minutes = ((performance.now() - started) / 60_000).toFixed(1)
console.log(
  `\nEvery figure beside its baseline from this run (${minutes} min; the machine may be shared, so read the ratios):\n`,
)
console.log(markdownTable(rows))
console.log('\nAccounted for (the database’s own count of each account’s attempts):')
for (const entry of report.accounted as {
  profile: string
  pipeline: string
  submitted: number
  stored: number
  byStatus: Record<string, number>
  allScored: boolean
}[]) {
  console.log(
    `  ${entry.profile}, ${entry.pipeline}: ${entry.submitted} submitted, ${entry.stored} stored, ${JSON.stringify(entry.byStatus)}${entry.allScored ? ' — all SCORED' : ' — NOT ALL SCORED'}`,
  )
}
for (const [figure, why] of Object.entries(report.unmeasured))
  console.log(`Not measured: ${figure}: ${why}`)
const file = writeReport(report, { ...settings, workers, concurrency, scoringRuns, bareSeconds })
console.log(`Wrote ${file}.`)
const allScored = (report.accounted as { allScored: boolean }[]).every((entry) => entry.allScored)
process.exit(allScored ? 0 : 1)
