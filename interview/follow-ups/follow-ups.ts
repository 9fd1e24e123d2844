/**
 * The follow-up exchange of an attempt on a planned question: at most one per planned question,
 * never a follow-up of a follow-up, created with the attempt's SCORED write. Its text is the LLM's suggestion when
 * a writer is configured and answers, else the scoring response's (local template) suggestion.
 */
import type {
  MockInterviewExchange,
  Prisma,
  QuestionKind as DbQuestionKind,
} from '../../generated/prisma/client.ts'
import type {
  FollowUpSuggestion,
  MockInterviewAttemptResponse,
  QuestionKind,
} from '../../scoring/index.ts'
import { followUpSchema } from '../../scoring/output-schema.ts'
import type { FollowUpWriter } from '../integrations/llm/follow-up-writer.ts'
import { decideFollowUp } from './follow-up-decision.ts'

export interface FollowUpPlan {
  /** the question to ask as a follow-up, or null when the answer earns none */
  ask: FollowUpSuggestion | null
  /** what the attempt stores as its follow-up suggestion */
  suggestion: FollowUpSuggestion | null
  /** the LLM was configured but did not answer: the local suggestion was used */
  degradedReason: string | null
}

export function toScoringKind(kind: DbQuestionKind): QuestionKind {
  return kind.toLowerCase() as QuestionKind
}

/**
 * Decides whether the answer earns a follow-up and writes its question (the LLM's when a writer
 * is configured and answers); writes nothing, so that the exchange is created in the same
 * transaction as the SCORED attempt (`insertFollowUp`): no follow-up for an attempt that fails.
 */
export async function planFollowUp({
  exchange,
  transcript,
  response,
  writer,
}: {
  /** `followUps`: how many it had when the job read it (checked again under the lock) */
  exchange: MockInterviewExchange & { followUps: number }
  transcript: string
  response: MockInterviewAttemptResponse
  writer?: FollowUpWriter
}): Promise<FollowUpPlan> {
  const none = { ask: null, suggestion: response.followUp, degradedReason: null }
  if (exchange.followUpOfId !== null) return none
  const decision = decideFollowUp(response, toScoringKind(exchange.kind))
  if (!decision.ask) return none
  if (exchange.followUps > 0) return none

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
  return { ask: suggestion, suggestion, degradedReason }
}

/**
 * Creates the follow-up exchange inside the caller's transaction, which holds the interview's
 * lock (`lockInterview`): checked again under it, so two attempts scored at once create one.
 */
export async function insertFollowUp(
  tx: Prisma.TransactionClient,
  exchange: MockInterviewExchange,
  question: FollowUpSuggestion,
  clock: () => Date,
): Promise<MockInterviewExchange | null> {
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
      questionText: question.question,
      competency: exchange.competency,
      kind: exchange.kind,
      followUpOfId: exchange.id,
      askedAt: clock(),
    },
  })
}
