import { expect, test } from 'vitest'
import { createInMemoryJobQueue } from './job-queue.ts'

test('queued jobs run no more than the configured number at once', async () => {
  const queue = createInMemoryJobQueue({ concurrency: 2 })
  let running = 0
  let peak = 0
  const done: string[] = []
  queue.start(async ({ attemptId }) => {
    running++
    peak = Math.max(peak, running)
    await new Promise((resolve) => setTimeout(resolve, 10))
    running--
    done.push(attemptId)
  })
  for (const id of ['a', 'b', 'c', 'd', 'e']) queue.enqueue({ attemptId: id })
  await queue.idle()
  expect(done.sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  expect(peak).toBe(2)
})

test('a failed step is retried, and the last run is marked final', async () => {
  const queue = createInMemoryJobQueue({ maxAttempts: 3, retryDelayMs: 1 })
  const runs: { attempt: number; final: boolean }[] = []
  queue.start(async (_job, { attempt, final }) => {
    runs.push({ attempt, final })
    if (attempt < 3) throw new Error('the database hiccuped')
  })
  queue.enqueue({ attemptId: 'x' })
  await queue.idle()
  expect(runs).toEqual([
    { attempt: 1, final: false },
    { attempt: 2, final: false },
    { attempt: 3, final: true },
  ])
})

test('a job enqueued twice while waiting runs once', async () => {
  const queue = createInMemoryJobQueue()
  const seen: string[] = []
  queue.enqueue({ attemptId: 'same' })
  queue.enqueue({ attemptId: 'same' })
  queue.start(async ({ attemptId }) => void seen.push(attemptId))
  await queue.idle()
  expect(seen).toEqual(['same'])
})

test('stop drains the running and waiting jobs before it resolves', async () => {
  const queue = createInMemoryJobQueue({ concurrency: 1 })
  const done: string[] = []
  queue.start(async ({ attemptId }) => {
    await new Promise((resolve) => setTimeout(resolve, 5))
    done.push(attemptId)
  })
  queue.enqueue({ attemptId: 'one' })
  queue.enqueue({ attemptId: 'two' })
  await queue.stop()
  expect(done).toEqual(['one', 'two'])
  queue.enqueue({ attemptId: 'late' })
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(done).toEqual(['one', 'two'])
})

test('stop with abort cancels the running job through its signal', async () => {
  const queue = createInMemoryJobQueue()
  let aborted = false
  queue.start(
    (_job, { signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          aborted = true
          reject(signal.reason)
        })
      }),
  )
  queue.enqueue({ attemptId: 'hanging' })
  await new Promise((resolve) => setTimeout(resolve, 5))
  await queue.stop({ abort: true })
  expect(aborted).toBe(true)
})
