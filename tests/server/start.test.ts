// `npm start` without the build step: the server process on an empty data folder, as a user runs it.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { firstQuestion, gql } from '../scale/scale-harness.ts'
import { startServerProcess, waitForHealth, type ServerProcess } from './server-process.ts'

describe('starting the server', () => {
  let dataDir: string
  let server: ServerProcess | undefined

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-start-'))
  })
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })

  test('an empty data folder comes up, answers /healthz and GraphQL, and stops cleanly on SIGTERM', async () => {
    server = await startServerProcess(dataDir)
    const { url, port } = server

    const health = await waitForHealth(url, server.child, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server!.output()}`)
    })
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' })

    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signUp(input: { email: "start@example.com", password: "correct horse battery" }) { __typename } }',
      }),
    })
    expect(await graphql.json()).toEqual({ data: { signUp: { __typename: 'AuthSession' } } })
    // the schema is public: schema-driven clients introspect the production server
    const introspection = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    })
    expect(await introspection.json()).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    })
    expect(server.output()).toContain(`listening on http://127.0.0.1:${port}`)

    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('SIGTERM: finishing in-flight requests')
    expect(server.output()).toContain('Stopped.')
  }, 120_000)

  test('RATE_LIMIT_SUBMIT_PER_MINUTE sets how many answers a user submits in a minute', async () => {
    server = await startServerProcess(dataDir, { RATE_LIMIT_SUBMIT_PER_MINUTE: '2' })
    await waitForHealth(server.url, server.child, 90_000)
    const signed = await gql<{ signUp: { sessionToken: string } }>(
      server.url,
      '',
      'mutation { signUp(input: { email: "limit@example.com", password: "correct horse battery" }) { ... on AuthSession { sessionToken } } }',
    )
    const token = signed.signUp.sessionToken
    const exchangeId = await firstQuestion(server.url, token, 'limit')
    const submit = async (n: number) =>
      (
        await gql<{ submitAttempt: { __typename: string } }>(
          server!.url,
          token,
          `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) { __typename } }`,
          { input: { exchangeId, transcript: `I planned the rollout and shipped it, take ${n}.` } },
        )
      ).submitAttempt.__typename
    expect([await submit(1), await submit(2), await submit(3)]).toEqual([
      'MockInterviewAttempt',
      'MockInterviewAttempt',
      'RateLimitedError',
    ])
    expect(await server.stop()).toBe(0)
  }, 120_000)

  test('a scoring config that does not load stops the start, saying what to fix', async () => {
    server = await startServerProcess(dataDir, { SCORING_CONFIG: 'missing.scoring.json' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('Cannot read the scoring config missing.scoring.json')
  }, 60_000)
})
