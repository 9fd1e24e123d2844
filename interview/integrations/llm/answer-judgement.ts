/**
 * What the LLM scorers share: an empty answer is not sent, one structured request is, and an
 * unavailable LLM becomes the abstention a candidate reads (the local result stands).
 */
import type { AbstainOutput, ScorerInput } from '../../../scoring/types.ts'
import { band } from './evidence-spans.ts'
import type { LlmClient } from './llm-client.ts'
import { abstainForService } from './service-abstention.ts'
import {
  requestStructured,
  type StructuredAnswer,
  type StructuredRequest,
} from './structured-output.ts'

export interface AnswerJudgementRequest<T> extends StructuredRequest<T> {
  /** why the scorer abstains on an empty transcript */
  nothingToJudge: string
  /** what the candidate misses when the LLM is unavailable, e.g. "The LLM's rewrite" */
  what: string
}

export type AnswerJudgement<T> = StructuredAnswer<T> | { abstained: AbstainOutput }

export async function judgeAnswer<T>(
  llm: LlmClient,
  input: Pick<ScorerInput, 'transcript'>,
  { nothingToJudge, what, ...request }: AnswerJudgementRequest<T>,
): Promise<AnswerJudgement<T>> {
  if (input.transcript.trim() === '') return { abstained: { abstain: { reason: nothingToJudge } } }
  try {
    return await requestStructured(llm, request)
  } catch (error) {
    return { abstained: abstainForService(error, what, { model: llm.model }) }
  }
}

/** The label of an LLM's judgement: its band, then its one-sentence reason. */
export function judgementLabel({ score, reason }: { score: number; reason: string }): string {
  return `${band(score)}: ${reason}`
}
