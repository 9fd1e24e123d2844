/**
 * Serialises writers of one interview's exchanges (their `order` is unique per interview):
 * `SELECT … FOR UPDATE` on the interview row, inside the caller's transaction. Works on
 * PostgreSQL and PGlite alike (decision 030).
 */
import type { Prisma } from '../../generated/prisma/client.ts'

export async function lockInterview(tx: Prisma.TransactionClient, interviewId: string) {
  await tx.$queryRaw`SELECT id FROM mock_interviews WHERE id = ${interviewId} FOR UPDATE`
}

export async function lockExchange(tx: Prisma.TransactionClient, exchangeId: string) {
  await tx.$queryRaw`SELECT id FROM mock_interview_exchanges WHERE id = ${exchangeId} FOR UPDATE`
}
