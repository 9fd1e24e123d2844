import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { StarAnalysis } from '../../types.ts'
import { checkFaithfulness } from '../../text/faithfulness.ts'
import { polish } from './polish.ts'

const options = z.object({})

export const messages = {
  tight: 'Most of what you said belongs in the story.',
  trimmed: 'The polished version keeps only the parts of your answer that tell the story.',
}

export default defineScorer({
  id: 'rewrite',
  version: '1.1.0',
  dimension: 'structure',
  description:
    "A polished version of the answer in STAR order, without fillers and hedges, built only from the candidate's own clauses and checked for faithfulness. Its score is the share of the answer the rewrite keeps; configure it with weight 0.",
  dependsOn: ['star'],
  options,
  async score(input) {
    const star = input.results.star?.artifacts.star as StarAnalysis | undefined
    if (!star)
      return abstain('The STAR analysis is missing, so there is no structure to rewrite in.')
    const { text, usedChars } = polish(input.transcript, star, input.kind)
    if (!text)
      return abstain(
        'No situation, task, action or result was found to build a polished answer from.',
      )
    const report = checkFaithfulness(input.transcript, text)
    if (!report.faithful) {
      return abstain(
        `The rewrite would have added words the candidate did not say (${report.violations.map((v) => v.value).join(', ')}), so none is offered.`,
      )
    }
    const share = Math.min(1, usedChars / Math.max(1, input.transcript.trim().length))
    const score = Math.round(100 * share)
    const kept = (['situation', 'task', 'action', 'result'] as const)
      .flatMap((p) => star[p].evidence)
      .slice(0, 4)
    return {
      score,
      label: score >= 70 ? 'little to cut' : 'trimmed',
      feedback:
        kept.length > 0
          ? [
              {
                kind: 'strength',
                message: score >= 70 ? messages.tight : messages.trimmed,
                evidence: kept,
              },
            ]
          : [],
      metrics: {
        keptShare: Math.round(share * 100) / 100,
        rewriteWords: text.split(/\s+/).length,
        faithful: true,
      },
      suggestions: [],
      artifacts: { rewrite: text },
    }
  },
})
