/**
 * The plan stored on an interview (`MockInterview.plan`): the questions to ask, in order, the
 * competencies they were balanced over, the seed that makes it reproducible, and `degraded` when
 * the LLM was configured but failed and the bank was used instead. With an LLM, its tailored
 * questions come first within the balance rule, the bank tops up what they leave uncovered
 * (too few, or a competency the bank lacks), and the ones asked are stored as Question rows
 * (source GENERATED) so that nextQuestion is instant.
 */
import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { QuestionWriter } from '../integrations/llm/question-writer.ts'
import {
  matchCompetencyName,
  type ExtractedCompetency,
} from '../job-descriptions/competency-extraction.ts'
import {
  buildQuestionPlan,
  type PlannedQuestion,
  type PlanQuestion,
  type WeightedCompetency,
} from './plan.ts'

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
  focus,
}: {
  db: PrismaClient
  userId: string
  jobDescription: { id: string; text: string; competencies: unknown } | null
  count: number
  seed: string
  questionWriter?: QuestionWriter
  /** practise only these competencies (the job's weights kept when it asks for them) */
  focus?: readonly string[]
}): Promise<InterviewPlan> {
  const extracted = (jobDescription?.competencies ?? []) as ExtractedCompetency[]
  const competencies = focus?.length
    ? focusOn(focus, extracted)
    : extracted.map(({ competency, weight }) => ({ competency, weight }))
  let degraded: InterviewPlan['degraded'] = null
  let tailored: PlanQuestion[] = []

  if (questionWriter && jobDescription) {
    try {
      const generated = await questionWriter.generateQuestions({
        jobDescription: jobDescription.text,
        competencies: competencies.slice(0, count).map((c) => c.competency),
        count,
      })
      // The LLM may name a competency in its own words ("Conflict resolution"): map it to the
      // bank's id; one that maps to nothing is left out and the bank tops the plan up.
      tailored = generated.flatMap((q) => {
        const competency = matchCompetencyName(q.competency)
        return competency
          ? [{ id: randomUUID(), text: q.text.trim(), competency, kind: q.kind }]
          : []
      })
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
    tailored,
  })
  // Cached as Question rows so that nextQuestion serves them without asking the LLM again.
  const asked = questions.filter((q) => q.source === 'GENERATED')
  if (asked.length > 0 && jobDescription) {
    await db.question.createMany({
      data: asked.map((q) => ({
        id: q.id,
        text: q.text,
        competency: q.competency,
        kind: q.kind.toUpperCase() as 'BEHAVIOURAL' | 'SITUATIONAL' | 'TECHNICAL',
        source: 'GENERATED' as const,
        userId,
        jobDescriptionId: jobDescription.id,
      })),
    })
  }
  return { seed, competencies, questions, degraded }
}

/**
 * The focused competencies, named by id or in words ("Conflict resolution"), each weighted as the
 * job weighs it, or as much as the job's heaviest when the job does not ask for it.
 */
function focusOn(
  focus: readonly string[],
  extracted: readonly ExtractedCompetency[],
): WeightedCompetency[] {
  const heaviest = Math.max(0, ...extracted.map((c) => c.weight)) || 1
  const ids = [...new Set(focus.map((name) => matchCompetencyName(name) ?? name))]
  return ids.map((competency) => ({
    competency,
    weight: extracted.find((c) => c.competency === competency)?.weight || heaviest,
  }))
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
