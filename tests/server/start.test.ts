// `npm start` without the build step: the server process on an empty data folder, as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<Response> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited early with code ${child.exitCode}`)
    const response = await fetch(`${url}/healthz`).catch(() => null)
    if (response) return response
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`/healthz did not answer within ${timeoutMs} ms`)
}

describe('starting the server', () => {
  let dataDir: string
  let child: ChildProcess | undefined
  let output = ''

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-start-'))
  })
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    await rm(dataDir, { recursive: true, force: true })
  })

  test('an empty data folder comes up, answers /healthz and GraphQL, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
    }
    delete env.DATABASE_URL
    // The test's own Node (24, started through npx) with tsx's loader: what `npx tsx server/main.ts`
    // runs, minus the npx and tsx wrapper processes, so SIGTERM reaches the server itself.
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = server
    server.stdout?.on('data', (chunk) => (output += chunk))
    server.stderr?.on('data', (chunk) => (output += chunk))
    const url = `http://127.0.0.1:${port}`

    const health = await waitForHealth(url, server, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`)
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
    expect(output).toContain(`listening on http://127.0.0.1:${port}`)

    const exited = new Promise<number | null>((resolve) =>
      server.once('exit', (code) => resolve(code)),
    )
    server.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('SIGTERM: finishing in-flight requests')
    expect(output).toContain('Stopped.')
  }, 120_000)
})
