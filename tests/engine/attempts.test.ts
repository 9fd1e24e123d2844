import { existsSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import type { Viewer } from '../../interview/accounts/scopes.ts'
import type { AttemptEvent } from '../../interview/attempts/attempt-events.ts'
import { readExchangeOfAttempt } from '../../interview/attempts/exchange-of-attempt.ts'
import { createUnavailableTranscriber } from '../../interview/integrations/transcription/unavailable-transcriber.ts'
import { describeWithDatabases, type TestDatabase } from '../setup/database.ts'
import { answer, backendJd, collect, type Engine, useEngineSuite } from './engine-fixture.ts'

describeWithDatabases('attempts', (testDatabase) => {
  let database: TestDatabase
  let engine: Engine
  let ada: Viewer
  let bob: Viewer
  useEngineSuite(
    testDatabase,
    (suite) => ({ database, engine, ada, bob } = suite),
    () => ({ transcriber: createUnavailableTranscriber() }),
  )

  async function askFirstQuestion(viewer = ada) {
    const interview = await engine.interviews.start(viewer, {
      jobDescription: backendJd,
      seed: 'attempts',
    })
    const exchange = await engine.interviews.nextQuestion(viewer, interview.id)
    return { interview, exchange: exchange! }
  }

  test('two answers submitted at once both persist, with different attempt numbers', async () => {
    const { exchange } = await askFirstQuestion()
    const [one, two] = await Promise.all([
      engine.attempts.submit(ada, {
        exchangeId: exchange.id,
        transcript: answer('conflict-disagreement-adequate-1'),
      }),
      engine.attempts.submit(ada, {
        exchangeId: exchange.id,
        transcript: answer('conflict-disagreement-strong-1'),
      }),
    ])
    expect([one.attemptNumber, two.attemptNumber].sort()).toEqual([1, 2])
    await engine.queue.idle()
    const rows = await database.prisma.mockInterviewAttempt.findMany({
      where: { exchangeId: exchange.id },
    })
    expect(rows.map((r) => r.status)).toEqual(['SCORED', 'SCORED'])
  })

  test('the same idempotency key returns the first attempt', async () => {
    const { exchange } = await askFirstQuestion()
    const input = {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-strong-2'),
      idempotencyKey: 'tap-1',
    }
    const first = await engine.attempts.submit(ada, input)
    const [again, concurrent] = await Promise.all([
      engine.attempts.submit(ada, { ...input, transcript: 'a different text' }),
      engine.attempts.submit(ada, input),
    ])
    expect(again.id).toBe(first.id)
    expect(concurrent.id).toBe(first.id)
    expect(again.transcript).toBe(first.transcript)
    expect(
      await database.prisma.mockInterviewAttempt.count({ where: { exchangeId: exchange.id } }),
    ).toBe(1)
  })

  test('a recording without speech-to-text waits for a typed transcript, keeping the audio, then is scored', async () => {
    const { exchange } = await askFirstQuestion()
    const audio = { data: new Uint8Array([82, 73, 70, 70, 9, 9, 9, 9]), mimeType: 'audio/wav' }
    const waiting = await engine.attempts.submit(ada, { exchangeId: exchange.id, audio })
    expect(waiting.status).toBe('AWAITING_TRANSCRIPT')
    expect(waiting.degraded).toBe(true)
    expect(waiting.degradedReason).toMatch(/Deepgram is not configured.*type or paste/)
    expect(waiting.audioRef).toMatch(new RegExp(`^${ada.userId}/.+\\.wav$`))

    const events = await engine.attempts.events(ada, waiting.id)
    const typed = await engine.attempts.provideTranscript(ada, waiting.id, {
      transcript: answer('mentoring-colleague-strong-1'),
    })
    expect(typed.status).toBe('QUEUED')
    const seen = await collect(events)
    expect(seen[0]).toMatchObject({ type: 'STATUS', status: 'AWAITING_TRANSCRIPT' })
    expect(seen.at(-1)).toMatchObject({ type: 'COMPLETED' })
    const scored = await database.prisma.mockInterviewAttempt.findUniqueOrThrow({
      where: { id: waiting.id },
    })
    expect(scored.status).toBe('SCORED')
    expect(scored.overallScore).toBeGreaterThan(0)
    expect(scored.audioRef).toBe(waiting.audioRef)
  })

  test("the scoring job's one-statement read is the exchange as Prisma reads it, with its question's key and follow-ups", async () => {
    const { exchange } = await askFirstQuestion()
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('mentoring-colleague-strong-1'),
    })
    await engine.queue.idle()
    const asPrisma = await database.prisma.mockInterviewExchange.findUniqueOrThrow({
      where: { id: exchange.id },
      include: { question: { select: { key: true } } },
    })
    const { question, ...row } = asPrisma
    expect(question?.key).toEqual(expect.any(String))
    const followUps = await database.prisma.mockInterviewExchange.count({
      where: { followUpOfId: exchange.id },
    })
    expect(await readExchangeOfAttempt(database.prisma, attempt.id)).toEqual({
      ...row,
      questionKey: question!.key,
      followUps,
    })
    await database.prisma.mockInterviewExchange.create({
      data: {
        interviewId: exchange.interviewId,
        order: 99,
        questionText: 'And what would you do differently?',
        competency: exchange.competency,
        kind: exchange.kind,
        followUpOfId: exchange.id,
      },
    })
    expect(await readExchangeOfAttempt(database.prisma, attempt.id)).toMatchObject({
      followUps: followUps + 1,
    })
    expect(await readExchangeOfAttempt(database.prisma, 'no-such-attempt')).toBeNull()
  })

  test('a subscriber who arrives mid-scoring gets the snapshot, then the rest, nothing twice', async () => {
    const { exchange } = await askFirstQuestion()
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('prioritisation-urgent-strong-1'),
    })
    // wait until some results are stored, then subscribe
    for (let i = 0; i < 200; i++) {
      const stored = await database.prisma.scoreResult.count({ where: { attemptId: attempt.id } })
      if (stored > 0) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const events = await collect(await engine.attempts.events(ada, attempt.id))
    const finished = events.filter(
      (e): e is Extract<AttemptEvent, { type: 'SCORER_FINISHED' }> => e.type === 'SCORER_FINISHED',
    )
    const scorerIds = finished.map((e) => e.result.scorerId)
    expect(new Set(scorerIds).size).toBe(scorerIds.length)
    // each result as published is the row as Prisma reads it back (the insert is written in SQL)
    expect(finished.map((e) => e.result).sort(byScorer)).toEqual(
      (await database.prisma.scoreResult.findMany({ where: { attemptId: attempt.id } })).sort(
        byScorer,
      ),
    )
    expect(scorerIds.sort()).toEqual((await engine.scorers.list()).map((s) => s.id).sort())
    expect(events.at(-1)).toMatchObject({
      type: 'COMPLETED',
      response: { overall: expect.any(Number) },
    })
    const sequences = events.map((e) => e.sequence)
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b))

    // and one who arrives after the end still gets everything: each result as stored, in order
    const late = await collect(await engine.attempts.events(ada, attempt.id))
    expect(late.filter((e) => e.type === 'SCORER_FINISHED').map((e) => e.result)).toEqual(
      await database.prisma.scoreResult.findMany({
        where: { attemptId: attempt.id },
        orderBy: [{ createdAt: 'asc' }, { scorerId: 'asc' }],
      }),
    )
    expect(late.at(-1)?.type).toBe('COMPLETED')
  })

  test('a subscriber that leaves before its first event holds no subscription', async () => {
    const { exchange } = await askFirstQuestion()
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-strong-2'),
    })
    const events = await engine.attempts.events(ada, attempt.id)
    expect(engine.pubsub.listenerCount(`attempt:${attempt.id}`)).toBe(1)
    await events[Symbol.asyncIterator]().return!()
    expect(engine.pubsub.listenerCount(`attempt:${attempt.id}`)).toBe(0)
    await engine.queue.idle()
  })

  test('retrying shows what changed against the previous attempt', async () => {
    const { exchange } = await askFirstQuestion()
    await expect(
      engine.attempts.retry(ada, { exchangeId: exchange.id, transcript: 'too early' }),
    ).rejects.toMatchObject({ code: 'INVALID_ATTEMPT_STATE' })
    const weak = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('conflict-disagreement-we-heavy-1'),
    })
    await engine.queue.idle()
    const strong = await engine.attempts.retry(ada, {
      exchangeId: exchange.id,
      transcript: answer('conflict-disagreement-strong-1'),
    })
    await engine.queue.idle()
    expect(strong.attemptNumber).toBe(2)
    const diff = await engine.attempts.compare(ada, strong.id)
    expect(diff).toMatchObject({ previousAttemptId: weak.id })
    expect(diff!.overall.delta).toBeGreaterThan(0)
    // the "we" story never said what the candidate was there to do; the strong one does
    expect(diff!.star.task).toBe('gained')
    expect(diff!.dimensions.content.delta).toBeGreaterThan(0)
    expect(await engine.attempts.compare(ada, weak.id)).toBeNull()
  })

  test('an attempt still being scored cannot be chosen as final', async () => {
    const { exchange } = await askFirstQuestion()
    const waiting = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      audio: { data: new Uint8Array([1, 2]), mimeType: 'audio/webm' },
    })
    await expect(engine.attempts.chooseFinal(ada, waiting.id)).rejects.toMatchObject({
      code: 'INVALID_ATTEMPT_STATE',
    })
  })

  test("another user's interview, exchange and attempt are NOT_FOUND everywhere", async () => {
    const { interview, exchange } = await askFirstQuestion()
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-strong-2'),
    })
    await engine.queue.idle()
    const notFound = { code: 'NOT_FOUND' }
    await expect(engine.interviews.get(bob, interview.id)).rejects.toMatchObject(notFound)
    await expect(engine.interviews.nextQuestion(bob, interview.id)).rejects.toMatchObject(notFound)
    await expect(engine.interviews.finish(bob, interview.id)).rejects.toMatchObject(notFound)
    await expect(engine.interviews.events(bob, interview.id)).rejects.toMatchObject(notFound)
    await expect(
      engine.attempts.submit(bob, { exchangeId: exchange.id, transcript: 'mine now' }),
    ).rejects.toMatchObject(notFound)
    await expect(
      engine.attempts.retry(bob, { exchangeId: exchange.id, transcript: 'mine now' }),
    ).rejects.toMatchObject(notFound)
    await expect(
      engine.attempts.provideTranscript(bob, attempt.id, { transcript: 'x' }),
    ).rejects.toMatchObject(notFound)
    await expect(engine.attempts.rescore(bob, attempt.id)).rejects.toMatchObject(notFound)
    await expect(engine.attempts.chooseFinal(bob, attempt.id)).rejects.toMatchObject(notFound)
    await expect(engine.attempts.compare(bob, attempt.id)).rejects.toMatchObject(notFound)
    await expect(engine.attempts.events(bob, attempt.id)).rejects.toMatchObject(notFound)
    await expect(
      engine.library.saveFromAttempt(bob, { attemptId: attempt.id }),
    ).rejects.toMatchObject(notFound)
    await expect(
      engine.jobDescriptions.get(bob, interview.jobDescriptionId!),
    ).rejects.toMatchObject(notFound)
    await expect(engine.library.coverage(bob, interview.jobDescriptionId!)).rejects.toMatchObject(
      notFound,
    )
    expect(await engine.interviews.list(bob)).toEqual([])
    expect(await engine.jobDescriptions.list(bob)).toEqual([])
  })

  test('an answer marks the interview active; a refused one leaves it as it was', async () => {
    const { interview, exchange } = await askFirstQuestion()
    const longAgo = new Date('2026-01-01T00:00:00Z')
    const lastActivity = async () =>
      (await database.prisma.mockInterview.findUniqueOrThrow({ where: { id: interview.id } }))
        .lastActivityAt
    await database.prisma.mockInterview.update({
      where: { id: interview.id },
      data: { lastActivityAt: longAgo },
    })

    // another candidate's answer to it is NOT_FOUND and touches nothing
    await expect(
      engine.attempts.submit(bob, { exchangeId: exchange.id, transcript: 'mine now' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await lastActivity()).toEqual(longAgo)

    const before = Date.now()
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: answer('failure-mistake-strong-2'),
    })
    expect(attempt.status).toBe('QUEUED')
    expect((await lastActivity()).getTime()).toBeGreaterThanOrEqual(before - 1000)
    await engine.queue.idle()

    // abandoned meanwhile: the answer is refused and the interview keeps its last activity
    await database.prisma.mockInterview.update({
      where: { id: interview.id },
      data: { status: 'ABANDONED', abandonedAt: longAgo, lastActivityAt: longAgo },
    })
    await expect(
      engine.attempts.retry(ada, { exchangeId: exchange.id, transcript: 'one more go' }),
    ).rejects.toMatchObject({ code: 'INTERVIEW_CLOSED' })
    expect(await lastActivity()).toEqual(longAgo)
    expect(
      await database.prisma.mockInterviewAttempt.count({ where: { exchangeId: exchange.id } }),
    ).toBe(1)
  })

  test("a recording sent to another candidate's exchange is not stored", async () => {
    const { exchange } = await askFirstQuestion()
    const audio = { data: new Uint8Array([82, 73, 70, 70]), mimeType: 'audio/wav' }
    await expect(
      engine.attempts.submit(bob, { exchangeId: exchange.id, audio }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(existsSync(path.join(engine.audioDir, bob.userId))).toBe(false)
  })

  test('an answer with nothing in it is refused with the field to fix', async () => {
    const { exchange } = await askFirstQuestion()
    await expect(engine.attempts.submit(ada, { exchangeId: exchange.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        {
          path: ['transcript'],
          message: expect.stringMatching(/transcript, word timings or a recording/),
        },
      ],
    })
  })

  test('an answer pasted with a stray NUL character is saved without it, and scored', async () => {
    const { exchange } = await askFirstQuestion()
    const pasted = answer('failure-mistake-strong-2')
    const attempt = await engine.attempts.submit(ada, {
      exchangeId: exchange.id,
      transcript: `${pasted.slice(0, 40)}\u0000${pasted.slice(40)}`,
    })
    expect(attempt.transcript).toBe(pasted)
    const events = await collect(await engine.attempts.events(ada, attempt.id))
    expect(events.at(-1)).toMatchObject({ type: 'COMPLETED' })

    const waiting = await engine.attempts.retry(ada, {
      exchangeId: exchange.id,
      audio: { data: new Uint8Array([7, 7]), mimeType: 'audio/webm' },
    })
    const typed = await engine.attempts.provideTranscript(ada, waiting.id, {
      transcript: `\u0000${pasted}`,
    })
    expect(typed.transcript).toBe(pasted)
  })
})

function byScorer(a: { scorerId: string }, b: { scorerId: string }) {
  return a.scorerId.localeCompare(b.scorerId)
}
