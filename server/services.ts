import path from 'node:path'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Services } from '../graphql/context.ts'
import { createRedisRateLimitStore } from '../graphql/rate-limit-store.ts'
import { createRateLimiter, type RateLimits } from '../graphql/rate-limit.ts'
import { createAccounts } from '../interview/accounts/accounts.ts'
import type { Viewer } from '../interview/accounts/scopes.ts'
import { createFileAudioStorage, type AudioStorage } from '../interview/audio/audio-storage.ts'
import type { EngineEvent, EnginePubSub } from '../interview/events/engine-events.ts'
import { createInMemoryPubSub } from '../interview/events/pubsub.ts'
import { createRedisPubSub } from '../interview/events/redis-pubsub.ts'
import type { AvatarProvider } from '../interview/integrations/avatar/avatar-provider.ts'
import { createAvatarSessions } from '../interview/integrations/avatar/avatar-sessions.ts'
import { createHeygenAvatar } from '../interview/integrations/avatar/heygen.ts'
import { createLocalAvatar } from '../interview/integrations/avatar/local-avatar.ts'
import { createFollowUpWriter } from '../interview/integrations/llm/follow-up-writer.ts'
import { createOpenAiClient } from '../interview/integrations/llm/openai-client.ts'
import { createQuestionWriter } from '../interview/integrations/llm/question-writer.ts'
import { ServiceNotConfiguredError } from '../interview/integrations/service-error.ts'
import {
  createDeepgramBrowserToken,
  createDeepgramTranscriber,
} from '../interview/integrations/transcription/deepgram.ts'
import { loadWhenUsed } from '../interview/load-when-used.ts'
import type { EngineLogger } from '../interview/logger.ts'
import { createPrivacy } from '../interview/privacy/privacy.ts'
import { createInterviewServices } from '../interview/interview-services.ts'
import {
  createBullmqJobQueue,
  defaultScoringQueueName,
} from '../interview/queue/bullmq-job-queue.ts'
import { createInMemoryJobQueue, type JobQueue } from '../interview/queue/job-queue.ts'
import type { ScoringSetup } from '../interview/scorers/scorers.ts'
import type { Config } from './env.ts'
import { dataPolicyOf } from './data-policy.ts'
import { buildScoringConfig, builtinScoring, openAiRequests } from './scoring-setup.ts'

type EngineConfig = Pick<Config, 'sessionTtlDays'> &
  Partial<Pick<Config, 'dataDir' | 'openai' | 'deepgram' | 'redisUrl' | 'databaseUrl' | 'worker'>>

/**
 * The queue and pubsub of the profile: in memory (embedded), or BullMQ and Redis pub/sub when
 * REDIS_URL is set (scaled out, docs/scaling.md).
 */
export function createTransport(
  config: Partial<Pick<Config, 'redisUrl' | 'databaseUrl' | 'worker'>>,
  onError: (error: unknown) => void = () => {},
  /** Redis answers again after a loss (a worker queues again what may have been lost with it) */
  onReconnect?: () => void,
): { queue: JobQueue; pubsub: EnginePubSub } {
  if (!config.redisUrl) {
    return { queue: createInMemoryJobQueue(), pubsub: createInMemoryPubSub<EngineEvent>() }
  }
  return {
    queue: createBullmqJobQueue({
      url: config.redisUrl,
      name: scoringQueueName(config.databaseUrl),
      onReconnect,
      concurrency: config.worker?.concurrency,
      lockMs: config.worker?.stalledMs,
      onError,
    }),
    pubsub: createRedisPubSub<EngineEvent>({ url: config.redisUrl, onError }),
  }
}

/**
 * One queue per database: deployments (and test runs) that share a Redis server but not a
 * database never take each other's jobs.
 */
