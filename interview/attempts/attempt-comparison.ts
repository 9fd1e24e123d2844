/** What changed between two scored attempts of one question: the diff the UI shows. */
import type { MockInterviewAttempt } from '../../generated/prisma/client.ts'
import type { MockInterviewAttemptResponse, StarPart } from '../../scoring/index.ts'

export type ScoreChange = { before: number | null; after: number | null; delta: number | null }
export type StarChange = 'gained' | 'lost' | 'kept' | 'missing'

export interface AttemptComparison {
  attemptId: string
  previousAttemptId: string
  overall: ScoreChange
  dimensions: { content: ScoreChange; delivery: ScoreChange; structure: ScoreChange }
  star: Record<StarPart, StarChange>
}

const parts: StarPart[] = ['situation', 'task', 'action', 'result']

function change(before: number | null, after: number | null): ScoreChange {
  const delta = before === null || after === null ? null : Math.round((after - before) * 10) / 10
  return { before, after, delta }
}

export function compareAttempts(
  previous: MockInterviewAttempt,
  current: MockInterviewAttempt,
): AttemptComparison {
  const before = previous.result as MockInterviewAttemptResponse | null
  const after = current.result as MockInterviewAttemptResponse | null
  const star = Object.fromEntries(
    parts.map((part) => {
      const had = before?.star?.[part].present ?? false
      const has = after?.star?.[part].present ?? false
      const state: StarChange = had && has ? 'kept' : has ? 'gained' : had ? 'lost' : 'missing'
      return [part, state]
    }),
  ) as Record<StarPart, StarChange>
  return {
    attemptId: current.id,
    previousAttemptId: previous.id,
    overall: change(previous.overallScore, current.overallScore),
    dimensions: {
      content: change(previous.contentScore, current.contentScore),
      delivery: change(previous.deliveryScore, current.deliveryScore),
      structure: change(previous.structureScore, current.structureScore),
    },
    star,
  }
}
