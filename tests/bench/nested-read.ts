/**
 * The nested read: interview → 10 exchanges × 3 attempts → their score results with feedback,
 * through the real API over HTTP, beside bare graphql-yoga in the bench's own process returning
 * the same JSON from memory for the same query (./bare-yoga.ts). The two are timed in turns, so
 * that the machine's load moves both alike; the responses are checked equal byte for byte.
 * Feedback's evidence spans are left out: with them the document is 13 levels deep, and the API
 * refuses more than 12 (graphql/query-limits.ts).
 */
import { gql, startInterview } from '../scale/scale-harness.ts'
import { answerOnce, distinctAnswer } from './closed-loop.ts'
import type { Profile } from './profiles.ts'
import { startBareYoga } from './bare-yoga.ts'
import { summarize, type Summary } from './stats.ts'
import { openSocket } from './ws-client.ts'

export const nestedReadQuery = `query NestedRead($id: ID!) {
  node(id: $id) {
    __typename
    ... on MockInterview {
      id status
      exchanges(first: 10) { edges { node {
        id order questionText competency
        attempts(first: 3) { edges { node {
          id attemptNumber status overallScore transcript
          scoreResults(first: 20) { edges { node {
            id scorerId scorerVersion dimension status score label durationMs suggestions
            feedback { kind message scorerId }
          } } }
        } } }
      } } }
    }
  }
}`

export type NestedRead = {
  exchanges: number
  attempts: number
  scoreResults: number
  responseKb: number
  sameJson: boolean
  api: Summary
  bare: Summary
}

/** Starts an interview and answers 10 of its questions 3 times each, each answer scored. */
async function buildInterview(profile: Profile): Promise<string> {
  const { url } = profile.server
  const interviewId = await startInterview(url, profile.token, 'nested-read', 10)
  const socket = await openSocket(`${url.replace('http', 'ws')}/graphql`, profile.token)
  try {
    // a follow-up the scorers ask for is an exchange too: 10 exchanges, whichever they are
    for (let e = 0; e < 10; e++) {
      const asked = await gql<{ nextQuestion: { id?: string } | null }>(
        url,
        profile.token,
        `mutation($id: ID!) { nextQuestion(interviewId: $id) { ... on MockInterviewExchange { id } } }`,
        { id: interviewId },
      )
      const exchangeId = asked.nextQuestion?.id
      if (!exchangeId) throw new Error(`no question ${e + 1}: ${JSON.stringify(asked)}`)
      await Promise.all(
        [0, 1, 2].map((a) =>
          answerOnce(profile, socket, exchangeId, distinctAnswer(e * 3 + a, 'nested-read')),
        ),
      )
    }
  } finally {
    socket.close()
  }
  return interviewId
}

async function timedRead(url: string, token: string, id: string) {
  const started = performance.now()
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: nestedReadQuery, variables: { id } }),
  })
  const text = await response.text()
  return { ms: performance.now() - started, text }
}

export async function nestedRead(profile: Profile, reads: number): Promise<NestedRead> {
  const id = await buildInterview(profile)
  const first = await timedRead(profile.server.url, profile.token, id)
  const body = JSON.parse(first.text) as { data?: { node?: Record<string, unknown> } }
  if (!body.data?.node) throw new Error(`the nested read failed: ${first.text.slice(0, 500)}`)
  const bare = await startBareYoga(body.data.node)
  try {
    const api: number[] = []
    const memory: number[] = []
    let sameJson = true
    for (let i = 0; i < 10 + reads; i++) {
      const real = await timedRead(profile.server.url, profile.token, id)
      const baseline = await timedRead(bare.url, '', id)
      sameJson &&= real.text === baseline.text
      if (i < 10) continue // warm-up
      api.push(real.ms)
      memory.push(baseline.ms)
    }
    type Tree = { edges: { node: { attempts: Tree; scoreResults: Tree } }[] }
    const exchanges = (body.data.node.exchanges as Tree).edges
    const attempts = exchanges.flatMap((e) => e.node.attempts.edges)
    return {
      exchanges: exchanges.length,
      attempts: attempts.length,
      scoreResults: attempts.flatMap((a) => a.node.scoreResults.edges).length,
      responseKb: Math.round(first.text.length / 102.4) / 10,
      sameJson,
      api: summarize(api),
      bare: summarize(memory),
    }
  } finally {
    await bare.close()
  }
}
