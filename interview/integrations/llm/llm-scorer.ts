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
import { judgeAnswer, judgementLabel } from './answer-judgement.ts'
import { feedbackInside } from './evidence-spans.ts'

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
      const judged = await judgeAnswer(llm, input, {
        name: 'llm_content_judgement',
        schema: llmContentOutput,
        messages: contentMessages(input),
        signal,
        nothingToJudge: 'There is no answer to judge yet.',
        what: "The LLM's content judgement",
      })
      if ('abstained' in judged) return judged.abstained
      const { value, repaired } = judged
      const feedback = feedbackInside(value.feedback, input.transcript)
      return {
        score: value.content.score,
        label: judgementLabel(value.content),
        feedback,
        metrics: { model: llm.model, repaired },
        suggestions: feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
        artifacts: { followUp: value.followUp },
      }
    },
  })
}
