/**
 * The questions the command-line tools know: the bank as the app stores it
 * (prisma/seed/question-bank.json, read as a file: scoring/ imports nothing of the app), so that
 * `score` and `scoring:eval` use a bank question's rubric, kind and competency, as the app does,
 * when given its exact text or id.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { QuestionKind, QuestionRubric } from '../types.ts'

export const DEFAULT_BANK_PATH = fileURLToPath(
  new URL('../../prisma/seed/question-bank.json', import.meta.url),
)

const catalogue = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      kind: z.enum(['behavioural', 'situational', 'technical']),
      competency: z.string(),
      rubric: z.object({
        asks: z.string(),
        strongShows: z.array(z.string()),
        redFlags: z.array(z.string()),
      }),
    }),
  ),
})

export interface CatalogueQuestion {
  id: string
  question: string
  kind: QuestionKind
  competency: string
  rubric: QuestionRubric
}

export interface QuestionCatalogue {
  /** by id, or by the question's exact text (surrounding spaces ignored) */
  find(idOrText: string): CatalogueQuestion | undefined
  size: number
}

/** The catalogue at `path`; an empty one when the default bank file is absent (a bare SDK checkout). */
export async function readCatalogue(path: string = DEFAULT_BANK_PATH): Promise<QuestionCatalogue> {
  if (path === DEFAULT_BANK_PATH && !existsSync(path)) return { find: () => undefined, size: 0 }
  const parsed = catalogue.parse(JSON.parse(await readFile(path, 'utf8')))
  const byId = new Map(parsed.questions.map((q) => [q.id, q]))
  const byText = new Map(parsed.questions.map((q) => [q.question.trim(), q]))
  return {
    find: (key) => byId.get(key.trim()) ?? byText.get(key.trim()),
    size: parsed.questions.length,
  }
}
