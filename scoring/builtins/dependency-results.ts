/**
 * Runs a built-in scorer with its default options and records it as the pipeline does (the
 * same runScorer), so that the cases of a dependent scorer (rewrite, follow-up) get real inputs.
 */
import { runScorer, silentLogger } from '../run-scorer.ts'
import type { Scorer, ScorerInput, ScorerResult } from '../types.ts'

/** @throws when the scorer fails or times out: a dependency's case input must be real */
export async function resultOf(
  scorer: Scorer<any>,
  input: Omit<ScorerInput, 'results' | 'locale'>,
): Promise<ScorerResult> {
  const result = await runScorer({
    entry: { scorer, weight: 1, options: {} },
    input: { ...input, locale: 'en-US', results: {} },
    logger: silentLogger,
  })
  if (result.status === 'failed' || result.status === 'timeout') throw new Error(result.reason!)
  // A fixed duration keeps the dependent scorer's input the same on every run.
  return { ...result, durationMs: 0 }
}
