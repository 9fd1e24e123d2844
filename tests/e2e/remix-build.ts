import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
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

/** Runs `remix build` when build/index.js is missing or older than its sources. */
export function ensureRemixBuild(): { built: boolean } {
  const builtAt = existsSync(remixBuildPath) ? statSync(remixBuildPath).mtimeMs : 0
  const sourcesAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))))
  if (builtAt > sourcesAt) return { built: false }
  // vitest sets NODE_ENV=test, which would give the browser React's development build.
  execFileSync('npx', ['remix', 'build'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  return { built: true }
}
