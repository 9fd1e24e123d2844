/**
 * Small scorers for the SDK's own tests: each behaves one way (scores, throws, hangs…).
 * Not exported from the SDK.
 */
import { abstain, defineScorer } from './define.ts'
import type { AnswerInput } from './pipeline.ts'
import type { ConfiguredScorer, Scorer, ScorerOutput } from './types.ts'

export const answer: AnswerInput = {
  question: 'Tell me about a time you led a project under pressure.',
  kind: 'behavioural',
  competency: 'leadership',
  transcript: 'I led the billing system migration and we cut invoice errors by 40 percent.',
}

export function fixedScorer(
  id: string,
  score: number,
  extra: Partial<Scorer> & { output?: Partial<ScorerOutput> } = {},
): Scorer {
  const { output, ...rest } = extra
  return defineScorer({
    id,
    version: '1.0.0',
    dimension: 'content',
    description: `always scores ${score}`,
    async score() {
      return {
        score,
        label: `scored ${score}`,
        feedback: [],
        metrics: {},
        suggestions: [],
        ...output,
      } as ScorerOutput
    },
    ...rest,
  })
}

export function throwingScorer(id: string, dimension = 'content'): Scorer {
  return fixedScorer(id, 0, {
    dimension,
    async score() {
      throw new Error('the plugin broke')
    },
  })
}

export function hangingScorer(id: string, dimension = 'content'): Scorer {
  return fixedScorer(id, 0, { dimension, score: () => new Promise<never>(() => {}) })
}

export function abstainingScorer(id: string, dimension = 'delivery'): Scorer {
  return fixedScorer(id, 0, {
    dimension,
    async score() {
      return abstain('this answer was typed, so there are no timings')
    },
  })
}

export function configure(
  scorer: Scorer,
  weight = 1,
  extra: Partial<ConfiguredScorer> = {},
): ConfiguredScorer {
  return { scorer, weight, options: {}, ...extra }
}
