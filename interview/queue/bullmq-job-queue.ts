/**
 * The durable scoring queue of the scaled-out profile: BullMQ on Redis (decision 080). Server
 * instances only enqueue; `npm run worker` processes `start()` a BullMQ Worker. BullMQ gives what
 * the issue asks of it: retries with exponential backoff, a lock each running job renews, and a
 * stalled-job check that moves a job whose worker died (its lock expired) back to waiting, where
 * another worker takes it over. The job id is the attempt id, so an attempt is never queued twice
 * while its job exists; the runner is idempotent, so a job that runs twice still ends with one
 * result per scorer and one final score.
 */
import type { Job, Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import { loadWhenUsed } from '../load-when-used.ts'
import type { JobHandler, JobQueue, ScoringJob } from './job-queue.ts'

export interface BullmqJobQueueOptions {
  url: string
  /** the queue's name in Redis (tests use their own) */
  name?: string
  /** jobs one worker runs at once (default 4: scoring mostly waits on the database) */
  concurrency?: number
  /** runs per job, the first included (default 3) */
  maxAttempts?: number
  /** first retry delay; doubled at each retry (default 1 s) */
  backoffMs?: number
  /** how long a running job's lock lasts without renewal: a dead worker's job is taken over
   * after about this long (default 30 s) */
  lockMs?: number
  /** Redis answers again after a loss: it may have restarted empty, so what the database holds
   * as waiting should be queued again */
  onReconnect?: () => void
  /** told about a job whose handler threw on its final run, and about Redis errors */
  onError?: (error: unknown, job?: ScoringJob) => void
}

export const defaultScoringQueueName = 'encore-scoring'

export function createBullmqJobQueue(options: BullmqJobQueueOptions): JobQueue {
  const name = options.name ?? defaultScoringQueueName
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3)
  const lockMs = options.lockMs ?? 30_000
  const onError = options.onError ?? (() => {})
  const { Queue, Worker } = loadWhenUsed<typeof import('bullmq')>('bullmq')
  const { Redis } = loadWhenUsed<typeof import('ioredis')>('ioredis')
  // a submit must not hang while Redis is away: a few retries, then the attempt stays QUEUED in
  // the database and a worker queues it again when Redis is back
  const connection = new Redis(options.url, { maxRetriesPerRequest: 2 })
  connection.on('error', (error) => onError(error))
  let readyBefore = false
  connection.on('ready', () => {
    if (readyBefore) options.onReconnect?.()
    readyBefore = true
  })
  const queue = new Queue<ScoringJob>(name, {
    connection,
    defaultJobOptions: {
      attempts: maxAttempts,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
      // gone once done: a FAILED attempt that is rescored can be queued again under its id
      removeOnComplete: true,
      removeOnFail: true,
    },
  })
  queue.on('error', (error) => onError(error))
  let worker: Worker<ScoringJob> | undefined
  let workerConnection: Redis | undefined
  const controller = new AbortController()

  return {
    async enqueue(job) {
      try {
        await queue.add('score', job, { jobId: job.attemptId })
      } catch (error) {
        onError(error, job)
      }
    },
    start(handler: JobHandler) {
      if (worker) return
      // BullMQ's workers block on Redis: their connection must retry forever
      workerConnection = new Redis(options.url, { maxRetriesPerRequest: null })
      workerConnection.on('error', (error) => onError(error))
      worker = new Worker<ScoringJob>(
        name,
        async (job: Job<ScoringJob>, _token, signal) => {
          const run = new AbortController()
          const abort = () => run.abort(controller.signal.reason ?? signal?.reason)
          controller.signal.addEventListener('abort', abort, { once: true })
          signal?.addEventListener('abort', abort, { once: true })
          try {
            await handler(job.data, {
              attempt: job.attemptsMade + 1,
              final: job.attemptsMade + 1 >= (job.opts.attempts ?? maxAttempts),
              signal: run.signal,
            })
          } catch (error) {
            if (job.attemptsMade + 1 >= (job.opts.attempts ?? maxAttempts)) onError(error, job.data)
            throw error
          } finally {
            controller.signal.removeEventListener('abort', abort)
            signal?.removeEventListener('abort', abort)
          }
        },
        {
          connection: workerConnection,
          concurrency: Math.max(1, options.concurrency ?? 4),
          lockDuration: lockMs,
          stalledInterval: Math.max(500, Math.round(lockMs / 2)),
          // a job whose worker died twice more is still retried rather than dropped
          maxStalledCount: 3,
        },
      )
      worker.on('error', (error) => onError(error))
    },
    async stop({ abort = false } = {}) {
      if (abort) controller.abort(new Error('The job queue stopped.'))
      // force: running jobs are left to the stalled check, as after a crash; else they finish
      await worker?.close(abort)
      await queue.close()
      // connections handed to BullMQ stay ours to close
      await Promise.allSettled([connection.quit(), workerConnection?.quit()])
    },
    async idle() {
      while (true) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        if (Object.values(counts).every((count) => count === 0)) return
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}
