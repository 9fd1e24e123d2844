import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { createLogger } from 'graphql-yoga'
import { createDatabase } from '../prisma/database.ts'
import { applyMigrations } from '../prisma/migrations.ts'
import { seedDatabase } from '../prisma/seed.ts'
import { EncoreScoringError } from '../scoring/index.ts'
import { createServer } from './create-server.ts'
import { EnvError, parseEnv } from './env.ts'
import { scheduleIdleSweep } from './idle-sweep.ts'
import { loadScoring } from './scoring-setup.ts'
import { createServices } from './services.ts'

const remixBuildPath = fileURLToPath(new URL('../build/index.js', import.meta.url))

async function main(): Promise<void> {
  const config = parseEnv()
  const logger = createLogger(config.logLevel)
  // the same pipeline as the `score` CLI and the eval; a bad config stops the start, saying why
  const scoring = await loadScoring(config.scoringConfigPath)

  const database = await createDatabase({
    url: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
  })
  const applied = await applyMigrations(database)
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(', ')}`)
  const seeded = await seedDatabase(database.prisma)
  if (seeded.created + seeded.updated > 0) {
    logger.info(`Question bank: ${seeded.created} added, ${seeded.updated} updated.`)
  }

  const remixBuild = await loadRemixBuild()
  if (!remixBuild) {
    logger.warn(
      'No Remix build at build/index.js: pages answer 503. Run `npm run build` to serve the web app.',
    )
  }

  const services = createServices({
    db: database.prisma,
    config,
    scoring,
    logger,
    rateLimits: {
      submitAttempt: { max: config.rateLimits.submitPerMinute, windowMs: 60_000 },
    },
    onError: (error) => logger.warn('Redis:', (error as Error).message),
  })
  const server = createServer({ config, database, services, remixBuild, logger })
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject)
    server.httpServer.listen(config.port, config.host, () => resolve())
  })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  logger.info(`Encore is listening on http://${host}:${port} (database: ${database.kind})`)

  // what a crash or a stop left QUEUED or SCORING is scored again; scaled out, workers score
  // (`npm run worker`, server/worker.ts) and resume it
  if (config.redisUrl) {
    logger.info('Scoring jobs go to the Redis queue: run `npm run worker` to score them.')
  } else {
    const resumed = await services.startScoring()
    if (resumed > 0) logger.info(`Resumed scoring of ${resumed} attempt(s) left from the last run.`)
  }
  const idleSweep = scheduleIdleSweep({
    interviews: services.interviews,
    idleMs: config.interviewIdleMs,
    logger,
    retention: config.recordingRetentionDays
      ? () => services.privacy.applyRetention({ days: config.recordingRetentionDays! })
      : undefined,
  })
  void idleSweep.sweep()
  // a HeyGen session streams until stopped: close those whose interview ended or went quiet
  const avatarSweep = setInterval(() => {
    services.avatar.sweep().catch((error: unknown) => {
      logger.error('Closing idle avatar sessions failed; the next sweep tries again.', error)
    })
  }, 60_000)
  avatarSweep.unref()

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now.`)
      process.exit(1)
    }
    stopping = true
    logger.info(`${signal}: finishing in-flight requests, then stopping.`)
    try {
      await idleSweep.stop()
      clearInterval(avatarSweep)
      await server.close()
      await database.close()
      logger.info('Stopped.')
      process.exit(0)
    } catch (error) {
      logger.error('Shutdown failed:', error)
      process.exit(1)
    }
  }
  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
}

async function loadRemixBuild(): Promise<ServerBuild | undefined> {
  if (!existsSync(remixBuildPath)) return undefined
  return (await import(pathToFileURL(remixBuildPath).href)) as ServerBuild
}

main().catch((error: unknown) => {
  const expected = error instanceof EnvError || error instanceof EncoreScoringError
  console.error(expected ? error.message : error)
  process.exit(1)
})
