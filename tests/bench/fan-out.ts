/**
 * Many graphql-ws subscribers on one server: every socket subscribes to the same interview's
 * events, then `nextQuestion` adds an exchange and its EXCHANGE_ADDED event goes to all of them.
 * Publish → deliver is timed from the moment the bench sends that mutation to each socket's
 * arrival, so it includes the mutation's own work (its response time is shown beside it; the one-
 * subscriber baseline in the same run pays it too). The first round warms up and is reported on
 * its own: the first EXCHANGE_ADDED to reach 1,000 sockets meets code paths not yet optimised and
 * a heap just grown by the sockets (a CPU profile of it: a third each in V8's compiler and the
 * garbage collector), which a server that has been running has left behind; the baseline warms up
 * the same way. The sockets live in child processes
 * (./fan-out-subscribers.ts) so that the client's own parsing does not queue the arrivals behind
 * one thread. Scaled out, a second set of rounds PUBLISHes an EXCHANGE_ADDED straight to the
 * interview's Redis channel, as a worker publishes, and times from that PUBLISH: publish → deliver
 * with nothing else in it (its exchange id names no row: only the bench's sockets see it).
 * Memory per connection: the server's RSS after a GC with every socket subscribed,
 * less the same before the first one opened, over the number of sockets.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { Redis } from 'ioredis'
import { eventSerializer } from '../../interview/events/redis-pubsub.ts'
import { interviewTopic } from '../../interview/interviews/interview-events.ts'
import { gql, startInterview } from '../scale/scale-harness.ts'
import { submitMutation, distinctAnswer } from './closed-loop.ts'
import { collectGarbage, rssMb } from './process-memory.ts'
import type { Profile } from './profiles.ts'
import { sleep, summarize, type Summary } from './stats.ts'

export type FanOut = {
  subscribers: number
  processes: number
  rounds: number
  connectSeconds: number
  deliver: Summary
  /** the warm-up round's deliveries, not in `deliver` */
  warmup: Summary
  /** each socket's arrival after the round's first arrival: the fan-out alone */
  spread: Summary
  mutation: Summary
  /** scaled out: from a PUBLISH on the interview's Redis channel to each socket */
  redisPublish?: Summary
  missing: number
  rssBeforeMb: number
  rssAfterMb: number
  /** NaN when no GC could be triggered (then the delta holds garbage too) */
  perConnectionKb: number
}

type Message =
  { type: 'ready' } | { type: 'arrivals'; key: string; times: number[]; missing: number }

function startChild(setup: Record<string, unknown>): {
  child: ChildProcess
  next: () => Promise<Message>
} {
  const child = fork(
    new URL('./fan-out-subscribers.ts', import.meta.url),
    [JSON.stringify(setup)],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  const inbox: Message[] = []
  const waiting: ((message: Message) => void)[] = []
  child.on('message', (message: Message) => {
    const waiter = waiting.shift()
    if (waiter) waiter(message)
    else inbox.push(message)
  })
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      const queued = inbox.shift()
      if (queued) return resolve(queued)
      const onExit = (code: number | null) =>
        reject(new Error(`a subscriber process exited (${code})`))
      child.once('exit', onExit)
      waiting.push((message) => {
        child.off('exit', onExit)
        resolve(message)
      })
    })
  return { child, next }
}

const now = () => performance.timeOrigin + performance.now()

