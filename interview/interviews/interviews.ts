/**
 * ctx.services.interviews: a mock interview's lifecycle, PLANNED → IN_PROGRESS → COMPLETED |
 * ABANDONED. The plan is built at start; nextQuestion asks a pending follow-up before the next
 * planned question; finish keeps each question's best attempt unless the candidate chose one,
 * and writes the summary.
 */
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { MockInterviewStatus, Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import type { Viewer } from '../accounts/scopes.ts'
import { InterviewClosedError, NotFoundError, parseInput } from '../errors.ts'
import type { EnginePubSub } from '../events/engine-events.ts'
import { releasing } from '../events/pubsub.ts'
import type { QuestionWriter } from '../integrations/llm/question-writer.ts'
import { jobDescriptionInput, type JobDescriptions } from '../job-descriptions/job-descriptions.ts'
import { planInterview, type InterviewPlan } from '../plans/interview-plan.ts'
import { completeInterview } from '../summaries/finish-interview.ts'
import { interviewTopic, type InterviewEvent } from './interview-events.ts'
import { lockInterview } from './interview-lock.ts'

type InterviewQuery = Omit<Prisma.MockInterviewFindUniqueArgs, 'where'>
type InterviewListQuery = Omit<Prisma.MockInterviewFindManyArgs, 'where'>
type ExchangeQuery = Omit<Prisma.MockInterviewExchangeFindUniqueArgs, 'where'>

const startInput = z.object({
  jobDescriptionId: z.string().min(1).nullish(),
  jobDescription: jobDescriptionInput.nullish(),
  questionCount: z
    .int()
    .min(1, 'Ask at least 1 question.')
    .max(15, 'Ask at most 15 questions.')
    .default(5),
  seed: z.union([z.string().min(1).max(100), z.number()]).nullish(),
  competencies: z
    .array(z.string().trim().min(1).max(100))
    .max(20, 'Focus on at most 20 competencies.')
    .nullish(),
})

const listFilters = z.object({
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED']).nullish(),
})

export interface InterviewsOptions {
  db: PrismaClient
  clock?: () => Date
  pubsub: EnginePubSub
  jobDescriptions: JobDescriptions
  questionWriter?: QuestionWriter
}

export type Interviews = ReturnType<typeof createInterviews>

export function createInterviews({
  db,
  clock = () => new Date(),
  pubsub,
  jobDescriptions,
  questionWriter,
}: InterviewsOptions) {
  const publish = (event: InterviewEvent) =>
    pubsub.publish(interviewTopic(event.interviewId), event)

  async function owned(viewer: Viewer, id: string) {
    const interview = await db.mockInterview.findFirst({ where: { id, userId: viewer.userId } })
    if (!interview) throw new NotFoundError('Interview', id)
    return interview
  }

  function assertOpen(interview: { id: string; status: MockInterviewStatus }) {
    if (interview.status === 'COMPLETED' || interview.status === 'ABANDONED') {
      throw new InterviewClosedError(interview.id, interview.status)
    }
  }

  return {
    /** Plans an interview (from a stored or a new job description, or a general one); asks nothing yet. */
    async start(viewer: Viewer, raw: unknown = {}, query: InterviewQuery = {}) {
      const input = parseInput(startInput, raw)
      const jd = input.jobDescriptionId
        ? await jobDescriptions.get(viewer, input.jobDescriptionId)
        : input.jobDescription
          ? await jobDescriptions.create(viewer, input.jobDescription)
          : null
      const seed = String(input.seed ?? randomUUID())
      const plan = await planInterview({
        db,
        userId: viewer.userId,
        jobDescription: jd,
        count: input.questionCount,
        seed,
        questionWriter,
        focus: input.competencies ?? undefined,
      })
      const now = clock()
      const interview = await db.mockInterview.create({
        data: {
          userId: viewer.userId,
          jobDescriptionId: jd?.id ?? null,
          title: jd
            ? `${jd.title}${jd.company ? ` at ${jd.company}` : ''}`
            : 'General practice interview',
          status: 'PLANNED',
          plan: plan as unknown as Prisma.InputJsonValue,
          lastActivityAt: now,
          createdAt: now,
        },
      })
      return db.mockInterview.findUniqueOrThrow({ where: { id: interview.id }, ...query })
    },

    /**
     * The question to answer now: an exchange still without an attempt (a pending follow-up
     * included), else a new exchange for the next planned question; null when the plan is done.
     */
    async nextQuestion(viewer: Viewer, interviewId: string, query: ExchangeQuery = {}) {
      const interview = await owned(viewer, interviewId)
      assertOpen(interview)
      const now = clock()
      const outcome = await db.$transaction(async (tx) => {
        await lockInterview(tx, interviewId)
        // read again under the lock: a finish or abandon that landed meanwhile must stay closed
        const current = await tx.mockInterview.findUniqueOrThrow({
          where: { id: interviewId },
          select: { id: true, status: true, startedAt: true },
        })
        assertOpen(current)
        const waiting = await tx.mockInterviewExchange.findFirst({
          where: { interviewId, attempts: { none: {} } },
          orderBy: { order: 'asc' },
        })
        if (waiting) return { exchange: waiting, added: false, wasPlanned: false }
        const plan = interview.plan as unknown as InterviewPlan
        const asked = await tx.mockInterviewExchange.count({
          where: { interviewId, followUpOfId: null },
        })
        const next = plan.questions[asked]
        if (!next) return { exchange: null, added: false, wasPlanned: false }
        const last = await tx.mockInterviewExchange.aggregate({
          where: { interviewId },
          _max: { order: true },
        })
        const exchange = await tx.mockInterviewExchange.create({
          data: {
            interviewId,
            order: (last._max.order ?? 0) + 1,
            questionId: next.id,
            questionText: next.text,
            competency: next.competency,
            kind: next.kind.toUpperCase() as 'BEHAVIOURAL',
            askedAt: now,
          },
        })
        await tx.mockInterview.update({
          where: { id: interviewId },
          data: {
            status: 'IN_PROGRESS',
            lastActivityAt: now,
            ...(current.startedAt ? {} : { startedAt: now }),
          },
        })
        return { exchange, added: true, wasPlanned: current.status === 'PLANNED' }
      })
      if (!outcome.exchange) return null
      if (outcome.added) {
        if (outcome.wasPlanned)
          publish({ type: 'STATUS', interviewId, status: 'IN_PROGRESS', at: now })
        publish({
          type: 'EXCHANGE_ADDED',
          interviewId,
          exchangeId: outcome.exchange.id,
          followUpOfId: null,
          at: now,
        })
      }
      return db.mockInterviewExchange.findUniqueOrThrow({
        where: { id: outcome.exchange.id },
        ...query,
      })
    },

    /** Completes the interview: final attempts defaulted to each question's best, summary written. */
    async finish(viewer: Viewer, interviewId: string, query: InterviewQuery = {}) {
      const interview = await owned(viewer, interviewId)
      if (interview.status === 'ABANDONED')
        throw new InterviewClosedError(interview.id, interview.status)
      if (interview.status !== 'COMPLETED') {
        const completed = await completeInterview(db, interviewId, clock())
        if (completed) publish({ type: 'STATUS', interviewId, status: 'COMPLETED', at: clock() })
      }
      return db.mockInterview.findUniqueOrThrow({ where: { id: interviewId }, ...query })
    },

    /** System job: interviews idle for `idleMs` become ABANDONED (kept, not deleted). */
    async abandonIdle({ idleMs }: { idleMs: number }): Promise<number> {
      const now = clock()
      const idle = await db.mockInterview.findMany({
        where: {
          status: { in: ['PLANNED', 'IN_PROGRESS'] },
          lastActivityAt: { lt: new Date(now.getTime() - idleMs) },
        },
        select: { id: true },
      })
      if (idle.length === 0) return 0
      const { count } = await db.mockInterview.updateMany({
        where: {
          id: { in: idle.map((row) => row.id) },
          status: { in: ['PLANNED', 'IN_PROGRESS'] },
        },
        data: { status: 'ABANDONED', abandonedAt: now },
      })
      for (const { id } of idle)
        publish({ type: 'STATUS', interviewId: id, status: 'ABANDONED', at: now })
      return count
    },

    async get(viewer: Viewer, id: string, query: InterviewQuery = {}) {
      const row = await db.mockInterview.findFirst({
        where: { id, userId: viewer.userId },
        ...query,
      })
      if (!row) throw new NotFoundError('Interview', id)
      return row
    },

    /** Newest first; Pothos's connection args (take, skip, cursor) arrive in `query`. */
    list(viewer: Viewer, filters: unknown = {}, query: InterviewListQuery = {}) {
      const { status } = parseInput(listFilters, filters)
      return db.mockInterview.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...query,
        where: { userId: viewer.userId, ...(status ? { status } : {}) },
      })
    },

    /** Live changes to an interview: its status, exchanges added, attempts scored. */
    async events(
      viewer: Viewer,
      interviewId: string,
      options: { signal?: AbortSignal } = {},
    ): Promise<AsyncIterable<InterviewEvent>> {
      await owned(viewer, interviewId)
      const live = pubsub.subscribe(interviewTopic(interviewId), { signal: options.signal })
      let current: Awaited<ReturnType<typeof owned>>
      try {
        // read after subscribing, so that no change between the two is missed
        await pubsub.subscribed(interviewTopic(interviewId))
        current = await owned(viewer, interviewId)
      } catch (error) {
        await live.return?.()
        throw error
      }
      const events = (async function* () {
        try {
          yield {
            type: 'STATUS',
            interviewId,
            status: current.status,
            at: current.updatedAt,
          } as InterviewEvent
          if (current.status === 'COMPLETED' || current.status === 'ABANDONED') return
          for await (const event of live) {
            const interviewEvent = event as InterviewEvent
            yield interviewEvent
            if (
              interviewEvent.type === 'STATUS' &&
              (interviewEvent.status === 'COMPLETED' || interviewEvent.status === 'ABANDONED')
            )
              return
          }
        } finally {
          await live.return?.()
        }
      })()
      return releasing(events, live)
    },
  }
}
