import { scheduleIdleSweep, sweepIntervalMs } from './idle-sweep.ts'

afterEach(() => {
  vi.useRealTimers()
})

function recorder() {
  const lines: string[] = []
  return {
    lines,
    logger: {
      info: (message: string) => lines.push(`info: ${message}`),
      error: (message: string) => lines.push(`error: ${message}`),
    },
  }
}

test('idle interviews are abandoned on every sweep until the server stops', async () => {
  vi.useFakeTimers()
  const asked: number[] = []
  const { lines, logger } = recorder()
  const sweeper = scheduleIdleSweep({
    interviews: { abandonIdle: async ({ idleMs }) => (asked.push(idleMs), 2) },
    idleMs: 24 * 60 * 60 * 1000,
    logger,
  })
  await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000)
  expect(asked).toEqual([24 * 60 * 60 * 1000, 24 * 60 * 60 * 1000])
  expect(lines).toEqual([
    'info: Abandoned 2 idle interview(s).',
    'info: Abandoned 2 idle interview(s).',
  ])
  await sweeper.stop()
  await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000)
  expect(asked).toHaveLength(2)
})

test('a failed sweep is logged and the next one tries again', async () => {
  vi.useFakeTimers()
  let calls = 0
  const { lines, logger } = recorder()
  const sweeper = scheduleIdleSweep({
    interviews: {
      abandonIdle: async () => {
        calls++
        if (calls === 1) throw new Error('database away')
        return 0
      },
    },
    idleMs: 60 * 60 * 1000,
    logger,
    intervalMs: 1000,
  })
  await vi.advanceTimersByTimeAsync(2000)
  await sweeper.stop()
  expect(calls).toBe(2)
  expect(lines).toEqual(['error: Abandoning idle interviews failed; the next sweep tries again.'])
})

test('a short idle time is swept more often, never more than once a minute', () => {
  expect(sweepIntervalMs(24 * 60 * 60 * 1000)).toBe(60 * 60 * 1000)
  expect(sweepIntervalMs(60 * 60 * 1000)).toBe(15 * 60 * 1000)
  expect(sweepIntervalMs(1000)).toBe(60 * 1000)
})

test('the same sweep deletes recordings past their retention, when one is set', async () => {
  vi.useFakeTimers()
  const { lines, logger } = recorder()
  let retained = 0
  const sweeper = scheduleIdleSweep({
    interviews: { abandonIdle: async () => 0 },
    idleMs: 60 * 60 * 1000,
    logger,
    intervalMs: 1000,
    retention: async () => (retained++, 3),
  })
  await vi.advanceTimersByTimeAsync(1000)
  await sweeper.stop()
  expect(retained).toBe(1)
  expect(lines).toEqual(['info: Deleted 3 recording(s) past their retention.'])
})
