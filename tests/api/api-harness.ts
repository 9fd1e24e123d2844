// A real Encore server on a port of its own (seeded question bank, built-in scorers) and a
// client that talks to it like a third party: JSON over HTTP, subscriptions over graphql-ws.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createClient, type Client } from 'graphql-ws'
import { createLogger, type YogaLogger } from 'graphql-yoga'
import type { Services } from '../../graphql/context.ts'
import WebSocket from 'ws'
import type { RateLimits } from '../../graphql/rate-limit.ts'
import type { AvatarProvider } from '../../interview/integrations/avatar/avatar-provider.ts'
import type { ScoringSetup } from '../../interview/scorers/scorers.ts'
import { seedDatabase } from '../../prisma/seed.ts'
import { createServer, type EncoreServer } from '../../server/create-server.ts'
import { parseEnv } from '../../server/env.ts'
import { createServices } from '../../server/services.ts'
import type { TestDatabase } from '../setup/database.ts'

export type GraphQLBody = {
  data?: any
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[]
}

export type ApiServer = EncoreServer & {
  url: string
  wsUrl: string
  /** DATA_DIR: recordings are under audio/ */
  dataDir: string
  stop(): Promise<void>
}

export async function startApiServer(
  database: TestDatabase,
  {
    env = {},
    rateLimits,
    seed = true,
    overrides = {},
    logger,
    scoring,
    avatarProvider,
  }: {
    env?: Record<string, string>
    rateLimits?: Partial<RateLimits>
    seed?: boolean
    /** replaces services, e.g. one that fails unexpectedly */
    overrides?: Partial<Services>
    logger?: YogaLogger
    scoring?: ScoringSetup
    avatarProvider?: AvatarProvider
  } = {},
): Promise<ApiServer> {
  if (seed) await seedDatabase(database.prisma)
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'encore-api-'))
  const config = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    ...env,
  })
  const services = {
    // API tests sign up many users from 127.0.0.1; the signUp limit has its own test.
    ...createServices({
      db: database.prisma,
      config,
      rateLimits: { signUp: { max: 1000, windowMs: 60 * 60_000 }, ...rateLimits },
      scoring,
      avatarProvider,
      logger,
    }),
    ...overrides,
  }
  const server = createServer({
    config,
    database,
    services,
    logger: logger ?? createLogger(config.logLevel),
  })
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject)
    server.httpServer.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.httpServer.address() as AddressInfo
  return {
    ...server,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    dataDir,
    async stop() {
      await server.close({ graceMs: 1000 })
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** What a third-party client does: POST JSON with its Bearer token. */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLBody> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as GraphQLBody
}

/** `data` of a request that must succeed; fails the test with the errors otherwise. */
export async function gqlData(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<any> {
  const body = await gql(url, query, variables, token)
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
  return body.data
}

export function wsClient(wsUrl: string, token: string): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  })
}

/** Every message of one subscription until the server completes it (or `timeoutMs`). */
export async function collectSubscription(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  timeoutMs = 20_000,
): Promise<GraphQLBody[]> {
  const results: GraphQLBody[] = []
  const iterator = client.iterate({ query, variables })
  const reading = (async () => {
    for await (const result of iterator) results.push(result as GraphQLBody)
  })()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void iterator.return?.()
      reject(
        new Error(`The subscription did not end in ${timeoutMs} ms: ${JSON.stringify(results)}`),
      )
    }, timeoutMs)
  })
  try {
    await Promise.race([reading, timeout])
  } finally {
    clearTimeout(timer)
  }
  return results
}

let counter = 0
export function uniqueEmail(prefix = 'client'): string {
  return `${prefix}-${Date.now()}-${++counter}@example.com`
}

export const password = 'correct horse battery'
