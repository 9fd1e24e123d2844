import { createServer as createHttpServer, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { createLogger, type YogaLogger } from 'graphql-yoga'
import type { Services } from '../graphql/context.ts'
import { attachGraphQLWebSocket } from '../graphql/ws.ts'
import { createEncoreYoga, graphqlPath, type EncoreYoga } from '../graphql/yoga.ts'
import type { Database } from '../prisma/database.ts'
import type { Config } from './env.ts'
import { createInProcessGraphQL } from './in-process-graphql.ts'
import { cspNonceOf, securityHeaders } from './security-headers.ts'
import { createServices } from './services.ts'

export type EncoreServer = {
  httpServer: Server
  yoga: EncoreYoga
  services: Services
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), closes sockets with 1001. */
  close: (options?: { graceMs?: number }) => Promise<void>
}

const publicDir = fileURLToPath(new URL('../public', import.meta.url))
const healthTimeoutMs = 3000

export function createServer({
  config,
  database,
  services = createServices({ db: database.prisma, config }),
  remixBuild,
  logger = createLogger(config.logLevel),
}: {
  config: Config
  database: Pick<Database, 'prisma' | 'kind'>
  services?: Services
  /** the Remix server build; without it, pages answer 503 (the API still works) */
  remixBuild?: ServerBuild
  logger?: YogaLogger
}): EncoreServer {
  const yoga = createEncoreYoga({
    services,
    isProduction: config.isProduction,
    introspection: config.graphql.introspection,
    graphiql: config.graphql.graphiql,
    logger,
  })

  const app = express()
  app.disable('x-powered-by')
  // X-Forwarded-For decides `req.ip` (rate-limit keys) only behind a proxy the operator names:
  // otherwise any client could pick its own address
  app.set('trust proxy', config.trustProxy)

  // helmet's headers on every response; the CSP (with this request's nonce) on pages
  app.use(
    securityHeaders({
      services: {
        deepgram: Boolean(config.deepgram.apiKey),
        heygen: Boolean(config.heygen.apiKey),
      },
      graphqlPath,
    }),
  )

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(database.prisma.$queryRaw`SELECT 1`, healthTimeoutMs)
      res.json({ status: 'ok', database: database.kind })
    } catch (error) {
      logger.error('Health check failed: the database did not answer SELECT 1.', error)
      res.status(503).json({ status: 'unavailable', database: database.kind })
    }
  })

  app.use(graphqlPath, (req, res) => yoga(req, res))

  // Remix fingerprints what it writes to public/build, so those files can be cached for a year.
  app.use('/build', express.static(`${publicDir}/build`, { immutable: true, maxAge: '1y' }))
  app.use(express.static(publicDir, { maxAge: '1h' }))

  if (remixBuild) {
    app.all(
      '*',
      createRequestHandler({
        build: remixBuild,
        mode: config.isProduction ? 'production' : 'development',
        getLoadContext: (req, res) => ({
          cspNonce: cspNonceOf(res),
          graphql: createInProcessGraphQL(yoga, {
            cookie: req.headers.cookie,
            requestId: req.header('x-request-id'),
            clientIp: req.ip,
          }),
        }),
      }),
    )
  } else {
    app.all('*', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The Encore web app is not built. Run `npm run build`, then restart; the API at /graphql works.',
        )
    })
  }

  const httpServer = createHttpServer(app)
  const ws = attachGraphQLWebSocket({
    httpServer,
    yoga,
    services,
    // the upgrade request never passes through Express: hand over its compiled trust rule
    trustProxy: app.get('trust proxy fn'),
  })

  let closing: Promise<void> | undefined
  return {
    httpServer,
    yoga,
    services,
    close: ({ graceMs = 10_000 } = {}) =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
        httpServer.closeIdleConnections()
        await ws.close()
        const forced = setTimeout(() => httpServer.closeAllConnections(), graceMs)
        await stopped
        clearTimeout(forced)
        await services.close()
      })()),
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
