/**
 * The plan stored on an interview (`MockInterview.plan`): the questions to ask, in order, the
 * competencies they were balanced over, the seed that makes it reproducible, and `degraded` when
 * the LLM was configured but failed and the bank was used instead. With an LLM, generated
 * questions are stored as Question rows (source GENERATED) so that nextQuestion is instant.
 */
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { QuestionWriter } from '../integrations/llm/question-writer.ts'
import type { ExtractedCompetency } from '../job-descriptions/competency-extraction.ts'
import { buildQuestionPlan, type PlannedQuestion, type WeightedCompetency } from './plan.ts'

export interface InterviewPlan {
  seed: string
  competencies: WeightedCompetency[]
  questions: PlannedQuestion[]
  degraded: { reason: string } | null
}

/** questions asked in the candidate's last few interviews are avoided */
const recentInterviews = 3

export async function planInterview({
  db,
  userId,
  jobDescription,
  count,
  seed,
  questionWriter,
}: {
  db: PrismaClient
  userId: string
  jobDescription: { id: string; text: string; competencies: unknown } | null
  count: number
  seed: string
  questionWriter?: QuestionWriter
}): Promise<InterviewPlan> {
  const extracted = (jobDescription?.competencies ?? []) as ExtractedCompetency[]
  const competencies = extracted.map(({ competency, weight }) => ({ competency, weight }))
  let degraded: InterviewPlan['degraded'] = null

  if (questionWriter && jobDescription) {
    try {
      const generated = await questionWriter.generateQuestions({
        jobDescription: jobDescription.text,
        competencies: competencies.slice(0, count).map((c) => c.competency),
        count,
      })
      const rows = await db.question.createManyAndReturn({
        data: generated.map((q) => ({
          text: q.text,
          competency: q.competency,
          kind: q.kind.toUpperCase() as 'BEHAVIOURAL' | 'SITUATIONAL' | 'TECHNICAL',
          source: 'GENERATED' as const,
          userId,
          jobDescriptionId: jobDescription.id,
        })),
      })
      const questions = rows.map((row) => ({
        id: row.id,
        text: row.text,
        competency: row.competency,
        kind: row.kind.toLowerCase() as PlannedQuestion['kind'],
        source: 'GENERATED' as const,
      }))
      return { seed, competencies, questions, degraded: null }
    } catch (error) {
      degraded = {
        reason: `Tailored questions were unavailable (${(error as Error).message}); questions from the bank were used.`,
      }
    }
  }

  const [bank, recent] = await Promise.all([
    db.question.findMany({
      where: { source: 'BANK' },
      select: { id: true, text: true, competency: true, kind: true },
      orderBy: { key: 'asc' },
    }),
    db.mockInterviewExchange.findMany({
      where: {
        questionId: { not: null },
        interview: { userId, id: { in: await recentInterviewIds(db, userId) } },
      },
      select: { questionId: true },
    }),
  ])
  const questions = buildQuestionPlan({
    competencies,
    bank: bank.map((q) => ({ ...q, kind: q.kind.toLowerCase() as PlannedQuestion['kind'] })),
    count,
    seed,
    recentlySeenQuestionIds: recent.map((r) => r.questionId!),
  })
  return { seed, competencies, questions, degraded }
}

async function recentInterviewIds(db: PrismaClient, userId: string): Promise<string[]> {
  const rows = await db.mockInterview.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: recentInterviews,
    select: { id: true },
  })
  return rows.map((row) => row.id)
}
