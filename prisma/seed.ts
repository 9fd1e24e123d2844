import type { PrismaClient } from '../generated/prisma/client.ts'
import { QuestionKind, QuestionLevel } from '../generated/prisma/enums.ts'
import { questionBank, type BankQuestion } from './seed/question-bank.ts'

export type SeedCounts = {
  /** bank questions inserted because their key was new */
  created: number
  /** bank questions whose text, competency, kind, level or follow-ups changed */
  updated: number
  unchanged: number
}

type SeedableQuestion = Pick<BankQuestion, 'key' | 'text' | 'kind' | 'level'> & {
  competency: string
  followUps: readonly string[]
}

/**
 * Upserts the question bank by `key`. Running it again changes nothing, so it is safe at every
 * start; a reworded question in the bank updates its row in place (keys never change).
 */
export async function seedDatabase(
  prisma: PrismaClient,
  questions: readonly SeedableQuestion[] = questionBank,
): Promise<SeedCounts> {
  const rows = questions.map(toRow)
  const existing = await prisma.question.findMany({
    where: { key: { in: rows.map((row) => row.key) } },
    select: { key: true, text: true, competency: true, kind: true, level: true, followUps: true },
  })
  const byKey = new Map(existing.map((row) => [row.key, row]))
  const missing = rows.filter((row) => !byKey.has(row.key))
  const changed = rows.filter((row) => {
    const current = byKey.get(row.key)
    return current !== undefined && !sameQuestion(current, row)
  })

  await prisma.$transaction(async (tx) => {
    if (missing.length > 0) {
      await tx.question.createMany({ data: missing, skipDuplicates: true })
    }
    for (const { key, ...data } of changed) {
      await tx.question.update({ where: { key }, data })
    }
  })
  return {
    created: missing.length,
    updated: changed.length,
    unchanged: rows.length - missing.length - changed.length,
  }
}

type QuestionRow = {
  key: string
  text: string
  competency: string
  kind: QuestionKind
  level: QuestionLevel
  followUps: string[]
  source: 'BANK'
}

const kinds = {
  behavioural: QuestionKind.BEHAVIOURAL,
  situational: QuestionKind.SITUATIONAL,
  technical: QuestionKind.TECHNICAL,
} as const

const levels = {
  any: QuestionLevel.ANY,
  junior: QuestionLevel.JUNIOR,
  mid: QuestionLevel.MID,
  senior: QuestionLevel.SENIOR,
} as const

function toRow(question: SeedableQuestion): QuestionRow {
  return {
    key: question.key,
    text: question.text,
    competency: question.competency,
    kind: kinds[question.kind],
    level: levels[question.level],
    followUps: [...question.followUps],
    source: 'BANK',
  }
}

function sameQuestion(
  current: Omit<QuestionRow, 'key' | 'source'> & { key: string | null },
  next: QuestionRow,
): boolean {
  return (
    current.text === next.text &&
    current.competency === next.competency &&
    current.kind === next.kind &&
    current.level === next.level &&
    current.followUps.length === next.followUps.length &&
    current.followUps.every((followUp, index) => followUp === next.followUps[index])
  )
}
