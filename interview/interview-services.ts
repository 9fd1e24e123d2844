/**
 * The engine's services built in one call, for server/services.ts and the engine's tests.
 * The caller owns the queue: it calls `queue.start(runAttempt)` (or `startScoring()`, which also
 * resumes what a crash left queued or half-scored) and `queue.stop()` at shutdown.
 */
import type { PrismaClient } from '../generated/prisma/client.ts'
import { createAttemptRunner } from './attempts/attempt-runner.ts'
import { createAttempts } from './attempts/attempts.ts'
import type { AudioStorage } from './audio/audio-storage.ts'
import type { EnginePubSub } from './events/engine-events.ts'
import type { FollowUpWriter } from './integrations/llm/follow-up-writer.ts'
import type { QuestionWriter } from './integrations/llm/question-writer.ts'
import type { EngineLogger } from './logger.ts'
import type { Transcriber } from './integrations/transcription/transcriber.ts'
import { createInterviews } from './interviews/interviews.ts'
import { createJobDescriptions } from './job-descriptions/job-descriptions.ts'
import { createLibrary } from './library/library.ts'
import type { JobQueue } from './queue/job-queue.ts'
import { createScorers, type ScoringSetup } from './scorers/scorers.ts'

export interface InterviewServicesOptions {
  db: PrismaClient
  clock?: () => Date
  queue: JobQueue
  pubsub: EnginePubSub
  audioStorage: AudioStorage
  /** the scoring config, LLM scorer and rewriter plugins included when configured */
  scoring: ScoringSetup
  /** absent or unavailable: recordings wait for a typed transcript */
  transcriber?: Transcriber
  /** tailored questions, LLM competency extraction and follow-ups; absent: the local paths */
  llm?: { questionWriter?: QuestionWriter; followUpWriter?: FollowUpWriter }
  /** failures' causes, with the attempt id (never shown to a candidate) */
  logger?: EngineLogger
}

export type InterviewServices = ReturnType<typeof createInterviewServices>

export function createInterviewServices(options: InterviewServicesOptions) {
  const { db, queue, pubsub, audioStorage, scoring, transcriber, llm } = options
  const clock = options.clock ?? (() => new Date())
  const jobDescriptions = createJobDescriptions({ db, clock, questionWriter: llm?.questionWriter })
  const interviews = createInterviews({
    db,
    clock,
    pubsub,
    jobDescriptions,
    questionWriter: llm?.questionWriter,
  })
  const attempts = createAttempts({ db, clock, queue, pubsub, audioStorage, transcriber })
  const library = createLibrary({ db, clock })
  const scorers = createScorers({ scoring })
  const runAttempt = createAttemptRunner({
    db,
    clock,
    pubsub,
    scoring,
    followUpWriter: llm?.followUpWriter,
    logger: options.logger,
  })
  return {
    jobDescriptions,
    interviews,
    attempts,
    library,
    scorers,
    /** the queue's job handler: scores one attempt */
    runAttempt,
    /** Starts the queue with the scoring job and re-queues pending attempts; returns how many. */
    async startScoring(): Promise<number> {
      queue.start(runAttempt)
      return attempts.resumePending()
    },
  }
}
