// The scaled-out profile as an operator runs it: server instances and `npm run worker` processes
// on one PostgreSQL database and one Redis, each in a child process (tests/server/server-process.ts).
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { createClient } from 'graphql-ws'
import WebSocket from 'ws'
import { createAccounts } from '../../interview/accounts/accounts.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { startServerProcess, waitForHealth, type ServerProcess } from '../server/server-process.ts'

export const scoringConfig = 'tests/scale/fixtures/scale.scoring.json'
/** every scorer of scale.scoring.json */
export const scorerIds = [
  'star',
  'relevance',
  'specificity',
  'ownership',
  'fillers',
  'hedges',
  'slow',
  'rewrite',
  'follow-up',
]

export function scaledEnv(databaseUrl: string, redisUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SCORING_CONFIG: scoringConfig,
    // a dead worker's job is taken over within seconds, not the default 30
    SCORING_STALLED_SECONDS: '2',
    LOG_LEVEL: 'warn',
  }
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServerProcess(path.join(os.tmpdir(), 'encore-scale'), env)
  await waitForHealth(server.url, server.child, 120_000).catch((error: Error) => {
    throw new Error(`${error.message}: ${server.output()}`)
  })
  return server
}

/** A worker is ready once it says so (it has no port to probe). */
export async function startWorker(env: Record<string, string>): Promise<ServerProcess> {
  const worker = await startServerProcess(
    path.join(os.tmpdir(), 'encore-scale'),
    { ...env, LOG_LEVEL: 'info' },
    'server/worker.ts',
  )
  const deadline = Date.now() + 120_000
  while (!worker.output().includes('Scoring worker ready')) {
    if (worker.child.exitCode !== null) {
      throw new Error(`the worker exited early (${worker.child.exitCode}): ${worker.output()}`)
    }
    if (Date.now() > deadline) throw new Error(`the worker did not start: ${worker.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return worker
}

export async function signUp(db: PrismaClient, email: string): Promise<string> {
  const accounts = createAccounts({ db, sessionTtlDays: 30 })
  const { sessionToken } = await accounts.signUp({ email, password: 'correct horse battery' })
  return sessionToken
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: T; errors?: unknown[] }
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`)
  return body.data
}

/** Starts an interview of `questionCount` questions on `url`; returns its id. */
export async function startInterview(
  url: string,
  token: string,
  seed: string,
  questionCount: number,
): Promise<string> {
  const started = await gql<{ startMockInterview: { __typename: string; id?: string } }>(
    url,
    token,
    `mutation($seed: String, $count: Int) { startMockInterview(input: { seed: $seed, questionCount: $count }) {
      __typename ... on MockInterview { id } } }`,
    { seed, count: questionCount },
  )
  if (!started.startMockInterview.id)
    throw new Error(`startMockInterview refused: ${JSON.stringify(started.startMockInterview)}`)
  return started.startMockInterview.id
}

/** Starts an interview on `url` and asks its first question; returns the exchange's id. */
export async function firstQuestion(url: string, token: string, seed: string): Promise<string> {
  const interviewId = await startInterview(url, token, seed, 3)
  const asked = await gql<{ nextQuestion: { __typename: string; id?: string } }>(
    url,
    token,
    `mutation($id: ID!) { nextQuestion(interviewId: $id) { __typename ... on MockInterviewExchange { id } } }`,
    { id: interviewId },
  )
  return asked.nextQuestion.id!
}

export const transcript =
  'In my last role two teams disagreed about who owned the billing API. I set up a meeting, ' +
  'listened to both leads, wrote down the trade-offs and we agreed on a shared on-call rota. ' +
  'Incidents fell by half over the next quarter.'

/** Submits on `url`; returns the API's attempt id. */
export async function submit(
  url: string,
  token: string,
  exchangeId: string,
  idempotencyKey: string,
): Promise<string> {
  const data = await gql<{ submitAttempt: { __typename: string; id?: string } }>(
    url,
    token,
    `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) {
      __typename ... on MockInterviewAttempt { id } } }`,
    { input: { exchangeId, transcript: `${transcript} (${idempotencyKey})`, idempotencyKey } },
  )
  if (!data.submitAttempt.id) throw new Error(`submit refused: ${JSON.stringify(data)}`)
  return data.submitAttempt.id
}

export type SeenEvent = {
  type: string
  sequence: number
  status?: string
  scorerId?: string
  /** performance.now() when it arrived */
  receivedAt: number
}

export type Subscription = {
  events: SeenEvent[]
  /** how the stream ended: completed, or an error (a GraphQL error or the socket's close event) */
  ended: Promise<{ completed: true } | { completed: false; error: unknown }>
  /** resolves at the first event matching `predicate` */
  until: (predicate: (event: SeenEvent) => boolean) => Promise<void>
  dispose: () => Promise<void>
}

export function subscribe(wsUrl: string, token: string, attemptId: string): Subscription {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  })
  const events: SeenEvent[] = []
  const waiters: { predicate: (event: SeenEvent) => boolean; resolve: () => void }[] = []
  const ended = new Promise<{ completed: true } | { completed: false; error: unknown }>(
    (resolve) => {
      client.subscribe(
        {
          query: `subscription($id: ID!) { attemptEvents(attemptId: $id) {
            type sequence
            ... on AttemptStatusChanged { status }
            ... on ScorerFinished { scoreResult { scorerId } } } }`,
          variables: { id: attemptId },
        },
        {
          next(result) {
            if (result.errors) return resolve({ completed: false, error: result.errors })
            const raw = (result.data as { attemptEvents: Record<string, unknown> }).attemptEvents
            const event: SeenEvent = {
              type: raw.type as string,
              sequence: raw.sequence as number,
              status: raw.status as string | undefined,
              scorerId: (raw.scoreResult as { scorerId?: string } | undefined)?.scorerId,
              receivedAt: performance.now(),
            }
            events.push(event)
            for (const waiter of [...waiters]) {
              if (waiter.predicate(event)) {
                waiters.splice(waiters.indexOf(waiter), 1)
                waiter.resolve()
              }
            }
          },
          error: (error) => resolve({ completed: false, error }),
          complete: () => resolve({ completed: true }),
        },
      )
    },
  )
  return {
    events,
    ended,
    until: (predicate) =>
      events.some(predicate)
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ predicate, resolve })),
    dispose: () => client.dispose() as Promise<void>,
  }
}

/** A Redis server of the test's own, on its own port, so that the shared one is never disturbed. */
export async function startRedis(port: number): Promise<{ stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 10_000
  while (!output.includes('Ready to accept connections')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`redis-server did not start: ${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

/** The database's own view of an attempt: its status and its rows (by the idempotency key). */
export async function storedAttempt(db: PrismaClient, idempotencyKey: string) {
  const attempt = await db.mockInterviewAttempt.findFirstOrThrow({
    where: { idempotencyKey },
    include: { scoreResults: { select: { scorerId: true } } },
  })
  const followUps = await db.mockInterviewExchange.count({
    where: { followUpOfId: attempt.exchangeId },
  })
  return {
    status: attempt.status,
    scorers: attempt.scoreResults.map((row) => row.scorerId).sort(),
    followUps,
  }
}

export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (true) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** SIGTERM, and SIGKILL if it has not exited within `ms` (a failed test must not hang the run). */
export async function stopWithin(child: ServerProcess | undefined, ms = 15_000): Promise<void> {
  if (!child) return
  const timer = setTimeout(() => child.child.kill('SIGKILL'), ms)
  await child.stop()
  clearTimeout(timer)
}
