/**
 * Serialises writers of one interview — its exchanges (`order` is unique per interview) and
 * their attempts (`attemptNumber` is unique per exchange): `SELECT … FOR UPDATE` on the interview
 * row, inside the caller's transaction. Works on PostgreSQL and PGlite alike (decision 030).
 * It is the only row lock the engine takes, so no two writers can wait on each other in a
 * cycle (decision 035: an exchange lock taken before the interview's deadlocked on PostgreSQL).
 */
import type { Prisma } from '../../generated/prisma/client.ts'

export async function lockInterview(tx: Prisma.TransactionClient, interviewId: string) {
  await tx.$queryRaw`SELECT id FROM mock_interviews WHERE id = ${interviewId} FOR UPDATE`
}
