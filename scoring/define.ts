import type { AbstainOutput, Scorer } from './types.ts'

/**
 * Declares a scorer plugin. It only adds types: the plugin stays a plain object.
 *
 * @example
 * export default defineScorer({ id: 'fillers', version: '1.0.0', dimension: 'delivery', … })
 */
export function defineScorer<Options = unknown>(scorer: Scorer<Options>): Scorer<Options> {
  return scorer
}

/**
 * Declines to score, with a reason a candidate can read
 * ("This answer was typed, so there are no timings to measure pace from.").
 */
export function abstain(reason: string, extra: Omit<AbstainOutput, 'abstain'> = {}): AbstainOutput {
  return { abstain: { reason }, ...extra }
}
