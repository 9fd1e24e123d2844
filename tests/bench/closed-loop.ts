/**
 * Closed-loop clients: each opens its graphql-ws socket and starts its own interview first
 * (untimed), then submits an answer over HTTP, subscribes to the attempt's events on its
 * already-open socket as soon as the submit returns (the attempt id is known only then), waits
 * for COMPLETED, and submits its next answer. Every answer is distinct. One exchange accepts any
 * number of attempts (the number is assigned under a lock on the interview row, with no cap), so
 * each client answers its interview's first question again and again; clients never share an
 * interview, so they never wait for each other's lock.
 */
import { firstQuestion, gql } from '../scale/scale-harness.ts'
import type { Profile } from './profiles.ts'
import { openSocket, type GraphqlSocket } from './ws-client.ts'

const places = ['parcel depot', 'cold store', 'cross-dock', 'returns centre', 'bulk warehouse']

/** A distinct answer for each `n` (its numbers differ), about 70 words. */
export function distinctAnswer(n: number, label: string): string {
  return (
    `On a night shift at a ${places[n % places.length]}, ${2 + (n % 3)} pickers called in sick ` +
    `before a 4 a.m. cut-off. I had to get ${600 + 37 * n} orders out with a smaller team. I ` +
    `re-split the pick zones, moved myself onto packing for ${1 + (n % 4)} hours, and warned the ` +
    `transport planner about a possible ${10 + n} minute delay. Every trailer left on time, and ` +
    `we logged ${n % 7} mis-picks in run ${label}.`
  )
}

export const submitMutation = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) {
  __typename ... on MockInterviewAttempt { id } ... on Error { message } } }`

const eventsSubscription = `subscription($id: ID!) { attemptEvents(attemptId: $id) {
  type } }`

export type Answered = {
  attemptId: string
  /** ms after the submit was sent */
  firstScore?: number
  completed?: number
  failed: boolean
  /** performance.now() when COMPLETED (or FAILED) arrived */
  endedAt: number
}

/** Submits one answer and follows it to COMPLETED or FAILED on `socket`, already open. */
export async function answerOnce(
  profile: Profile,
  socket: GraphqlSocket,
  exchangeId: string,
  transcript: string,
): Promise<Answered> {
  const started = performance.now()
  const data = await gql<{ submitAttempt: { __typename: string; id?: string; message?: string } }>(
    profile.server.url,
    profile.token,
    submitMutation,
    { input: { exchangeId, transcript } },
  )
  const attemptId = data.submitAttempt.id
  if (!attemptId) throw new Error(`submit refused: ${JSON.stringify(data.submitAttempt)}`)
  profile.submitted.count += 1
  const answered: Answered = { attemptId, failed: false, endedAt: 0 }
  const end = await socket.subscribe(eventsSubscription, { id: attemptId }, (result, at) => {
    const event = result.data?.attemptEvents as { type?: string } | undefined
    if (!event) return
    if (event.type === 'SCORER_FINISHED') answered.firstScore ??= at - started
    if (event.type === 'COMPLETED') {
      answered.completed ??= at - started
      answered.endedAt ||= at
    }
    if (event.type === 'FAILED') {
      answered.failed = true
      answered.endedAt ||= at
    }
  })
  if (end !== 'complete')
    throw new Error(`the events of ${attemptId} ended: ${JSON.stringify(end)}`)
  return answered
}

export type LoopResult = {
  clients: number
  /** the window's length (duration runs), or the whole run's */
  seconds: number
  answers: Answered[]
  /** answers whose COMPLETED arrived within the window (duration runs: answers per second) */
  completedInWindow: number
}

/**
 * `clients` closed loops; stops submitting after `seconds` (then lets what is in flight finish),
 * or after `answersEach` answers per client.
 */
export async function closedLoop(
  profile: Profile,
  label: string,
  { clients, seconds, answersEach }: { clients: number; seconds?: number; answersEach?: number },
): Promise<LoopResult> {
  const wsUrl = `${profile.server.url.replace('http', 'ws')}/graphql`
  const setups = await Promise.all(
    Array.from({ length: clients }, async (_, c) => ({
      socket: await openSocket(wsUrl, profile.token),
      exchangeId: await firstQuestion(profile.server.url, profile.token, `${label}-${c}`),
    })),
  )
  const answers: Answered[] = []
  let counter = 0
  const started = performance.now()
  const deadline = seconds === undefined ? Infinity : started + seconds * 1000
  try {
    await Promise.all(
      setups.map(async ({ socket, exchangeId }) => {
        for (let i = 0; answersEach === undefined || i < answersEach; i++) {
          if (performance.now() >= deadline) break
          const n = counter++
          answers.push(await answerOnce(profile, socket, exchangeId, distinctAnswer(n, label)))
        }
      }),
    )
  } finally {
    for (const { socket } of setups) socket.close()
  }
  const window = seconds ?? (performance.now() - started) / 1000
  const completedInWindow = answers.filter(
    (answer) => !answer.failed && answer.endedAt - started <= window * 1000,
  ).length
  return { clients, seconds: window, answers, completedInWindow }
}
