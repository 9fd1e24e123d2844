/**
 * Finishing an interview: each question without a chosen final attempt keeps its best scored
 * one, then the summary and scores are written and the interview is COMPLETED, in one transaction.
 * Choosing another final attempt afterwards writes the summary again (`chooseFinalAttempt`).
 */
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import { InterviewClosedError } from '../errors.ts'
import { lockInterview } from '../interviews/interview-lock.ts'
import { summarise, type InterviewSummary } from './summary.ts'

/** Null when another call completed it first; an interview abandoned meanwhile stays closed. */
export async function completeInterview(
  db: PrismaClient,
  interviewId: string,
  now: Date,
): Promise<InterviewSummary | null> {
  return db.$transaction(async (tx) => {
    await lockInterview(tx, interviewId)
    const { status } = await tx.mockInterview.findUniqueOrThrow({
      where: { id: interviewId },
      select: { status: true },
    })
    if (status === 'COMPLETED') return null
    if (status === 'ABANDONED') throw new InterviewClosedError(interviewId, status)
    const summary = await writeSummary(tx, interviewId, { defaultToBest: true })
    await tx.mockInterview.update({
      where: { id: interviewId },
      data: { status: 'COMPLETED', completedAt: now, lastActivityAt: now },
    })
    return summary
  })
}

/**
 * Keeps `attemptId` as its exchange's final answer. In a completed interview, the summary and
 * overall scores are written again in the same transaction, so they never describe an answer the
 * candidate no longer keeps. Returns whether the summary changed.
 */
export async function chooseFinalAttempt(
  db: PrismaClient,
  {
    interviewId,
    exchangeId,
    attemptId,
  }: { interviewId: string; exchangeId: string; attemptId: string },
): Promise<{ resummarised: boolean }> {
  return db.$transaction(async (tx) => {
    // under the interview's lock, so a finish running now sees this choice or is seen by it
    await lockInterview(tx, interviewId)
    await tx.mockInterviewExchange.update({
      where: { id: exchangeId },
      data: { finalAttemptId: attemptId },
    })
    const { status } = await tx.mockInterview.findUniqueOrThrow({
      where: { id: interviewId },
      select: { status: true },
    })
    if (status !== 'COMPLETED') return { resummarised: false }
    await writeSummary(tx, interviewId, { defaultToBest: false })
    return { resummarised: true }
  })
}

/** Summarises each exchange's final attempt and stores the summary and scores on the interview. */
async function writeSummary(
  tx: Prisma.TransactionClient,
  interviewId: string,
  { defaultToBest }: { defaultToBest: boolean },
): Promise<InterviewSummary> {
  const exchanges = await tx.mockInterviewExchange.findMany({
    where: { interviewId },
    orderBy: { order: 'asc' },
    include: {
      attempts: {
        where: { status: 'SCORED' },
        orderBy: [{ overallScore: 'desc' }, { attemptNumber: 'desc' }],
      },
    },
  })
  for (const exchange of exchanges) {
    const best = exchange.attempts[0]
    if (defaultToBest && exchange.finalAttemptId === null && best) {
      await tx.mockInterviewExchange.update({
        where: { id: exchange.id },
        data: { finalAttemptId: best.id },
      })
      exchange.finalAttemptId = best.id
    }
  }
  const summary = summarise(
    exchanges.map((exchange) => {
      const final = exchange.attempts.find((a) => a.id === exchange.finalAttemptId) ?? null
      return {
        exchangeId: exchange.id,
        questionText: exchange.questionText,
        competency: exchange.competency,
        followUpOfId: exchange.followUpOfId,
        final: final && {
          attemptId: final.id,
          transcript: final.transcript ?? '',
          overallScore: final.overallScore,
          durationMs: final.durationMs,
          response: final.result as unknown as MockInterviewAttemptResponse,
        },
      }
    }),
  )
  await tx.mockInterview.update({
    where: { id: interviewId },
    data: {
      summary: summary as unknown as Prisma.InputJsonValue,
      overallScore: summary.overall,
      scores: {
        dimensions: summary.dimensions,
        competencies: summary.competencies,
      } as unknown as Prisma.InputJsonValue,
    },
  })
  return summary
}
