import { createServer as createHttpServer, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { createLogger, type YogaLogger } from 'graphql-yoga'
import type { Services } from '../graphql/context.ts'
import { attachGraphQLWebSocket } from '../graphql/ws.ts'
import { exportPath } from '../graphql/types/Privacy.ts'
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
// The room's voice-activity detection loads its model, worklet and ONNX runtime from our own
// origin, never a CDN: they are served from the installed packages.
const vadDir = fileURLToPath(new URL('../node_modules/@ricky0123/vad-web/dist', import.meta.url))
const onnxRuntimeDir = fileURLToPath(
  new URL('../node_modules/onnxruntime-web/dist', import.meta.url),
)
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

  // createDataExport's single-use link: the key is the credential (256 random bits, 15 minutes)
  app.get(`${exportPath}/:key`, async (req, res) => {
    const archive = services.privacy.takeExport(req.params.key)
    if (!archive) {
      res
        .status(404)
        .type('text/plain')
        .send('This download link is unknown or used up. Ask for a new one.')
      return
    }
    res.set({
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="encore-data-${new Date().toISOString().slice(0, 10)}.zip"`,
      'cache-control': 'no-store',
    })
    try {
      for await (const chunk of archive) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve))
      }
      res.end()
    } catch (error) {
      logger.error('Writing a data export failed:', error)
      res.destroy(error as Error)
    }
  })

  // Remix fingerprints what it writes to public/build, so those files can be cached for a year.
  app.use('/build', express.static(`${publicDir}/build`, { immutable: true, maxAge: '1y' }))
  app.use(express.static(publicDir, { maxAge: '1h' }))
  app.use('/vad/ort', express.static(onnxRuntimeDir, { maxAge: '1d', index: false }))
  app.use('/vad', express.static(vadDir, { maxAge: '1d', index: false }))
  // Pages name /favicon.svg, but browsers and crawlers still ask for /favicon.ico by habit.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'))

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
