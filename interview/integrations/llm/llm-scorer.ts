/**
 * `llm-content`: the LLM's judgement of an answer's content (relevance, specificity,
 * ownership), its feedback with evidence, and a follow-up suggestion. Abstains, naming the
 * service and the cause, when the LLM is unavailable or answers badly twice: the local
 * content scorers' result then stands.
 */
import { z } from 'zod'
import { defineScorer } from '../../../scoring/define.ts'
import { MockInterviewAttemptLlmOutput } from '../../../scoring/response.ts'
import type { Scorer } from '../../../scoring/types.ts'
import type { LlmClient } from './llm-client.ts'
import { contentMessages } from './prompts.ts'
import { band, feedbackInside } from './evidence-spans.ts'
import { abstainForService } from './service-abstention.ts'
import { requestStructured } from './structured-output.ts'

const subset = MockInterviewAttemptLlmOutput.shape

/** The part of the response subset this scorer asks for. */
export const llmContentOutput = z.object({
  content: subset.dimensions.shape.content,
  feedback: subset.feedback,
  followUp: subset.followUp,
})

export type LlmContentOutput = z.infer<typeof llmContentOutput>

export function createLlmScorer({ llm }: { llm: LlmClient }): Scorer {
  return defineScorer({
    id: 'llm-content',
    version: '1.0.0',
    dimension: 'content',
    description: `The content of the answer as judged by an LLM (${llm.model}): relevance, specificity and ownership.`,
    async score(input, { signal }) {
      if (input.transcript.trim() === '')
        return { abstain: { reason: 'There is no answer to judge yet.' } }
      try {
        const { value, repaired } = await requestStructured(llm, {
          name: 'llm_content_judgement',
          schema: llmContentOutput,
          messages: contentMessages(input),
          signal,
        })
        const feedback = feedbackInside(value.feedback, input.transcript)
        return {
          score: value.content.score,
          label: `${band(value.content.score)}: ${value.content.reason}`,
          feedback,
          metrics: { model: llm.model, repaired },
          suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
          artifacts: { followUp: value.followUp },
        }
      } catch (error) {
        return abstainForService(error, "The LLM's content judgement", { model: llm.model })
      }
    },
  })
}
