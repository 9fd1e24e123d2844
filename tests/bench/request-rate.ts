/**
 * Requests per second of `{ __typename }` against bare graphql-yoga in a child process, with the
 * same number of closed-loop clients as the scored-answers figure: the ceiling of an HTTP GraphQL
 * request on this machine, in this run.
 */
import { spawn } from 'node:child_process'
import { sleep } from './stats.ts'

export type RequestRate = { clients: number; seconds: number; requests: number; perSecond: number }

export async function bareYogaRequestRate(clients: number, seconds: number): Promise<RequestRate> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/bare-yoga-server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  try {
    const deadline = Date.now() + 60_000
    while (!/listening (\S+)/.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`bare Yoga did not start: ${output}`)
      }
      await sleep(50)
    }
    const url = `${/listening (\S+)/.exec(output)![1]}/graphql`
    const request = async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      })
      const body = (await response.json()) as { data?: { __typename?: string } }
      if (body.data?.__typename !== 'Query') throw new Error(`unexpected: ${JSON.stringify(body)}`)
    }
    for (let i = 0; i < 200; i++) await request() // warm-up
    let requests = 0
    const started = performance.now()
    const end = started + seconds * 1000
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < end) {
          await request()
          requests++
        }
      }),
    )
    const elapsed = (performance.now() - started) / 1000
    return { clients, seconds: elapsed, requests, perSecond: requests / elapsed }
  } finally {
    child.kill('SIGTERM')
  }
}
