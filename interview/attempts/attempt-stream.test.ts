import type { ScoreResult } from '../../generated/prisma/client.ts'
import type { EngineEvent } from '../events/engine-events.ts'
import type { AttemptEvent } from './attempt-events.ts'
import { attemptStream } from './attempt-stream.ts'

const at = new Date('2026-01-01T00:00:00Z')
const attemptId = 'attempt-1'

const status = (s: 'SCORING' | 'SCORED', sequence: number): AttemptEvent => ({
  attemptId,
  at,
  type: 'STATUS',
  status: s,
  sequence,
})
const started = (scorerId: string, sequence: number): AttemptEvent => ({
  attemptId,
  at,
  type: 'SCORER_STARTED',
  scorerId,
  sequence,
})
const finished = (scorerId: string, sequence: number): AttemptEvent => ({
  attemptId,
  at,
  type: 'SCORER_FINISHED',
  result: { scorerId } as ScoreResult,
  sequence,
})
const failed = (sequence: number): AttemptEvent => ({
  attemptId,
  at,
  type: 'FAILED',
  reason: 'stopped',
  sequence,
})

async function* live(events: AttemptEvent[]): AsyncIterableIterator<EngineEvent> {
  for (const event of events) yield event as EngineEvent
}

async function read(snapshot: AttemptEvent[], events: AttemptEvent[]) {
  const out: string[] = []
  for await (const event of attemptStream(snapshot, live(events))) {
    const id =
      event.type === 'SCORER_STARTED'
        ? event.scorerId
        : event.type === 'SCORER_FINISHED'
          ? event.result.scorerId
          : ''
    out.push(`${event.type}${id ? ` ${id}` : ''} ${event.sequence}`)
  }
  return out
}

test('scorers that start together each reach the subscriber, once', async () => {
  const events = await read(
    [status('SCORING', 2)],
    [
      started('pace', 3),
      started('fillers', 3),
      started('pace', 3),
      started('star', 3),
      finished('pace', 4),
      finished('fillers', 6),
      finished('fillers', 6),
      finished('star', 8),
      failed(10),
    ],
  )
  expect(events).toEqual([
    'STATUS 2',
    'SCORER_STARTED pace 3',
    'SCORER_STARTED fillers 3',
    'SCORER_STARTED star 3',
    'SCORER_FINISHED pace 4',
    'SCORER_FINISHED fillers 6',
    'SCORER_FINISHED star 8',
    'FAILED 10',
  ])
})

test('a late subscriber gets no start for a result it already holds, and sequences never decrease', async () => {
  const events = await read(
    [status('SCORING', 2), finished('pace', 4)],
    [started('pace', 3), started('fillers', 3), started('star', 5), finished('star', 6), failed(8)],
  )
  expect(events).toEqual([
    'STATUS 2',
    'SCORER_FINISHED pace 4',
    'SCORER_STARTED star 5',
    'SCORER_FINISHED star 6',
    'FAILED 8',
  ])
})
