/**
 * Creates the follow-up exchange after an attempt on a planned question is scored: at most one
 * per planned question, never a follow-up of a follow-up. Its text is the LLM's suggestion when
 * a writer is configured and answers, else the scoring response's (local template) suggestion.
 */
import type {
  MockInterviewExchange,
  PrismaClient,
  QuestionKind as DbQuestionKind,
} from '../../generated/prisma/client.ts'
import type {
  FollowUpSuggestion,
  MockInterviewAttemptResponse,
  QuestionKind,
} from '../../scoring/index.ts'
import { followUpSchema } from '../../scoring/output-schema.ts'
import type { FollowUpWriter } from '../integrations/llm/follow-up-writer.ts'
import { lockInterview } from '../interviews/interview-lock.ts'
import { decideFollowUp } from './follow-up-decision.ts'

export interface FollowUpOutcome {
  exchange: MockInterviewExchange | null
  suggestion: FollowUpSuggestion | null
  /** the LLM was configured but did not answer: the local suggestion was used */
  degradedReason: string | null
}

export function toScoringKind(kind: DbQuestionKind): QuestionKind {
  return kind.toLowerCase() as QuestionKind
}

export async function createFollowUpIfNeeded({
  db,
  exchange,
  transcript,
  response,
  writer,
  clock,
}: {
  db: PrismaClient
  exchange: MockInterviewExchange
  transcript: string
  response: MockInterviewAttemptResponse
  writer?: FollowUpWriter
  clock: () => Date
}): Promise<FollowUpOutcome> {
  const none = { exchange: null, suggestion: response.followUp, degradedReason: null }
  if (exchange.followUpOfId !== null) return none
  const decision = decideFollowUp(response, toScoringKind(exchange.kind))
  if (!decision.ask) return none
  const already = await db.mockInterviewExchange.count({ where: { followUpOfId: exchange.id } })
  if (already > 0) return none

  let suggestion = response.followUp
  let degradedReason: string | null = null
  if (writer) {
    try {
      // the writer is a seam: whatever implements it, a blank or malformed question is never asked
      const written = followUpSchema.safeParse(
        await writer.suggestFollowUp({
          question: exchange.questionText,
          competency: exchange.competency,
          transcript,
          missing: decision.missing,
        }),
      )
      if (!written.success || written.data.question.trim() === '')
        throw new Error('it wrote no usable question')
      suggestion = written.data
    } catch (error) {
      degradedReason = `The LLM follow-up was unavailable (${(error as Error).message}); a local follow-up was asked.`
    }
  }
  if (!suggestion) return { ...none, degradedReason }

  const text = suggestion.question
  const created = await db.$transaction(async (tx) => {
    await lockInterview(tx, exchange.interviewId)
    // checked again under the lock: two attempts scored at once create one follow-up
    if ((await tx.mockInterviewExchange.count({ where: { followUpOfId: exchange.id } })) > 0) {
      return null
    }
    const last = await tx.mockInterviewExchange.aggregate({
      where: { interviewId: exchange.interviewId },
      _max: { order: true },
    })
    return tx.mockInterviewExchange.create({
      data: {
        interviewId: exchange.interviewId,
        order: (last._max.order ?? 0) + 1,
        questionText: text,
        competency: exchange.competency,
        kind: exchange.kind,
        followUpOfId: exchange.id,
        askedAt: clock(),
      },
    })
  })
  return { exchange: created, suggestion, degradedReason }
}
