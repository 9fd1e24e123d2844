/** The table's rows from what a run measured: each figure beside its baseline from the same run. */
import type { PipelineMeasurement } from '../../scoring/bench/pipeline-measure.ts'
import type { LoopResult } from './closed-loop.ts'
import type { ProfileFigures, Settings } from './profile-run.ts'
import type { RequestRate } from './request-rate.ts'
import type { Row } from './report.ts'
import { ms, percentile, summarize, times } from './stats.ts'

const perSecond = (loop: LoopResult) => loop.completedInWindow / loop.seconds
const latencies = (loop: LoopResult, key: 'firstScore' | 'completed') =>
  summarize(loop.answers.flatMap((answer) => (answer[key] === undefined ? [] : [answer[key]])))
const firstBefore = (loop: LoopResult) =>
  `${loop.answers.filter((a) => a.firstScore !== undefined && a.firstScore < (a.completed ?? Infinity)).length}/${loop.answers.length}`
/** how long before COMPLETED the first score arrived, p50 */
const lead = (loop: LoopResult) =>
  summarize(
    loop.answers.flatMap((a) =>
      a.firstScore === undefined || a.completed === undefined ? [] : [a.completed - a.firstScore],
    ),
  ).p50
const failed = (loop: LoopResult) => loop.answers.filter((a) => a.failed).length
const mb = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MB` : '—')

export function profileRows(f: ProfileFigures, s: Settings, bare?: RequestRate): Row[] {
  const rows: Row[] = []
  const profile = f.label
  const { throughput, single: noopSingle, fanOutOne, fanOutMany } = f.noop
  const { memory, nested, single, many, throughput: load } = f.builtin

  if (load && throughput) {
    const rate = perSecond(load)
    rows.push({
      figure: `scored answers/s, ${s.throughputClients} clients, ${s.seconds} s`,
      profile,
      value: `${rate.toFixed(1)}/s`,
      baseline: `no-op pipeline ${perSecond(throughput).toFixed(1)}/s; bare Yoga {__typename} ${bare ? `${bare.perSecond.toFixed(0)} req/s` : '—'}`,
      ratio: `${times(rate, perSecond(throughput))} no-op; ${bare ? times(rate, bare.perSecond) : '—'} bare`,
      notes: `closed loop: submit, COMPLETED over graphql-ws, next; ${load.completedInWindow} scored in the window, ${failed(load)} failed; COMPLETED p50 ${ms(latencies(load, 'completed').p50)}`,
    })
  }
  if (many && single) {
    const at = latencies(many, 'completed')
    const one = latencies(single, 'completed')
    rows.push({
      figure: `submit → COMPLETED p50 / p99, ${s.latencyClients} clients`,
      profile,
      value: `${ms(at.p50)} / ${ms(at.p99)}`,
      baseline: `1 client: ${ms(one.p50)} / ${ms(one.p99)}`,
      ratio: `${times(at.p50, one.p50)} / ${times(at.p99, one.p99)}`,
      notes: `${at.n} answers (${s.latencyAnswersEach} per client), closed loop; 1 client: ${one.n}`,
    })
  }
  if (single && noopSingle) {
    const first = latencies(single, 'firstScore')
    const noop = latencies(noopSingle, 'firstScore')
    rows.push({
      figure: 'submit → first SCORER_FINISHED p50, 1 client',
      profile,
      value: `${ms(first.p50)}; before COMPLETED in ${firstBefore(single)}, by ${ms(lead(single))} at p50`,
      baseline: `no-op pipeline ${ms(noop.p50)}`,
      ratio: times(first.p50, noop.p50),
      notes:
        `COMPLETED p50 ${ms(latencies(single, 'completed').p50)}; socket open before the submit, subscribed as it returns` +
        (many
          ? `; at ${s.latencyClients} clients ${ms(latencies(many, 'firstScore').p50)}, before COMPLETED in ${firstBefore(many)}`
          : ''),
    })
  }
  if (nested) {
    rows.push({
      figure: 'nested read p50 over HTTP',
      profile,
      value: `${ms(nested.api.p50)} (p99 ${ms(nested.api.p99)})`,
      baseline: `bare Yoga, same JSON from memory: ${ms(nested.bare.p50)}`,
      ratio: times(nested.api.p50, nested.bare.p50),
      notes: `${nested.exchanges} exchanges × ${nested.attempts / Math.max(1, nested.exchanges)} attempts, ${nested.scoreResults} results with feedback, ${nested.responseKb} KB; same JSON: ${nested.sameJson ? 'yes' : 'NO'}; ${nested.api.n} reads each, in turns`,
    })
  }
  if (memory) {
    const server = memory.server
    rows.push({
      figure: `idle memory (RSS after ${s.settleMs / 1000} s / after GC)`,
      profile: `${profile}: server`,
      value: `${mb(server.rssMb)} / ${mb(server.afterGcMb)}`,
      baseline: '—',
      ratio: '—',
      notes: [
        memory.firstStart ? 'started on the database an earlier start created' : '',
        server.gc ? 'GC through the inspector' : 'no GC: the inspector did not answer',
      ]
        .filter(Boolean)
        .join('; '),
    })
    if (memory.firstStart) {
      rows.push({
        figure: `idle memory (RSS after ${s.settleMs / 1000} s / after GC)`,
        profile: `${profile}: server, first start`,
        value: `${mb(memory.firstStart.rssMb)} / ${mb(memory.firstStart.afterGcMb)}`,
        baseline: '—',
        ratio: '—',
        notes: 'the start that creates the database (initdb, migrations, question bank)',
      })
    }
    memory.workers.forEach((worker, i) =>
      rows.push({
        figure: 'idle memory (RSS / after GC)',
        profile: `${profile}: worker ${i + 1}`,
        value: `${mb(worker.rssMb)} / ${mb(worker.afterGcMb)}`,
        baseline: '—',
        ratio: '—',
        notes: worker.gc ? 'GC through the inspector' : 'no GC',
      }),
    )
  }
  if (fanOutMany && fanOutOne) {
    rows.push({
      figure: `${fanOutMany.subscribers} graphql-ws subscribers, publish → deliver p50 / p99`,
      profile,
      value: `${ms(fanOutMany.deliver.p50)} / ${ms(fanOutMany.deliver.p99)}; ${Number.isFinite(fanOutMany.perConnectionKb) ? `${fanOutMany.perConnectionKb} KB` : '—'} per connection`,
      baseline: `1 subscriber: ${ms(fanOutOne.deliver.p50)} / ${ms(fanOutOne.deliver.p99)}`,
      ratio: `${times(fanOutMany.deliver.p50, fanOutOne.deliver.p50)} / ${times(fanOutMany.deliver.p99, fanOutOne.deliver.p99)}`,
      notes: `from sending nextQuestion (its response p50 ${ms(fanOutMany.mutation.p50)}; 1 subscriber: ${ms(fanOutOne.mutation.p50)}) to each socket's EXCHANGE_ADDED; first → last socket p99 ${ms(fanOutMany.spread.p99)}; ${fanOutMany.rounds} rounds × ${fanOutMany.subscribers} after a warm-up round (its p50 / p99 ${ms(fanOutMany.warmup.p50)} / ${ms(fanOutMany.warmup.p99)}; 1 subscriber: ${ms(fanOutOne.warmup.p99)}) (${fanOutMany.deliver.n} deliveries, ${fanOutMany.missing} missing); sockets in ${fanOutMany.processes} client processes, opened in ${fanOutMany.connectSeconds} s; server RSS ${mb(fanOutMany.rssBeforeMb)} → ${mb(fanOutMany.rssAfterMb)} after GC`,
    })
  }
  if (fanOutMany?.redisPublish && fanOutOne?.redisPublish) {
    const many = fanOutMany.redisPublish
    const one = fanOutOne.redisPublish
    rows.push({
      figure: `${fanOutMany.subscribers} graphql-ws subscribers, Redis PUBLISH → deliver p50 / p99`,
      profile,
      value: `${ms(many.p50)} / ${ms(many.p99)}`,
      baseline: `1 subscriber: ${ms(one.p50)} / ${ms(one.p99)}`,
      ratio: `${times(many.p50, one.p50)} / ${times(many.p99, one.p99)}`,
      notes: `an EXCHANGE_ADDED published straight to the interview's channel, as a worker publishes; ${fanOutMany.rounds} rounds (${many.n} deliveries)`,
    })
  }
  return rows
}

export function scoringRow(m: PipelineMeasurement): Row {
  const full = percentile(m.full, 50)
  const empty = percentile(m.empty, 50)
  return {
    figure: 'scoring p50, distinct 300-word answers',
    profile: 'in the bench process (npm run bench:scoring)',
    value: `${ms(full)} (p99 ${ms(percentile(m.full, 99))})`,
    baseline: `${m.scorerIds.length} no-op scorers: ${ms(empty)}`,
    ratio: times(full, empty),
    notes: `${m.full.length} runs after a warm-up, ${m.distinct} distinct of ${m.answers} answers of ${m.words} words with timings; ${m.scorerIds.length} scorers${m.failed.length ? `; failed: ${m.failed.join('; ')}` : ''}`,
  }
}
