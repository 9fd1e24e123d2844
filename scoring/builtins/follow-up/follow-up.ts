import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, FollowUpSuggestion, Span, StarAnalysis, StarPart } from '../../types.ts'
import { TEMPLATES, type FollowUpTarget } from './follow-up-templates.ts'

const options = z.object({
  /** a relevance score below this makes relevance the thing to probe */
  relevanceFloor: z.number().min(0).max(100).default(30),
  /** a STAR hypothetical ratio above this makes "a real time" the thing to probe (behavioural only) */
  hypotheticalCeiling: z.number().min(0).max(1).default(0.4),
  /** an ownership score below this makes ownership the thing to probe */
  ownershipFloor: z.number().min(0).max(100).default(45),
})

/** How much each gap matters: the score is 100 minus this. */
const SEVERITY: Record<FollowUpTarget, number> = {
  hypothetical: 60,
  relevance: 60,
  action: 50,
  result: 45,
  ownership: 40,
  unmeasured: 35,
  situation: 30,
  task: 25,
  specificity: 20,
  reflection: 10,
}

/** The suggestion's `targets` for a probe it has no name of its own for. */
const SUGGESTION_TARGET: Partial<Record<FollowUpTarget, FollowUpSuggestion['targets']>> = {
  hypothetical: 'specificity',
  unmeasured: 'result',
  reflection: 'result',
}

export default defineScorer({
  id: 'follow-up',
  version: '1.1.1',
  dimension: 'structure',
  description:
    'A targeted follow-up question for the weakest or missing part of the answer. Its score is 100 minus how serious that gap is; configure it with weight 0.',
  dependsOn: ['star', 'relevance', 'ownership', 'specificity'],
  options,
  async score(input, { options: opts }) {
    const star = input.results.star?.artifacts.star as StarAnalysis | undefined
    if (!star) return abstain('The STAR analysis is missing, so there is no gap to ask about.')
    const metric = (id: string, key: string) => input.results[id]?.metrics[key]
    const scoreOf = (id: string) =>
      input.results[id]?.status === 'ok' ? input.results[id].score : null
    const behavioural = input.kind === 'behavioural'
    const hypothetical = Number(metric('star', 'hypotheticalRatio') ?? 0)
    const relevance = scoreOf('relevance')
    const ownership = scoreOf('ownership')
    const specificity = scoreOf('specificity')
    const order: StarPart[] = behavioural ? ['situation', 'task'] : []

    let target: FollowUpTarget = 'specificity'
    if (relevance !== null && relevance < opts.relevanceFloor) target = 'relevance'
    else if (behavioural && hypothetical > opts.hypotheticalCeiling) target = 'hypothetical'
    else if (!star.action.present || !star.result.present)
      target = !star.action.present ? 'action' : 'result'
    else if (ownership !== null && ownership < opts.ownershipFloor && input.kind !== 'technical')
      target = 'ownership'
    else if (order.some((p) => !star[p].present)) target = order.find((p) => !star[p].present)!
    else if (!star.quantified && behavioural) target = 'unmeasured'
    // nothing is missing: an interviewer asks what the candidate took from it
    else if (specificity !== null && specificity >= 75) target = 'reflection'

    const template = TEMPLATES[target]
    const question = template.question.replace('{competency}', input.competency.toLowerCase())
    const clauses = (['situation', 'task', 'action', 'result'] as const).flatMap(
      (p) => star[p].evidence,
    )
    const trimmed = input.transcript.trimEnd()
    const fallback: Span[] =
      trimmed.length > 0
        ? [
            {
              start:
                input.transcript.length -
                trimmed.length +
                trimmed.length -
                Math.min(trimmed.length, 120),
              end: trimmed.length,
            },
          ]
        : []
    // quote what the question is about: the result, or the actions told with "we"
    const evidence = (
      (target === 'result' || target === 'unmeasured' || target === 'reflection') &&
      star.result.present
        ? star.result.evidence
        : target === 'ownership' && star.action.present
          ? star.action.evidence
          : clauses
    ).slice(0, 2)
    const feedback: FeedbackItem[] = []
    const quoted = evidence.length > 0 ? evidence : fallback
    if (quoted.length > 0 && quoted[0].end > quoted[0].start)
      feedback.push({
        kind: 'improvement',
        message: `${template.reason} Follow-up: ${question}`,
        evidence: quoted,
      })
    const score = 100 - SEVERITY[target]
    return {
      score,
      label: `probe ${target}`,
      feedback,
      metrics: {
        target,
        expectation: behavioural
          ? 'behavioural: a past STAR story'
          : `${input.kind}: an approach and its outcome`,
      },
      suggestions: [question],
      artifacts: {
        followUp: {
          question,
          targets: SUGGESTION_TARGET[target] ?? (target as FollowUpSuggestion['targets']),
          reason: template.reason,
        },
      },
    }
  },
})
