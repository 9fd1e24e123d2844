/**
 * `llm-rewrite`: the LLM polishes the answer into STAR order and judges its structure. The
 * rewrite must pass the same faithfulness check as the local one (no number, name or word the
 * candidate did not say): an unfaithful rewrite is rejected and the local rewrite stands.
 * Its dimension is `structure` because the STAR judgement is what it scores; configure it
 * with weight 0 to keep only the rewrite (docs/decisions/022-llm-rewrite-scores-structure.md).
 */
import { z } from 'zod'
import { defineScorer } from '../../../scoring/define.ts'
import { MockInterviewAttemptLlmOutput } from '../../../scoring/response.ts'
import { checkFaithfulness } from '../../../scoring/text/faithfulness.ts'
import type { Scorer } from '../../../scoring/types.ts'
import type { LlmClient } from './llm-client.ts'
import { judgeAnswer, judgementLabel } from './answer-judgement.ts'
import { starInside } from './evidence-spans.ts'
import { rewriteMessages } from './prompts.ts'

const subset = MockInterviewAttemptLlmOutput.shape

/** The part of the response subset this scorer asks for. */
export const llmRewriteOutput = z.object({
  structure: subset.dimensions.shape.structure,
  star: subset.star,
  rewrite: subset.rewrite,
})

export type LlmRewriteOutput = z.infer<typeof llmRewriteOutput>

export function createLlmRewriter({ llm }: { llm: LlmClient }): Scorer {
  return defineScorer({
    id: 'llm-rewrite',
    version: '1.0.0',
    dimension: 'structure',
    description: `A STAR rewrite of the answer by an LLM (${llm.model}), checked for faithfulness, and its judgement of the structure.`,
    async score(input, { signal }) {
      const judged = await judgeAnswer(llm, input, {
        name: 'llm_star_rewrite',
        schema: llmRewriteOutput,
        messages: rewriteMessages(input),
        signal,
        nothingToJudge: 'There is no answer to rewrite yet.',
        what: "The LLM's rewrite",
      })
      if ('abstained' in judged) return judged.abstained
      const { value, repaired } = judged
      const faithfulness = checkFaithfulness(input.transcript, value.rewrite)
      if (!faithfulness.faithful) {
        const added = [...new Set(faithfulness.violations.map((v) => `"${v.value}"`))].slice(0, 5)
        return {
          abstain: {
            reason: `The LLM's rewrite added ${added.join(', ')}, which the answer never said, so it was rejected; the local rewrite stands.`,
          },
          metrics: {
            model: llm.model,
            repaired,
            unfaithfulWords: faithfulness.violations.map((v) => v.value),
          },
        }
      }
      return {
        score: value.structure.score,
        label: judgementLabel(value.structure),
        feedback: [],
        metrics: { model: llm.model, repaired },
        suggestions: [],
        artifacts: { rewrite: value.rewrite, star: starInside(value.star, input.transcript) },
      }
    },
  })
}
