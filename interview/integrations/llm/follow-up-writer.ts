/**
 * The LLM's follow-up question for an answer that missed a STAR part or stayed vague.
 * Throws ServiceUnavailableError when the LLM is down or answers badly twice; the follow-up
 * engine then uses its local templates.
 */
import { followUpSchema } from '../../../scoring/output-schema.ts'
import type { FollowUpSuggestion } from '../../../scoring/types.ts'
import { z } from 'zod'
import type { LlmClient } from './llm-client.ts'
import { followUpMessages } from './prompts.ts'
import { requestStructured } from './structured-output.ts'

export interface FollowUpRequest {
  question: string
  competency: string
  transcript: string
  /** what the last attempt missed, e.g. ['result', 'specificity'] */
  missing?: string[]
  signal?: AbortSignal
}

export interface FollowUpWriter {
  suggestFollowUp(request: FollowUpRequest): Promise<FollowUpSuggestion>
}

const followUpOutput = z.object({ followUp: followUpSchema })

export function createFollowUpWriter({ llm }: { llm: LlmClient }): FollowUpWriter {
  return {
    async suggestFollowUp({ signal, ...input }) {
      const { value } = await requestStructured(llm, {
        name: 'follow_up_question',
        schema: followUpOutput,
        messages: followUpMessages(input),
        signal,
      })
      return value.followUp
    },
  }
}
