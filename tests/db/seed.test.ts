import { expect, test } from 'vitest'
import { seedDatabase } from '../../prisma/seed.ts'
import { questionBank } from '../../prisma/seed/question-bank.ts'
import { describeWithDatabases } from '../setup/database.ts'

describeWithDatabases('seeding', (database) => {
  test('seeding fills the question bank once; seeding again changes nothing', async () => {
    const { prisma } = database()
    const first = await seedDatabase(prisma)
    expect(first).toEqual({ created: questionBank.length, updated: 0, unchanged: 0 })

    const snapshot = await prisma.question.findMany({ orderBy: { key: 'asc' } })
    const second = await seedDatabase(prisma)
    expect(second).toEqual({ created: 0, updated: 0, unchanged: questionBank.length })
    expect(await prisma.question.findMany({ orderBy: { key: 'asc' } })).toEqual(snapshot)
  })

  test('seeded questions keep their competency, kind, level and follow-ups', async () => {
    const { prisma } = database()
    await seedDatabase(prisma)
    const sample = questionBank[0]
    const row = await prisma.question.findUniqueOrThrow({ where: { key: sample.key } })
    expect(row).toMatchObject({
      text: sample.text,
      competency: sample.competency,
      kind: sample.kind.toUpperCase(),
      level: sample.level.toUpperCase(),
      followUps: [...sample.followUps],
      source: 'BANK',
    })
  })

  test('a reworded bank question updates its row in place', async () => {
    const { prisma } = database()
    await seedDatabase(prisma)
    const [sample, ...rest] = questionBank
    const reworded = { ...sample, text: `${sample.text} Be specific.` }
    const counts = await seedDatabase(prisma, [reworded, ...rest])
    expect(counts).toEqual({ created: 0, updated: 1, unchanged: rest.length })
    const row = await prisma.question.findUniqueOrThrow({ where: { key: sample.key } })
    expect(row.text).toBe(reworded.text)
    expect(await prisma.question.count({ where: { source: 'BANK' } })).toBe(questionBank.length)
  })
})