export async function fanOut(
  profile: Profile,
  {
    subscribers,
    processes,
    rounds,
    redisUrl,
  }: { subscribers: number; processes: number; rounds: number; redisUrl?: string },
): Promise<FanOut> {
  const { url } = profile.server
  const interviewId = await startInterview(url, profile.token, 'fan-out', 15)
  const gc = await collectGarbage(profile.server)
  const rssBeforeMb = rssMb(profile.server.child.pid)

  const connectStarted = now()
  const share = (i: number) =>
    Math.floor(subscribers / processes) + (i < subscribers % processes ? 1 : 0)
  const children = Array.from({ length: processes }, (_, i) =>
    startChild({
      wsUrl: `${url.replace('http', 'ws')}/graphql`,
      token: profile.token,
      interviewId,
      count: share(i),
    }),
  )
  try {
    await Promise.all(children.map((c) => c.next()))
    const connectSeconds = (now() - connectStarted) / 1000
    await collectGarbage(profile.server)
    await sleep(500)
    const rssAfterMb = rssMb(profile.server.child.pid)

    const arrivalsOf = async (key: string) => {
      for (const { child } of children) child.send({ type: 'await', key })
      const replies = (await Promise.all(children.map((c) => c.next()))) as Extract<
        Message,
        { type: 'arrivals' }
      >[]
      return {
        times: replies.flatMap((reply) => reply.times),
        missing: replies.reduce((sum, reply) => sum + reply.missing, 0),
      }
    }

    const deliver: number[] = []
    const warmup: number[] = []
    const spread: number[] = []
    const mutation: number[] = []
    let missing = 0
    for (let round = -1; round < rounds; round++) {
      const warming = round < 0
      const sent = now()
      const asked = await gql<{ nextQuestion: { id?: string } | null }>(
        url,
        profile.token,
        `mutation($id: ID!) { nextQuestion(interviewId: $id) { ... on MockInterviewExchange { id } } }`,
        { id: interviewId },
      )
      if (!warming) mutation.push(now() - sent)
      const exchangeId = asked.nextQuestion?.id
      if (!exchangeId) throw new Error(`no new question: ${JSON.stringify(asked)}`)
      const added = await arrivalsOf(`EXCHANGE_ADDED:${exchangeId}`)
      missing += added.missing
      const firstArrival = Math.min(...added.times)
      if (warming) warmup.push(...added.times.map((at) => at - sent))
      else {
        deliver.push(...added.times.map((at) => at - sent))
        spread.push(...added.times.map((at) => at - firstArrival))
      }
      // answer it, so that the next nextQuestion adds an exchange; wait until its ATTEMPT_SCORED
      // has reached every socket, so that the next round starts on a quiet server
      const submitted = await gql<{ submitAttempt: { id?: string } }>(
        url,
        profile.token,
        submitMutation,
        {
          input: { exchangeId, transcript: distinctAnswer(round + 1, `fan-out-${subscribers}`) },
        },
      )
      if (!submitted.submitAttempt.id)
        throw new Error(`submit refused: ${JSON.stringify(submitted)}`)
      profile.submitted.count += 1
      missing += (await arrivalsOf(`ATTEMPT_SCORED:${submitted.submitAttempt.id}`)).missing
      await sleep(200)
    }
    const redisPublish = redisUrl
      ? await publishRounds(redisUrl, interviewId, rounds, async (key) => {
          const arrived = await arrivalsOf(key)
          missing += arrived.missing
          return arrived.times
        })
      : undefined
    return {
      subscribers,
      processes,
      redisPublish,
      rounds,
      connectSeconds: Math.round(connectSeconds * 10) / 10,
      deliver: summarize(deliver),
      warmup: summarize(warmup),
      spread: summarize(spread),
      mutation: summarize(mutation),
      missing,
      rssBeforeMb,
      rssAfterMb,
      perConnectionKb: gc
        ? Math.round(((rssAfterMb - rssBeforeMb) * 1024 * 10) / subscribers) / 10
        : Number.NaN,
    }
  } finally {
    for (const { child } of children) if (child.connected) child.send({ type: 'close' })
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
          }),
      ),
    )
  }
}

/** Rounds of PUBLISH straight to the interview's channel; each socket's arrival after it. */
async function publishRounds(
  redisUrl: string,
  interviewGlobalId: string,
  rounds: number,
  arrivalsOf: (key: string) => Promise<number[]>,
): Promise<Summary> {
  const interviewId = Buffer.from(interviewGlobalId, 'base64').toString().split(':')[1]!
  const redis = new Redis(redisUrl)
  try {
    const deliver: number[] = []
    for (let round = 0; round < rounds; round++) {
      const exchangeId = `bench-publish-${round}`
      const event = { type: 'EXCHANGE_ADDED', interviewId, exchangeId, followUpOfId: null }
      const sent = now()
      await redis.publish(
        interviewTopic(interviewId),
        eventSerializer.stringify({ ...event, at: new Date() }),
      )
      const globalId = Buffer.from(`MockInterviewExchange:${exchangeId}`).toString('base64')
      deliver.push(...(await arrivalsOf(`EXCHANGE_ADDED:${globalId}`)).map((at) => at - sent))
      await sleep(200)
    }
    return summarize(deliver)
  } finally {
    redis.disconnect()
  }
}
