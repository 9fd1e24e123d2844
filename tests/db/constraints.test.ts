import { expect, test } from 'vitest'
import { Prisma } from '../../generated/prisma/client.ts'
import { describeWithDatabases } from '../setup/database.ts'
import { createUserWithEverything } from './fixtures.ts'

async function uniqueViolation(write: Promise<unknown>): Promise<string | undefined> {
  const error = await write.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return 'P2002'
  }
  throw new Error(`expected a unique constraint violation, got ${String(error)}`)
}

describeWithDatabases('constraints and deletes', (database) => {
  test('a second account with the same email is refused', async () => {
    const { prisma } = database()
    const { user } = await createUserWithEverything(prisma)
    const duplicate = prisma.user.create({ data: { email: user.email, passwordHash: 'x' } })
    expect(await uniqueViolation(duplicate)).toBe('P2002')
  })

  test('an exchange cannot have two attempts with the same number', async () => {
    const { prisma } = database()
    const { exchange } = await createUserWithEverything(prisma)
    const duplicate = prisma.mockInterviewAttempt.create({
      data: { exchangeId: exchange.id, attemptNumber: 2 },
    })
    expect(await uniqueViolation(duplicate)).toBe('P2002')
  })

  test('the same idempotency key on one exchange is refused, on another it is fine', async () => {
    const { prisma } = database()
    const { exchange, followUp, secondAttempt } = await createUserWithEverything(prisma)
    const key = secondAttempt.idempotencyKey
    const duplicate = prisma.mockInterviewAttempt.create({
      data: { exchangeId: exchange.id, attemptNumber: 3, idempotencyKey: key },
    })
    expect(await uniqueViolation(duplicate)).toBe('P2002')
    const elsewhere = await prisma.mockInterviewAttempt.create({
      data: { exchangeId: followUp.id, attemptNumber: 2, idempotencyKey: key },
    })
    expect(elsewhere.idempotencyKey).toBe(key)
  })

  test('deleting an attempt keeps the STAR story and clears its source link', async () => {
    const { prisma } = database()
    const { exchange, secondAttempt, story } = await createUserWithEverything(prisma)
    await prisma.mockInterviewAttempt.delete({ where: { id: secondAttempt.id } })
    const kept = await prisma.starStory.findUniqueOrThrow({ where: { id: story.id } })
    expect(kept.sourceAttemptId).toBeNull()
    expect(kept.title).toBe('Platform migration')
    const exchangeAfter = await prisma.mockInterviewExchange.findUniqueOrThrow({
      where: { id: exchange.id },
    })
    expect(exchangeAfter.finalAttemptId).toBeNull()
    expect(await prisma.scoreResult.count({ where: { attemptId: secondAttempt.id } })).toBe(0)
  })

  test('deleting a user deletes everything they own and nothing of anyone else', async () => {
    const { prisma } = database()
    const doomed = await createUserWithEverything(prisma)
    const other = await createUserWithEverything(prisma)
    await prisma.user.delete({ where: { id: doomed.user.id } })

    const userId = doomed.user.id
    const remaining = await Promise.all([
      prisma.session.count({ where: { userId } }),
      prisma.apiToken.count({ where: { userId } }),
      prisma.jobDescription.count({ where: { userId } }),
      prisma.question.count({ where: { userId } }),
      prisma.mockInterview.count({ where: { userId } }),
      prisma.mockInterviewExchange.count({ where: { interviewId: doomed.interview.id } }),
      prisma.mockInterviewAttempt.count({
        where: { exchangeId: { in: [doomed.exchange.id, doomed.followUp.id] } },
      }),
      prisma.scoreResult.count({ where: { attemptId: doomed.secondAttempt.id } }),
      prisma.starStory.count({ where: { userId } }),
    ])
    expect(remaining).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0])

    const survivor = await prisma.user.findUniqueOrThrow({
      where: { id: other.user.id },
      include: { interviews: { include: { exchanges: { include: { attempts: true } } } } },
    })
    expect(survivor.interviews[0].exchanges.flatMap((exchange) => exchange.attempts)).toHaveLength(
      3,
    )
  })
})
