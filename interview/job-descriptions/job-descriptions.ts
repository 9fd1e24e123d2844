/**
 * ctx.services.jobDescriptions: a candidate's job descriptions with the competencies they ask
 * for, extracted on every create and text change (locally; with the LLM when configured, falling
 * back to the local extraction when it fails).
 */
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import type { Viewer } from '../accounts/scopes.ts'
import { NotFoundError, parseInput } from '../errors.ts'
import type { QuestionWriter } from '../integrations/llm/question-writer.ts'
import {
  extractCompetencies,
  matchCompetencyName,
  type ExtractedCompetency,
} from './competency-extraction.ts'

type JdQuery = Omit<Prisma.JobDescriptionFindUniqueArgs, 'where'>
type JdListQuery = Omit<Prisma.JobDescriptionFindManyArgs, 'where'>

export const jobDescriptionFields = {
  title: z.string().trim().min(1, 'Give the job a title.').max(200),
  company: z.string().trim().max(200).nullish(),
  text: z
    .string()
    .trim()
    .min(20, 'Paste the job description (at least a few sentences).')
    .max(50_000, 'Keep the job description under 50,000 characters.'),
}
export const jobDescriptionInput = z.object(jobDescriptionFields)
const patchInput = z.object({
  title: jobDescriptionFields.title.optional(),
  company: jobDescriptionFields.company,
  text: jobDescriptionFields.text.optional(),
})

export interface JobDescriptionsOptions {
  db: PrismaClient
  clock?: () => Date
  questionWriter?: QuestionWriter
}

export type JobDescriptions = ReturnType<typeof createJobDescriptions>

export function createJobDescriptions({ db, questionWriter }: JobDescriptionsOptions) {
  async function competenciesOf(text: string): Promise<ExtractedCompetency[]> {
    const local = extractCompetencies(text)
    if (!questionWriter) return local
    try {
      const named = await questionWriter.extractCompetencies(text)
      const merged = new Map<string, ExtractedCompetency>()
      for (const entry of named) {
        const id = matchCompetencyName(entry.name)
        if (!id || merged.has(id)) continue
        const at = entry.evidence ? text.toLowerCase().indexOf(entry.evidence.toLowerCase()) : -1
        const evidence = at >= 0 ? [{ start: at, end: at + entry.evidence.length }] : []
        merged.set(id, { competency: id, weight: entry.weight, evidence })
      }
      const total = [...merged.values()].reduce((sum, c) => sum + c.weight, 0)
      if (total === 0) return local
      return [...merged.values()]
        .map((c) => ({ ...c, weight: Math.round((c.weight / total) * 1000) / 1000 }))
        .sort((a, b) => b.weight - a.weight)
    } catch {
      return local
    }
  }

  async function owned(viewer: Viewer, id: string) {
    const row = await db.jobDescription.findFirst({ where: { id, userId: viewer.userId } })
    if (!row) throw new NotFoundError('Job description', id)
    return row
  }

  return {
    competenciesOf,

    async create(viewer: Viewer, raw: unknown, query: JdQuery = {}) {
      const input = parseInput(jobDescriptionInput, raw)
      const competencies = await competenciesOf(input.text)
      const row = await db.jobDescription.create({
        data: {
          userId: viewer.userId,
          title: input.title,
          company: input.company ?? null,
          text: input.text,
          competencies: competencies as unknown as Prisma.InputJsonValue,
        },
      })
      return db.jobDescription.findUniqueOrThrow({ where: { id: row.id }, ...query })
    },

    async update(viewer: Viewer, id: string, raw: unknown, query: JdQuery = {}) {
      const patch = parseInput(patchInput, raw)
      const current = await owned(viewer, id)
      const textChanged = patch.text !== undefined && patch.text !== current.text
      await db.jobDescription.update({
        where: { id },
        data: {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.company !== undefined && { company: patch.company }),
          ...(textChanged && {
            text: patch.text,
            competencies: (await competenciesOf(patch.text!)) as unknown as Prisma.InputJsonValue,
          }),
        },
      })
      return db.jobDescription.findUniqueOrThrow({ where: { id }, ...query })
    },

    async delete(viewer: Viewer, id: string) {
      await owned(viewer, id)
      await db.jobDescription.delete({ where: { id } })
      return { id }
    },

    async get(viewer: Viewer, id: string, query: JdQuery = {}) {
      const row = await db.jobDescription.findFirst({
        where: { id, userId: viewer.userId },
        ...query,
      })
      if (!row) throw new NotFoundError('Job description', id)
      return row
    },

    /** Newest first; Pothos's connection args (take, skip, cursor) arrive in `query`. */
    list(viewer: Viewer, _filters: Record<string, never> = {}, query: JdListQuery = {}) {
      return db.jobDescription.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...query,
        where: { userId: viewer.userId },
      })
    },
  }
}
