import path from 'node:path'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Services } from '../graphql/context.ts'
import { createRateLimiter, type RateLimits } from '../graphql/rate-limit.ts'
import { createAccounts } from '../interview/accounts/accounts.ts'
import type { Viewer } from '../interview/accounts/scopes.ts'
import { createFileAudioStorage } from '../interview/audio/audio-storage.ts'
import type { EngineEvent } from '../interview/events/engine-events.ts'
import { createInMemoryPubSub } from '../interview/events/pubsub.ts'
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
import type { EngineLogger } from '../interview/logger.ts'
import { createPrivacy } from '../interview/privacy/privacy.ts'
import { createInterviewServices } from '../interview/interview-services.ts'
import { createInMemoryJobQueue } from '../interview/queue/job-queue.ts'
import type { ScoringSetup } from '../interview/scorers/scorers.ts'
import type { Config } from './env.ts'
import { dataPolicyOf } from './data-policy.ts'
import { buildScoringConfig, builtinScoring, openAiRequests } from './scoring-setup.ts'

/** Builds the interview/ services the API calls; each gets its config as a value. */
export function createServices({
  db,
  config,
  scoring = builtinScoring(),
  clock = () => new Date(),
  rateLimits,
  logger,
  avatarProvider,
}: {
  db: PrismaClient
  config: Pick<Config, 'sessionTtlDays'> &
    Partial<
      Pick<
        Config,
        | 'dataDir'
        | 'openai'
        | 'deepgram'
        | 'heygen'
        | 'interviewIdleMs'
        | 'recordingRetentionDays'
        | 'databaseUrl'
      >
    >
  /** the loaded scoring.config.json (main.ts); the built-in default config if unset. The LLM
   * scorer and rewriter are added to it when OpenAI is configured. */
  scoring?: ScoringSetup
  clock?: () => Date
  /** tests lower them to reach them quickly */
  rateLimits?: Partial<RateLimits>
  /** the engine logs a failure's cause here (the candidate sees a reason written for them) */
  logger?: EngineLogger
  /** tests pass a fake; else HeyGen with a key, the local avatar without */
  avatarProvider?: AvatarProvider
}): Services {
  const queue = createInMemoryJobQueue()
  const pubsub = createInMemoryPubSub<EngineEvent>()
  const deepgramKey = config.deepgram?.apiKey
  const llm = config.openai?.apiKey
    ? createOpenAiClient({
        apiKey: config.openai.apiKey,
        baseURL: config.openai.baseUrl,
        model: config.openai.model,
        ...openAiRequests,
      })
    : undefined
  const audioStorage = createFileAudioStorage({
    dir: path.join(config.dataDir ?? 'data', 'audio'),
  })
  const accounts = createAccounts({ db, clock, sessionTtlDays: config.sessionTtlDays })
  const engine = createInterviewServices({
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
  queue.start(engine.runAttempt)
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
    rateLimiter: createRateLimiter({ limits: rateLimits, now: () => clock().getTime() }),
    close: async () => {
      await queue.stop({ abort: true })
      await avatar.closeAll()
    },
  }
}
