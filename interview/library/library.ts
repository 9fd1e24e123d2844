/**
 * ctx.services.library: the answer library of polished STAR stories, saved from attempts or
 * written by hand, searched, measured against a job description's competencies, exported.
 */
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse } from '../../scoring/index.ts'
import type { Viewer } from '../accounts/scopes.ts'
import { InvalidAttemptStateError, NotFoundError, parseInput } from '../errors.ts'
import type { ExtractedCompetency } from '../job-descriptions/competency-extraction.ts'
import { draftStory } from './story-draft.ts'
import { storiesToMarkdown } from './story-markdown.ts'

type StoryQuery = Omit<Prisma.StarStoryFindUniqueArgs, 'where'>
type StoryListQuery = Omit<Prisma.StarStoryFindManyArgs, 'where'>

const text = z.string().max(20_000)
const storyFields = {
  title: z.string().trim().min(1, 'Give the story a title.').max(200),
  competencies: z.array(z.string().trim().min(1).max(100)).max(20),
  situation: text,
  task: text,
  action: text,
  result: text,
  polishedAnswer: text,
  coachNotes: text,
  jobDescriptionId: z.string().min(1).nullable(),
}
const createInput = z
  .object({ ...storyFields, sourceAttemptId: z.string().min(1).nullable() })
  .partial()
  .required({ title: true })
const patchInput = z.object(storyFields).partial()
const saveInput = z.object({ attemptId: z.string().min(1), title: storyFields.title.nullish() })
const listInput = z.object({
  competency: z.string().trim().min(1).nullish(),
  jobDescriptionId: z.string().min(1).nullish(),
  search: z.string().trim().min(1).max(200).nullish(),
})

/** a story scoring at least this covers its competency well; below it, the coverage is weak */
export const coveredFrom = 70

export interface CoverageEntry {
  competency: string
  weight: number
  stories: number
  bestScore: number | null
  status: 'covered' | 'weak' | 'missing'
}

export type Library = ReturnType<typeof createLibrary>

