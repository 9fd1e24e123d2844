/**
 * The scoring job queue seam. The in-memory implementation runs jobs in this process (the
 * embedded profile: one process, no server); `createBullmqJobQueue` (./bullmq-job-queue.ts) is
 * the durable one of the scaled-out profile, with `npm run worker` processes (decision 080). The
 * database is the source of truth: jobs are attempt ids, and `attempts.resumePending()`
 * re-enqueues what a crash left queued or half-scored.
 */

export interface ScoringJob {
  attemptId: string
}

export interface JobRunContext {
  /** 1 for the first run, 2 for the first retry… */
  attempt: number
  /** true when this run is the last one the queue allows: the handler records the failure */
  final: boolean
  /** aborted when the queue stops without draining (a simulated crash, a shutdown deadline) */
  signal: AbortSignal
}

export type JobHandler = (job: ScoringJob, context: JobRunContext) => Promise<void>

export interface JobQueue {
  /**
   * Adds a job; a job for an attempt already waiting or running is not added twice. Never rejects:
   * a job that could not be added leaves its attempt QUEUED in the database, where
   * `resumePending` (at start, and periodically in workers) finds it.
   */
  enqueue(job: ScoringJob): Promise<void>
  /** Starts running jobs with `handler` (jobs enqueued before start wait for it). */
  start(handler: JobHandler): void
  /**
   * Stops taking jobs. By default waits for running and waiting jobs to finish (drains);
   * `{ abort: true }` aborts the running ones, drops the waiting ones and resolves once they settle.
   */
  stop(options?: { abort?: boolean }): Promise<void>
  /** Resolves when nothing is waiting or running (tests and shutdown use it). */
  idle(): Promise<void>
}

export interface InMemoryJobQueueOptions {
  /** jobs run at once (default 2) */
  concurrency?: number
  /** runs per job, the first included (default 3) */
  maxAttempts?: number
  /** delay before a retry, multiplied by the run number (default 50 ms) */
  retryDelayMs?: number
  /** told about a job whose handler threw on its final run */
  onError?: (job: ScoringJob, error: unknown) => void
}

export function createInMemoryJobQueue(options: InMemoryJobQueueOptions = {}): JobQueue {
  const concurrency = Math.max(1, options.concurrency ?? 2)
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3)
  const retryDelayMs = options.retryDelayMs ?? 50
  const waiting: { job: ScoringJob; attempt: number }[] = []
  const running = new Map<string, Promise<void>>()
  const pendingRetries = new Set<ReturnType<typeof setTimeout>>()
  const known = new Set<string>()
  let handler: JobHandler | undefined
  let stopped = false
  let controller = new AbortController()
  let idleWaiters: (() => void)[] = []

  function checkIdle() {
    if (waiting.length === 0 && running.size === 0 && pendingRetries.size === 0) {
      const waiters = idleWaiters
      idleWaiters = []
      for (const resolve of waiters) resolve()
    }
  }

  function pump() {
    while (handler && !stopped && running.size < concurrency && waiting.length > 0) {
      const { job, attempt } = waiting.shift()!
      const run = runOne(handler, job, attempt)
      running.set(job.attemptId, run)
    }
    checkIdle()
  }

  async function runOne(run: JobHandler, job: ScoringJob, attempt: number): Promise<void> {
    const final = attempt >= maxAttempts
    try {
      await run(job, { attempt, final, signal: controller.signal })
      known.delete(job.attemptId)
    } catch (error) {
      if (final || controller.signal.aborted) {
        known.delete(job.attemptId)
        if (!controller.signal.aborted) options.onError?.(job, error)
      } else {
        const timer = setTimeout(() => {
          pendingRetries.delete(timer)
          if (stopped) {
            known.delete(job.attemptId)
            checkIdle()
            return
          }
          waiting.push({ job, attempt: attempt + 1 })
          pump()
        }, retryDelayMs * attempt)
        pendingRetries.add(timer)
      }
    } finally {
      running.delete(job.attemptId)
      pump()
    }
  }

  return {
    async enqueue(job) {
      if (stopped || known.has(job.attemptId)) return
      known.add(job.attemptId)
      waiting.push({ job, attempt: 1 })
      pump()
    },
    start(next) {
      handler = next
      stopped = false
      if (controller.signal.aborted) controller = new AbortController()
      pump()
    },
    async stop({ abort = false } = {}) {
      if (abort) {
        stopped = true
        waiting.length = 0
        for (const timer of pendingRetries) clearTimeout(timer)
        pendingRetries.clear()
        known.clear()
        controller.abort(new Error('The job queue stopped.'))
        await Promise.allSettled([...running.values()])
        return
      }
      await this.idle()
      stopped = true
    },
    idle() {
      if (waiting.length === 0 && running.size === 0 && pendingRetries.size === 0) {
        return Promise.resolve()
      }
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
  }
}
