import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { seedDatabase } from '../../prisma/seed.ts'
import { createServer } from '../../server/create-server.ts'
import { parseEnv } from '../../server/env.ts'
import type { TestDatabase } from '../setup/database.ts'
import { remixBuildPath } from './remix-build.ts'

export type TestServer = { url: string; close: () => Promise<void> }

/** The real server (API, static files and the Remix build) on a free port of 127.0.0.1. */
export async function startTestServer(
  database: TestDatabase,
  /** more environment, e.g. a Deepgram key whose API msw fakes */
  env: Record<string, string> = {},
): Promise<TestServer> {
  const config = parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env })
  // A query string per import: a test file that rebuilt the app gets the new build, not a cached one.
  const buildUrl = `${pathToFileURL(path.resolve(remixBuildPath)).href}?t=${Date.now()}`
  const remixBuild = (await import(buildUrl)) as ServerBuild
  // as `npm start` does: the question bank is there before the first interview
  await seedDatabase(database.prisma)
  const server = createServer({ config, database, remixBuild })
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject)
    server.httpServer.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.httpServer.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => server.close({ graceMs: 1000 }) }
}
