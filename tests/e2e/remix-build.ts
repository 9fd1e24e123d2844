import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
export const remixBuildPath = path.join(root, 'build/index.js')

// Everything the Remix build is made from; a change to any of them makes the build stale.
const inputs = ['app', 'remix.config.js', 'tailwind.config.ts', 'graphql/session-cookie.ts']

function newestChange(entry: string): number {
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  )
}

const lockDir = path.join(root, 'node_modules/.cache/remix-build.lock')
// a lock older than this was left by a run that died mid-build
const staleLockMs = 5 * 60_000

function isStale(): boolean {
  const builtAt = existsSync(remixBuildPath) ? statSync(remixBuildPath).mtimeMs : 0
  const sourcesAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))))
  return builtAt <= sourcesAt
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Runs `remix build` when build/index.js is missing or older than its sources. Several e2e files
 * start at once under `npm test`: one builds while the others wait for it (a lock folder), so
 * that no server imports a build that is half written.
 */
export function ensureRemixBuild(): { built: boolean } {
  if (!isStale()) return { built: false }
  mkdirSync(path.dirname(lockDir), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch {
      const lock = statSync(lockDir, { throwIfNoEntry: false })
      if (lock && Date.now() - lock.mtimeMs > staleLockMs)
        rmSync(lockDir, { recursive: true, force: true })
      else if (lock) sleep(250)
      if (!existsSync(lockDir) && !isStale()) return { built: false }
    }
  }
  try {
    if (!isStale()) return { built: false }
    // vitest sets NODE_ENV=test, which would give the browser React's development build.
    execFileSync('npx', ['remix', 'build'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    return { built: true }
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}
