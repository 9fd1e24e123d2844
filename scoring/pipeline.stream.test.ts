import { setTimeout as sleep } from 'node:timers/promises'
import { streamPipeline, type StreamEvent } from './pipeline.ts'
import { answer, configure, fixedScorer, throwingScorer } from './test-scorers.ts'

test('the stream yields each event as it happens, then the response', async () => {
  const events: StreamEvent[] = []
  for await (const event of streamPipeline({
    scorers: [configure(fixedScorer('a', 30)), configure(throwingScorer('b'))],
    input: answer,
  })) {
    events.push(event)
  }
  expect(events.filter((e) => e.type === 'scorer.finished')).toHaveLength(2)
  const last = events.at(-1)!
  expect(last.type).toBe('pipeline.finished')
  expect(last.type === 'pipeline.finished' && last.response.overall).toBe(30)
})

test('leaving the stream early aborts the scorers still running', async () => {
  let aborted = false
  const waits = fixedScorer('waits', 0, {
    score: (_input, { signal }) =>
      new Promise((_r, reject) =>
        signal.addEventListener('abort', () => {
          aborted = true
          reject(signal.reason)
        }),
      ),
  })
  for await (const event of streamPipeline({ scorers: [configure(waits)], input: answer })) {
    if (event.type === 'scorer.started') break
  }
  await sleep(10)
  expect(aborted).toBe(true)
})
