/**
 * Every figure of one profile, in one order: the no-op pipeline's server first (the baselines:
 * one client, the closed loop at 10 clients, then the fan-out at 1 and at 1,000 subscribers, on a
 * pipeline with no follow-up questions so that each round adds exactly one exchange), then the
 * built-in scorers' server (idle memory first, while it is fresh, then the nested read, one
 * client, 20 clients, the closed loop at 10 clients). Each server is stopped and its attempts
 * counted in the database before the next starts.
 */
import { closedLoop, type LoopResult } from './closed-loop.ts'
import { fanOut, type FanOut } from './fan-out.ts'
import { nestedRead, type NestedRead } from './nested-read.ts'
import { idleMemory, type MemorySample } from './process-memory.ts'
import type { Pipeline, Profile } from './profiles.ts'
import { measured, type Report } from './report.ts'

export type Settings = {
  seconds: number
  throughputClients: number
  latencyClients: number
  latencyAnswersEach: number
  singleAnswers: number
  reads: number
  subscribers: number
  subscriberProcesses: number
  fanOutRounds: number
  baselineRounds: number
  settleMs: number
}

export type ProfileFigures = {
  label: string
  noop: { single?: LoopResult; throughput?: LoopResult; fanOutOne?: FanOut; fanOutMany?: FanOut }
  builtin: {
    memory?: { server: MemorySample; firstStart?: MemorySample; workers: MemorySample[] }
    nested?: NestedRead
    single?: LoopResult
    many?: LoopResult
    throughput?: LoopResult
  }
}

export async function runProfile(
  report: Report,
  name: string,
  start: (pipeline: Pipeline) => Promise<Profile>,
  s: Settings,
): Promise<ProfileFigures> {
  const figures: ProfileFigures = { label: name, noop: {}, builtin: {} }
  const on = async (pipeline: Pipeline, body: (profile: Profile) => Promise<void>) => {
    console.log(`${name}, ${pipeline === 'noop' ? 'no-op pipeline' : 'built-in scorers'}:`)
    const profile = await measured(report, 'start', `${name} ${pipeline}`, () => start(pipeline))
    if (!profile) return
    figures.label = profile.label
    try {
      await body(profile)
    } finally {
      const accounted = await measured(report, 'accounting', `${name} ${pipeline}`, () =>
        profile.stopAndAccount(),
      )
      if (accounted) {
        report.accounted.push({ ...accounted, profile: profile.label })
        console.log(
          `  accounted: ${accounted.submitted} submitted, ${accounted.stored} stored ${JSON.stringify(accounted.byStatus)}`,
        )
      }
    }
  }

  await on('noop', async (profile) => {
    const redisUrl = profile.kind === 'scaled' ? process.env.REDIS_URL : undefined
    figures.noop.single = await measured(report, 'first score', name, () =>
      closedLoop(profile, `${profile.kind}-noop-1`, { clients: 1, answersEach: s.singleAnswers }),
    )
    figures.noop.throughput = await measured(report, 'answers/s', name, () =>
      closedLoop(profile, `${profile.kind}-noop-load`, {
        clients: s.throughputClients,
        seconds: s.seconds,
      }),
    )
    figures.noop.fanOutOne = await measured(report, '1 subscriber', name, () =>
      fanOut(profile, { subscribers: 1, processes: 1, rounds: s.baselineRounds, redisUrl }),
    )
    figures.noop.fanOutMany = await measured(report, `${s.subscribers} subscribers`, name, () =>
      fanOut(profile, {
        subscribers: s.subscribers,
        processes: s.subscriberProcesses,
        rounds: s.fanOutRounds,
        redisUrl,
      }),
    )
  })

  await on('builtin', async (profile) => {
    figures.builtin.memory = await measured(report, 'idle memory', name, async () => ({
      server: await idleMemory(profile.server, s.settleMs),
      firstStart: profile.firstStart,
      workers: await Promise.all(profile.workers.map((worker) => idleMemory(worker, 0))),
    }))
    figures.builtin.nested = await measured(report, 'nested read', name, () =>
      nestedRead(profile, s.reads),
    )
    figures.builtin.single = await measured(report, '1 client', name, () =>
      closedLoop(profile, `${profile.kind}-builtin-1`, {
        clients: 1,
        answersEach: s.singleAnswers,
      }),
    )
    figures.builtin.many = await measured(report, `${s.latencyClients} clients`, name, () =>
      closedLoop(profile, `${profile.kind}-builtin-${s.latencyClients}`, {
        clients: s.latencyClients,
        answersEach: s.latencyAnswersEach,
      }),
    )
    figures.builtin.throughput = await measured(report, 'answers/s', name, () =>
      closedLoop(profile, `${profile.kind}-builtin-load`, {
        clients: s.throughputClients,
        seconds: s.seconds,
      }),
    )
  })
  return figures
}