export function scoringQueueName(databaseUrl: string | undefined): string {
  const name = databaseUrl ? new URL(databaseUrl).pathname.replace(/^\//, '') : ''
  return `${defaultScoringQueueName}.${name.replace(/[^\w-]/g, '_') || 'default'}`
}

/** The engine (interview/) with its clients built from their keys; the server and workers share it. */
export function createEngine({
  db,
  config,
  scoring = builtinScoring(),
  clock = () => new Date(),
  queue,
  pubsub,
  logger,
  audioStorage = createFileAudioStorage({ dir: path.join(config.dataDir ?? 'data', 'audio') }),
}: {
  db: PrismaClient
  config: EngineConfig
  scoring?: ScoringSetup
  clock?: () => Date
  queue: JobQueue
  pubsub: EnginePubSub
  logger?: EngineLogger
  audioStorage?: AudioStorage
}) {
  const deepgramKey = config.deepgram?.apiKey
  const llm = config.openai?.apiKey
    ? createOpenAiClient({
        apiKey: config.openai.apiKey,
        baseURL: config.openai.baseUrl,
        model: config.openai.model,
        ...openAiRequests,
      })
    : undefined
  return createInterviewServices({
    db,
    clock,
    queue,
    pubsub,
    audioStorage,
    scoring: buildScoringConfig({
      loaded: scoring,
      llm: llm && { client: llm, ...openAiRequests },
    }),
    transcriber: deepgramKey ? createDeepgramTranscriber({ apiKey: deepgramKey }) : undefined,
    llm: llm
      ? {
          questionWriter: createQuestionWriter({ llm }),
          followUpWriter: createFollowUpWriter({ llm }),
        }
      : undefined,
    logger,
  })
}

/**
 * Builds the interview/ services the API calls; each gets its config as a value. Embedded, the
 * scoring queue runs here; scaled out (REDIS_URL), this process only enqueues and workers score.
 */
export function createServices({
  db,
  config,
  scoring = builtinScoring(),
  clock = () => new Date(),
  rateLimits,
  logger,
  avatarProvider,
  onError,
}: {
  db: PrismaClient
  config: EngineConfig &
    Partial<Pick<Config, 'heygen' | 'interviewIdleMs' | 'recordingRetentionDays'>>
  /** the loaded scoring.config.json (main.ts); the built-in default config if unset. The LLM
   * scorer and rewriter are added to it when OpenAI is configured. */
  scoring?: ScoringSetup
  clock?: () => Date
  /** the operator's (RATE_LIMIT_SUBMIT_PER_MINUTE, main.ts); tests lower them to reach them */
  rateLimits?: Partial<RateLimits>
  /** the engine logs a failure's cause here (the candidate sees a reason written for them) */
  logger?: EngineLogger
  /** tests pass a fake; else HeyGen with a key, the local avatar without */
  avatarProvider?: AvatarProvider
  /** told about Redis errors (scaled out) */
  onError?: (error: unknown) => void
}): Services {
  const { queue, pubsub } = createTransport(config, onError)
  const deepgramKey = config.deepgram?.apiKey
  const audioStorage = createFileAudioStorage({
    dir: path.join(config.dataDir ?? 'data', 'audio'),
  })
  const accounts = createAccounts({ db, clock, sessionTtlDays: config.sessionTtlDays })
  const engine = createEngine({ db, config, scoring, clock, queue, pubsub, logger, audioStorage })
  if (!config.redisUrl) queue.start(engine.runAttempt)
  const redis = config.redisUrl
    ? new (loadWhenUsed<typeof import('ioredis')>('ioredis').Redis)(config.redisUrl)
    : undefined
  redis?.on('error', (error) => onError?.(error))
  const avatar = createAvatarSessions({
    provider:
      avatarProvider ??
      (config.heygen?.apiKey
        ? createHeygenAvatar({ apiKey: config.heygen.apiKey })
        : createLocalAvatar()),
    db,
    clock,
    logger,
  })

  const privacy = createPrivacy({ db, audioStorage, accounts, clock, logger })

  return {
    db,
    accounts,
    ...engine,
    dataPolicy: dataPolicyOf({ interviewIdleMs: 24 * 60 * 60_000, ...config }),
    privacy: {
      ...privacy,
      // a deleted account's avatar sessions stop streaming too
      async deleteAccount(viewer: Viewer, password: string) {
        const deleted = await privacy.deleteAccount(viewer, password)
        await avatar.closeForUser(viewer.userId)
        return deleted
      },
    },
    interviews: {
      ...engine.interviews,
      // a finished interview needs no avatar: a HeyGen session would stream (and bill) on
      async finish(...args: Parameters<typeof engine.interviews.finish>) {
        const finished = await engine.interviews.finish(...args)
        await avatar.closeForInterview(finished.id)
        return finished
      },
    },
    voice: {
      async createTranscriptionToken(_viewer: Viewer) {
        if (!deepgramKey) {
          throw new ServiceNotConfiguredError(
            'deepgram',
            'DEEPGRAM_API_KEY',
            'to enable live transcription; typed answers work without it',
          )
        }
        return createDeepgramBrowserToken({ apiKey: deepgramKey }, { now: clock })
      },
    },
    avatar,
    rateLimiter: createRateLimiter({
      limits: rateLimits,
      now: () => clock().getTime(),
      store: redis ? createRedisRateLimitStore(redis) : undefined,
    }),
    close: async () => {
      await queue.stop({ abort: true })
      await avatar.closeAll()
      await pubsub.close()
      await redis?.quit().catch(() => {})
    },
  }
}
