// The server as a user runs it: `server/main.ts` in a child process of its own, on a free port.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

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

export async function waitForHealth(
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

export type ServerProcess = {
  child: ChildProcess
  url: string
  port: number
  /** resolves with its exit code */
  exited: Promise<number | null>
  /** everything it printed so far */
  output: () => string
  /** SIGTERM, then its exit code */
  stop: () => Promise<number | null>
}

/**
 * Starts `server/main.ts` on the embedded database in `dataDir` (or on what `env` names:
 * DATABASE_URL, REDIS_URL). The test's own Node (24, started through npx), which strips the
 * types itself: what `npm start` runs, minus the npm wrapper process, so SIGTERM reaches the
 * server itself. `entry: 'server/worker.ts'` starts a scoring worker instead (no port used).
 */
export async function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  entry = 'server/main.ts',
): Promise<ServerProcess> {
  const port = await freePort()
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    // as `npm start` and `npm run worker` set it: glibc returns freed memory (decision 103)
    MALLOC_TRIM_THRESHOLD_: '131072',
  }
  // CI exports REDIS_URL for the tests: a server is embedded unless the test says otherwise
  delete childEnv.DATABASE_URL
  delete childEnv.REDIS_URL
  Object.assign(childEnv, env)
  const child = spawn(process.execPath, [entry], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
