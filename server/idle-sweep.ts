/**
 * The periodic job that abandons idle interviews (`interviews.abandonIdle`). The timer is unref'd
 * so that it never keeps the process alive; `stop()` clears it at shutdown.
 */
import type { YogaLogger } from 'graphql-yoga'
import type { InterviewServices } from '../interview/interview-services.ts'

const hourMs = 60 * 60 * 1000

/** How often to look: a quarter of the idle time, between a minute and an hour. */
export function sweepIntervalMs(idleMs: number): number {
  return Math.min(hourMs, Math.max(60_000, Math.round(idleMs / 4)))
}

export function scheduleIdleSweep({
  interviews,
  idleMs,
  logger,
  intervalMs = sweepIntervalMs(idleMs),
  retention,
}: {
  interviews: Pick<InterviewServices['interviews'], 'abandonIdle'>
  idleMs: number
  /** deletes recordings older than RECORDING_RETENTION_DAYS (decision 066); unset: kept */
  retention?: () => Promise<number>
  logger: Pick<YogaLogger, 'info' | 'error'>
  intervalMs?: number
}): { sweep: () => Promise<void>; stop: () => Promise<void> } {
  let running: Promise<void> | undefined
  const sweep = () =>
    (running ??= (async () => {
      try {
        const abandoned = await interviews.abandonIdle({ idleMs })
        if (abandoned > 0) logger.info(`Abandoned ${abandoned} idle interview(s).`)
      } catch (error) {
        logger.error('Abandoning idle interviews failed; the next sweep tries again.', error)
      }
      try {
        const deleted = (await retention?.()) ?? 0
        if (deleted > 0) logger.info(`Deleted ${deleted} recording(s) past their retention.`)
      } catch (error) {
        logger.error('Deleting old recordings failed; the next sweep tries again.', error)
      } finally {
        running = undefined
      }
    })())
  const timer = setInterval(() => void sweep(), intervalMs)
  timer.unref()
  return {
    sweep,
    /** clears the timer and waits for a sweep under way, so the database can close after it */
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
