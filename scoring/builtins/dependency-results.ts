/**
 * Runs a built-in scorer with its default options and records it as the pipeline would,
 * so that the cases of a dependent scorer (rewrite, follow-up) get real inputs.
 */
import type { Scorer, ScorerInput, ScorerResult } from '../types.ts'

export async function resultOf(
  scorer: Scorer<any>,
  input: Omit<ScorerInput, 'results' | 'locale'>,
): Promise<ScorerResult> {
  const output = await scorer.score(
    { ...input, locale: 'en-US', results: {} },
    {
      options: scorer.options ? scorer.options.parse({}) : {},
      signal: new AbortController().signal,
      deadline: Date.now() + 1_000,
      logger: { debug() {}, info() {}, warn() {} },
    },
  )
  const base = {
    id: scorer.id,
    version: scorer.version,
    dimension: scorer.dimension,
    durationMs: 0,
  }
  if ('abstain' in output) {
    return {
      ...base,
      status: 'abstained',
      score: null,
      label: null,
      feedback: [],
      metrics: output.metrics ?? {},
      suggestions: [],
      artifacts: output.artifacts ?? {},
      reason: `${scorer.id}: ${output.abstain.reason}`,
    }
  }
  return {
    ...base,
    status: 'ok',
    score: output.score,
    label: output.label,
    feedback: output.feedback,
    metrics: output.metrics,
    suggestions: output.suggestions,
    artifacts: output.artifacts ?? {},
    reason: null,
  }
}
