// Starts the real server (create-server, no Remix build) on port 0 against a test database.
import type { AddressInfo } from 'node:net'
import { createLogger } from 'graphql-yoga'
import type { Database } from '../../prisma/database.ts'
import { createServer, type EncoreServer } from '../../server/create-server.ts'
import { parseEnv, type Config } from '../../server/env.ts'

export type TestServer = EncoreServer & {
  url: string
  /** ws://…/graphql */
  wsUrl: string
  config: Config
}

export async function startTestServer({
  database,
  env = {},
}: {
  database: Pick<Database, 'prisma' | 'kind'>
  /** environment variables on top of the embedded defaults (NODE_ENV=test, LOG_LEVEL=silent) */
  env?: Record<string, string>
}): Promise<TestServer> {
  const config = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  })
  const server = createServer({ config, database, logger: createLogger(config.logLevel) })
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject)
    server.httpServer.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.httpServer.address() as AddressInfo
  return {
    ...server,
    config,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
  }
}

/** POSTs a GraphQL document; returns the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  {
    variables,
    token,
    cookie,
  }: { variables?: Record<string, unknown>; token?: string; cookie?: string } = {},
): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  if (cookie) headers.cookie = cookie
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  return response.json() as Promise<any>
}
