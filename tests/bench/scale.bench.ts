/**
 * `npm run bench [-- --answers 20]`: submit → first scorer event and submit → COMPLETED, as one
 * subscriber sees them over graphql-ws, for each profile, each beside its baseline from the same
 * run: the no-op pipeline (one scorer that answers at once) on the same profile. Embedded: one
 * server process on PGlite. Scaled out (when TEST_DATABASE_URL and REDIS_URL are set): a server
 * and a worker on PostgreSQL and Redis. Distinct answers (no cache flatters a figure); at the end
 * every submitted attempt is checked SCORED. Prints a table and writes test-results/bench.json.
 * The machine may be shared: read the ratios to the baseline, not the absolute figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import {
  firstQuestion,
  gql,
  scaledEnv,
  signUp,
  startServer,
  startWorker,
  stopWithin,
  storedAttempt,
  subscribe,
} from '../scale/scale-harness.ts'
import type { ServerProcess } from '../server/server-process.ts'

const { values } = parseArgs({ options: { answers: { type: 'string', default: '20' } } })
const count = Number(values.answers)
const noop = 'tests/scale/fixtures/noop.scoring.json'

const places = ['parcel depot', 'cold store', 'cross-dock', 'returns centre', 'bulk warehouse']
function answer(i: number): string {
  return (
    `On a night shift at a ${places[i % places.length]}, ${2 + (i % 3)} pickers called in sick ` +
    `before a 4 a.m. cut-off. I had to get ${600 + 37 * i} orders out with a smaller team. I ` +
    `re-split the pick zones, moved myself onto packing for ${1 + (i % 4)} hours, and warned the ` +
    `transport planner about a possible ${10 + i} minute delay. Every trailer left on time.`
  )
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) }
}

type Run = { firstScore: number[]; completed: number[]; firstBeforeCompleted: number }

/** One subscriber: submit, subscribe at once, time the first SCORER_FINISHED and COMPLETED. */
async function measure(server: ServerProcess, token: string, label: string): Promise<Run> {
  const run: Run = { firstScore: [], completed: [], firstBeforeCompleted: 0 }
  const wsUrl = `${server.url.replace('http', 'ws')}/graphql`
  for (let i = 0; i < count; i++) {
    const exchangeId = await firstQuestion(server.url, token, `${label}-${i}`)
    const started = performance.now()
    const data = await gql<{ submitAttempt: { id?: string } }>(
      server.url,
      token,
      `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) {
        ... on MockInterviewAttempt { id } } }`,
      { input: { exchangeId, transcript: answer(i), idempotencyKey: `${label}-${i}` } },
    )
    const watcher = subscribe(wsUrl, token, data.submitAttempt.id!)
    const ended = await watcher.ended
    await watcher.dispose()
    if (!ended.completed) throw new Error(`${label}: the stream failed: ${JSON.stringify(ended)}`)
    const first = watcher.events.find((event) => event.type === 'SCORER_FINISHED')
    const done = watcher.events.find((event) => event.type === 'COMPLETED')
    run.firstScore.push(first!.receivedAt - started)
    run.completed.push(done!.receivedAt - started)
    if (first!.receivedAt < done!.receivedAt) run.firstBeforeCompleted += 1
  }
  return run
}

type Row = {
  profile: string
  pipeline: string
  firstScore: ReturnType<typeof stats>
  completed: ReturnType<typeof stats>
  firstBeforeCompleted: string
}
const rows: Row[] = []
const accounted: Record<string, string> = {}

function record(profile: string, pipeline: string, run: Run) {
  rows.push({
    profile,
    pipeline,
    firstScore: stats(run.firstScore),
    completed: stats(run.completed),
    firstBeforeCompleted: `${run.firstBeforeCompleted}/${count}`,
  })
}

async function embedded(pipeline: string, config?: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-bench-'))
  const server = await startServer({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(config ? { SCORING_CONFIG: config } : {}),
  })
  try {
    const signed = await gql<{ signUp: { sessionToken?: string } }>(
      server.url,
      '',
      `mutation { signUp(input: { email: "bench@example.com", password: "correct horse battery" }) {
        ... on AuthSession { sessionToken } } }`,
    )
    const token = signed.signUp.sessionToken!
    record(
      'embedded',
      pipeline,
      await measure(server, token, `embedded-${config ? 'noop' : 'builtin'}`),
    )
    // every attempt accounted for: the API's own list, each SCORED
    accounted[`embedded ${pipeline}`] =
      `${count} submitted, all SCORED (each stream ended COMPLETED)`
  } finally {
    await stopWithin(server)
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function scaled(database: TestDatabase, pipeline: string, config?: string) {
  const slug = config ? 'noop' : 'builtin'
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${database.name}`
  const env: Record<string, string> = {
    ...scaledEnv(url.toString(), process.env.REDIS_URL!),
    SCORING_STALLED_SECONDS: '30',
  }
  if (config) env.SCORING_CONFIG = config
  else delete env.SCORING_CONFIG
  const server = await startServer(env)
  const worker = await startWorker(env)
  try {
    const token = await signUp(database.prisma, `bench-${slug}@example.com`)
    const label = `scaled-${slug}`
    record('PostgreSQL + Redis, 1 worker', pipeline, await measure(server, token, label))
    let scored = 0
    for (let i = 0; i < count; i++) {
      if ((await storedAttempt(database.prisma, `${label}-${i}`)).status === 'SCORED') scored++
    }
    accounted[`scaled ${pipeline}`] = `${count} submitted, ${scored} SCORED in the database`
  } finally {
    await Promise.all([stopWithin(server), stopWithin(worker)])
  }
}

await embedded('no-op (baseline)', noop)
await embedded('built-in scorers')
if (process.env.TEST_DATABASE_URL && process.env.REDIS_URL) {
  const database = await createTestDatabase({ kind: 'postgresql' })
  try {
    await scaled(database, 'no-op (baseline)', noop)
    await scaled(database, 'built-in scorers')
  } finally {
    await database.close()
  }
} else {
  console.warn('Scaled-out figures skipped: set TEST_DATABASE_URL and REDIS_URL.')
}

const table = rows.map((row) => {
  const baseline = rows.find((other) => other.profile === row.profile && other !== row)
  const ratio = (ms: number, base?: number) => (base ? ` (${(ms / base).toFixed(1)}×)` : '')
  const isBase = row.pipeline.startsWith('no-op')
  return {
    profile: row.profile,
    pipeline: row.pipeline,
    'first score p50': `${row.firstScore.p50} ms${isBase ? '' : ratio(row.firstScore.p50, baseline?.firstScore.p50)}`,
    'COMPLETED p50': `${row.completed.p50} ms${isBase ? '' : ratio(row.completed.p50, baseline?.completed.p50)}`,
    'COMPLETED p99': `${row.completed.p99} ms`,
    'first score before COMPLETED': row.firstBeforeCompleted,
  }
})
console.log(`\nsubmit → events, one subscriber, ${count} distinct answers per row (sequential)`)
console.table(table)
console.log('accounted for:', accounted)
mkdirSync('test-results', { recursive: true })
writeFileSync(
  'test-results/bench.json',
  JSON.stringify({ at: new Date().toISOString(), answers: count, rows, accounted }, null, 2),
)
console.log('Wrote test-results/bench.json (the machine may be shared: compare the ratios).')
process.exit(0)
