/**
 * Serialises writers of one interview — its exchanges (`order` is unique per interview) and
 * their attempts (`attemptNumber` is unique per exchange): `SELECT … FOR UPDATE` on the interview
 * row, inside the caller's transaction. Works on PostgreSQL and PGlite alike (decision 030).
 * It is the only row lock the engine takes, so no two writers can wait on each other in a
 * cycle (decision 035: an exchange lock taken before the interview's deadlocked on PostgreSQL).
 */
import type { MockInterviewStatus, Prisma } from '../../generated/prisma/client.ts'

export async function lockInterview(tx: Prisma.TransactionClient, interviewId: string) {
  await tx.$queryRaw`SELECT id FROM mock_interviews WHERE id = ${interviewId} FOR UPDATE`
}

/**
 * The same lock, taken by the statement that finds the interview of `exchangeId` among
 * `userId`'s and records the candidate's activity on it: an UPDATE holds its row until the
 * transaction ends, and conflicts with every other writer's `FOR UPDATE` (decision 094). Null
 * when the exchange is not one of the user's. The status is the one under the lock, so an
 * interview finished or abandoned a moment ago is seen as closed.
 */
export async function lockInterviewOfExchange(
  tx: Prisma.TransactionClient,
  { userId, exchangeId, activityAt }: { userId: string; exchangeId: string; activityAt: Date },
): Promise<{ id: string; status: MockInterviewStatus } | null> {
  const [interview] = await tx.mockInterview.updateManyAndReturn({
    where: { userId, exchanges: { some: { id: exchangeId } } },
    data: { lastActivityAt: activityAt },
    select: { id: true, status: true },
  })
  return interview ?? null
}
