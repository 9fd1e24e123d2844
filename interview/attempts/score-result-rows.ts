/**
 * Storing a scorer's result as a `score_results` row: a first run inserts each batch in one
 * statement, a resumed run replaces row by row. Unique by attempt and scorer, so no run ever
 * stores a result twice.
 */
import { randomUUID } from 'node:crypto'
import { Prisma, type PrismaClient, type ScoreResult } from '../../generated/prisma/client.ts'
import type { ScorerResult } from '../../scoring/index.ts'

export type Weights = Map<string, number>

/**
 * A `score_results` row's columns (table alias `r`) under the names Prisma gives them, so a row
 * read or returned by hand-written SQL is the ScoreResult Prisma would return.
 */
export const scoreResultColumns = Prisma.sql`r.id, r.attempt_id AS "attemptId",
  r.scorer_id AS "scorerId", r.scorer_version AS "scorerVersion", r.dimension,
  r.status::text AS status, r.score, r.label, r.weight, r.feedback, r.evidence, r.metrics,
  r.suggestions, r.error, r.duration_ms AS "durationMs", r.created_at AS "createdAt"`

function resultData(result: ScorerResult, weights: Weights) {
  return {
    scorerVersion: result.version,
    dimension: result.dimension,
    status: result.status.toUpperCase() as ScoreResult['status'],
    score: result.score,
    label: result.label,
    weight: weights.get(result.id) ?? 1,
    feedback: result.feedback as unknown as Prisma.InputJsonValue,
    evidence: result.feedback.flatMap((item) => item.evidence) as unknown as Prisma.InputJsonValue,
    metrics: result.metrics as Prisma.InputJsonValue,
    suggestions: result.suggestions,
    error: result.reason,
    durationMs: Math.round(result.durationMs),
  }
}

/**
 * One statement for the batch, returned in its order. A row another run of this job stored first
 * (a stalled job taken over while its first worker still lives) is skipped: that run announced it.
 * Written in SQL because Prisma compiles a createMany afresh on every call (its plan depends on
 * the number of rows): that compile was an eighth of the server's thread under load (decision
 * 099). The rows come back with the columns named as Prisma names them, so each is the
 * ScoreResult Prisma would return (tests/engine/attempts.test.ts holds the two equal).
 */
export async function insertResults(
  db: PrismaClient,
  attemptId: string,
  results: ScorerResult[],
  weights: Weights,
  createdAt: Date,
): Promise<ScoreResult[]> {
  const rows = results.map((result) => {
    const data = resultData(result, weights)
    return {
      id: randomUUID(),
      attempt_id: attemptId,
      scorer_id: result.id,
      scorer_version: data.scorerVersion,
      dimension: data.dimension,
      status: data.status,
      score: data.score,
      label: data.label,
      weight: data.weight,
      feedback: data.feedback,
      evidence: data.evidence,
      metrics: data.metrics,
      suggestions: data.suggestions,
      error: data.error,
      duration_ms: data.durationMs,
      created_at: createdAt.toISOString(),
    }
  })
  const inserted = await db.$queryRaw<(Omit<ScoreResult, 'status'> & { status: string })[]>`
    INSERT INTO score_results AS r (id, attempt_id, scorer_id, scorer_version, dimension, status, score,
      label, weight, feedback, evidence, metrics, suggestions, error, duration_ms, created_at)
    SELECT id, attempt_id, scorer_id, scorer_version, dimension,
      status::"ScoreResultStatus", score, label, weight, feedback, evidence, metrics, suggestions,
      error, duration_ms, created_at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS row(id text, attempt_id text,
      scorer_id text, scorer_version text, dimension text, status text, score double precision,
      label text, weight double precision, feedback jsonb, evidence jsonb, metrics jsonb,
      suggestions text[], error text, duration_ms integer, created_at timestamp(3))
    ON CONFLICT (attempt_id, scorer_id) DO NOTHING
    RETURNING ${scoreResultColumns}`
  const order = new Map(results.map((result, index) => [result.id, index]))
  return (inserted as ScoreResult[]).sort((a, b) => order.get(a.scorerId)! - order.get(b.scorerId)!)
}

export function upsertResult(
  db: PrismaClient,
  attemptId: string,
  result: ScorerResult,
  weights: Weights,
): Promise<ScoreResult> {
  const data = resultData(result, weights)
  return db.scoreResult.upsert({
    where: { attemptId_scorerId: { attemptId, scorerId: result.id } },
    create: { attemptId, scorerId: result.id, ...data },
    update: data,
  })
}
