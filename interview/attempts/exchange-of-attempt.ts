import type { MockInterviewExchange, PrismaClient } from '../../generated/prisma/client.ts'

/** The exchange an attempt answers, with its question's bank key and its follow-ups' count. */
export type ExchangeOfAttempt = MockInterviewExchange & {
  questionKey: string | null
  followUps: number
}

/**
 * The scoring job's first read, in one statement (decision 106): Prisma reads a relation with a
 * second statement and counts a relation by grouping the whole table, and on the embedded
 * database every statement waits its turn on the one connection. The columns are named as Prisma
 * names them, so the row is the MockInterviewExchange Prisma would return (a test holds the two
 * equal). Null when the attempt is gone.
 */
export async function readExchangeOfAttempt(
  db: PrismaClient,
  attemptId: string,
): Promise<ExchangeOfAttempt | null> {
  const [row] = await db.$queryRaw<ExchangeOfAttempt[]>`
    SELECT e.id, e.interview_id AS "interviewId", e."order", e.question_id AS "questionId",
           e.question_text AS "questionText", e.competency, e.kind::text AS kind,
           e.follow_up_of_id AS "followUpOfId", e.final_attempt_id AS "finalAttemptId",
           e.asked_at AS "askedAt", q.key AS "questionKey",
           (SELECT count(*)::int FROM mock_interview_exchanges f WHERE f.follow_up_of_id = e.id)
             AS "followUps"
    FROM mock_interview_attempts a
    JOIN mock_interview_exchanges e ON e.id = a.exchange_id
    LEFT JOIN questions q ON q.id = e.question_id
    WHERE a.id = ${attemptId}`
  return row ?? null
}
