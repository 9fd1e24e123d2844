/**
 * `npm run worker`: a scoring worker of the scaled-out profile, with no HTTP server. It takes
 * scoring jobs from the BullMQ queue in Redis (REDIS_URL), scores them against the shared
 * PostgreSQL database (DATABASE_URL) and publishes each event through Redis, so that subscribers
 * on any server instance receive them. At start, every minute and whenever Redis answers again
 * after a loss, it queues again what the database holds as QUEUED or SCORING (a job lost with
 * Redis, or never added); the job id is the attempt id, so an attempt whose job exists is not
 * queued twice. See docs/scaling.md, decision 080.
 */
import { createLogger } from 'graphql-yoga'
import { createDatabase } from '../prisma/database.ts'
import { applyMigrations } from '../prisma/migrations.ts'
import { EncoreScoringError } from '../scoring/index.ts'
import { EnvError, parseEnv } from './env.ts'
import { loadScoring } from './scoring-setup.ts'
import { createEngine, createTransport } from './services.ts'

const sweepMs = 60_000

async function main(): Promise<void> {
  const config = parseEnv()
  const logger = createLogger(config.logLevel)
  if (!config.redisUrl || !config.databaseUrl) {
    throw new EnvError([
      {
        variable: config.redisUrl ? 'DATABASE_URL' : 'REDIS_URL',
        message:
          'A scoring worker serves the scaled-out profile: set DATABASE_URL (PostgreSQL) and REDIS_URL. The embedded profile scores inside `npm start` and needs no worker.',
      },
    ])
  }
  const scoring = await loadScoring(config.scoringConfigPath)
  const database = await createDatabase({ url: config.databaseUrl })
  // the server applies them too; PostgreSQL's migration lock lets only one apply at a time
  await applyMigrations(database)

  const resumePending = () =>
    engine.attempts
      .resumePending()
      .catch((error: unknown) => logger.error('Queueing waiting attempts again failed:', error))
  const { queue, pubsub } = createTransport(
    config,
    (error) => logger.warn('Redis:', (error as Error).message),
    () => void resumePending(),
  )
  const engine = createEngine({ db: database.prisma, config, scoring, queue, pubsub })
  const resumed = await engine.startScoring()
  logger.info(
    `Scoring worker ready (${config.worker.concurrency} at a time)` +
      (resumed > 0 ? `; ${resumed} attempt(s) waiting were queued again.` : '.'),
  )
  const sweep = setInterval(() => void resumePending(), sweepMs)
  sweep.unref()

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now.`)
      process.exit(1)
    }
    stopping = true
    logger.info(`${signal}: finishing the jobs in hand, then stopping.`)
    try {
      clearInterval(sweep)
      await queue.stop()
      await pubsub.close()
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

main().catch((error: unknown) => {
  const expected = error instanceof EnvError || error instanceof EncoreScoringError
  console.error(expected ? error.message : error)
  process.exit(1)
})