export function createLibrary({ db }: { db: PrismaClient; clock?: () => Date }) {
  async function owned(viewer: Viewer, id: string) {
    const story = await db.starStory.findFirst({ where: { id, userId: viewer.userId } })
    if (!story) throw new NotFoundError('Story', id)
    return story
  }

  async function assertJobDescription(viewer: Viewer, id: string | null | undefined) {
    if (!id) return
    const found = await db.jobDescription.count({ where: { id, userId: viewer.userId } })
    if (found === 0) throw new NotFoundError('Job description', id)
  }

  async function assertAttempt(viewer: Viewer, id: string | null | undefined) {
    if (!id) return
    const found = await db.mockInterviewAttempt.count({
      where: { id, exchange: { interview: { userId: viewer.userId } } },
    })
    if (found === 0) throw new NotFoundError('Attempt', id)
  }

  function where(viewer: Viewer, filters: z.output<typeof listInput>): Prisma.StarStoryWhereInput {
    const search = filters.search
    return {
      userId: viewer.userId,
      ...(filters.competency && { competencies: { has: filters.competency } }),
      ...(filters.jobDescriptionId && { jobDescriptionId: filters.jobDescriptionId }),
      ...(search && {
        OR: (['title', 'situation', 'task', 'action', 'result', 'polishedAnswer'] as const).map(
          (field) => ({
            [field]: { contains: search, mode: 'insensitive' as const },
          }),
        ),
      }),
    }
  }

  return {
    /** A story drafted from a scored attempt, linked to it and to its interview's job description. */
    async saveFromAttempt(viewer: Viewer, raw: unknown, query: StoryQuery = {}) {
      const input = parseInput(saveInput, raw)
      const attempt = await db.mockInterviewAttempt.findFirst({
        where: { id: input.attemptId, exchange: { interview: { userId: viewer.userId } } },
        include: { exchange: { include: { interview: { select: { jobDescriptionId: true } } } } },
      })
      if (!attempt) throw new NotFoundError('Attempt', input.attemptId)
      if (attempt.status !== 'SCORED') {
        throw new InvalidAttemptStateError(
          `Attempt ${attempt.attemptNumber} is ${attempt.status.toLowerCase()}; save it once it is scored.`,
        )
      }
      const draft = draftStory(
        attempt.transcript ?? '',
        attempt.result as unknown as MockInterviewAttemptResponse,
      )
      const story = await db.starStory.create({
        data: {
          userId: viewer.userId,
          title: input.title ?? attempt.exchange.questionText.slice(0, 200),
          competencies: [attempt.exchange.competency],
          ...draft,
          sourceAttemptId: attempt.id,
          jobDescriptionId: attempt.exchange.interview.jobDescriptionId,
        },
      })
      return db.starStory.findUniqueOrThrow({ where: { id: story.id }, ...query })
    },

    async create(viewer: Viewer, raw: unknown, query: StoryQuery = {}) {
      const input = parseInput(createInput, raw)
      await assertJobDescription(viewer, input.jobDescriptionId)
      await assertAttempt(viewer, input.sourceAttemptId)
      const story = await db.starStory.create({ data: { ...input, userId: viewer.userId } })
      return db.starStory.findUniqueOrThrow({ where: { id: story.id }, ...query })
    },

    async update(viewer: Viewer, id: string, raw: unknown, query: StoryQuery = {}) {
      const patch = parseInput(patchInput, raw)
      await owned(viewer, id)
      await assertJobDescription(viewer, patch.jobDescriptionId)
      await db.starStory.update({ where: { id }, data: patch })
      return db.starStory.findUniqueOrThrow({ where: { id }, ...query })
    },

    async delete(viewer: Viewer, id: string) {
      await owned(viewer, id)
      await db.starStory.delete({ where: { id } })
      return { id }
    },

    async get(viewer: Viewer, id: string, query: StoryQuery = {}) {
      const story = await db.starStory.findFirst({ where: { id, userId: viewer.userId }, ...query })
      if (!story) throw new NotFoundError('Story', id)
      return story
    },

    /** Most recently updated first; filters by competency, job description, and text (any case). */
    list(viewer: Viewer, filters: unknown = {}, query: StoryListQuery = {}) {
      return db.starStory.findMany({
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        ...query,
        where: where(viewer, parseInput(listInput, filters)),
      })
    },

    /** How the candidate's stories cover a job description's competencies, heaviest first. */
    async coverage(viewer: Viewer, jobDescriptionId: string): Promise<CoverageEntry[]> {
      const jd = await db.jobDescription.findFirst({
        where: { id: jobDescriptionId, userId: viewer.userId },
      })
      if (!jd) throw new NotFoundError('Job description', jobDescriptionId)
      const wanted = jd.competencies as unknown as ExtractedCompetency[]
      const stories = await db.starStory.findMany({
        where: {
          userId: viewer.userId,
          competencies: { hasSome: wanted.map((c) => c.competency) },
        },
        select: { competencies: true, sourceAttempt: { select: { overallScore: true } } },
      })
      return wanted.map(({ competency, weight }) => {
        const mine = stories.filter((s) => s.competencies.includes(competency))
        const scores = mine
          .map((s) => s.sourceAttempt?.overallScore)
          .filter((s): s is number => typeof s === 'number')
        const bestScore = scores.length > 0 ? Math.max(...scores) : null
        // A hand-written story has no score: it counts as covering its competency.
        const strong = mine.some(
          (s) =>
            s.sourceAttempt?.overallScore == null || s.sourceAttempt.overallScore >= coveredFrom,
        )
        const status = mine.length === 0 ? 'missing' : strong ? 'covered' : 'weak'
        return { competency, weight, stories: mine.length, bestScore, status }
      })
    },

    async exportMarkdown(viewer: Viewer, raw: unknown = {}): Promise<string> {
      const { jobDescriptionId } = parseInput(
        z.object({ jobDescriptionId: z.string().min(1).nullish() }),
        raw,
      )
      let heading = 'My STAR stories'
      if (jobDescriptionId) {
        const jd = await db.jobDescription.findFirst({
          where: { id: jobDescriptionId, userId: viewer.userId },
        })
        if (!jd) throw new NotFoundError('Job description', jobDescriptionId)
        heading = `STAR stories for ${jd.title}${jd.company ? ` at ${jd.company}` : ''}`
      }
      const stories = await db.starStory.findMany({
        where: { userId: viewer.userId, ...(jobDescriptionId && { jobDescriptionId }) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      })
      return storiesToMarkdown(stories, heading)
    },
  }
}
