/**
 * The scoring config the app runs: `scoring.config.json` as loaded (the same as the CLI and the
 * eval), plus the LLM scorer and rewriter when OpenAI is configured.
 */
import type { LlmClient } from '../interview/integrations/llm/llm-client.ts'
import { createLlmRewriter } from '../interview/integrations/llm/llm-rewriter.ts'
import { createLlmScorer } from '../interview/integrations/llm/llm-scorer.ts'
import type { ScoringSetup } from '../interview/scorers/scorers.ts'
import { builtinScorers } from '../scoring/builtins/builtin-scorers.ts'
import {
  defaultScorerConfig,
  loadScorerConfig,
  orderScorers,
  scoringConfigSchema,
  type ConfiguredScorer,
} from '../scoring/index.ts'

/** How the server's OpenAI client retries; the LLM scorers' deadline is derived from it. */
export const openAiRequests = { timeoutMs: 20_000, maxRetries: 2 }

/** The OpenAI SDK's backoff: 0.5 s doubling per retry, at most 8 s (jitter only shortens it). */
const sdkBackoffMs = (retry: number) => Math.min(500 * 2 ** retry, 8_000)

/**
 * A deadline the pipeline gives an LLM scorer: every try timing out, each backoff, and a margin,
 * so that the client's own retries end (and the scorer abstains, degraded) before the pipeline
 * times it out.
 */
export function llmDeadlineMs({
  timeoutMs,
  maxRetries,
}: {
  timeoutMs: number
  maxRetries: number
}) {
  let backoff = 0
  for (let retry = 0; retry < maxRetries; retry++) backoff += sdkBackoffMs(retry)
  return timeoutMs * (maxRetries + 1) + backoff + 2_000
}

/** Loads the scoring config file; built-in ids resolve to the built-in scorers. */
export function loadScoring(path: string): Promise<ScoringSetup> {
  return loadScorerConfig(path, { builtins: builtinScorers })
}

/**
 * The loaded config with `llm-content` and `llm-rewrite` put first when an LLM is configured:
 * first in the configured order, their rewrite and follow-up win when they have one, and the local
 * ones stand when they abstain (docs/integrations.md). `llm-content` weighs as one content scorer;
 * `llm-rewrite` has weight 0, so only its rewrite and STAR parts count (decision 022). Pure.
 */
export function buildScoringConfig({
  loaded,
  llm,
}: {
  loaded: ScoringSetup
  llm?: { client: LlmClient; timeoutMs: number; maxRetries: number }
}): ScoringSetup {
  if (!llm) return loaded
  const configured = new Set(loaded.scorers.map((entry) => entry.scorer.id))
  const timeoutMs = llmDeadlineMs(llm)
  const added: ConfiguredScorer[] = [
    { scorer: createLlmScorer({ llm: llm.client }), weight: 1, options: {}, timeoutMs },
    { scorer: createLlmRewriter({ llm: llm.client }), weight: 0, options: {}, timeoutMs },
  ].filter((entry) => !configured.has(entry.scorer.id))
  const scorers = [...added, ...loaded.scorers]
  orderScorers(scorers)
  return { ...loaded, scorers }
}

/** The built-in default config (what scoring.config.json ships with), without reading a file. */
export function builtinScoring(): ScoringSetup {
  const config = scoringConfigSchema.parse(defaultScorerConfig)
  const byId = new Map(builtinScorers.map((scorer) => [scorer.id, scorer]))
  const scorers = config.scorers.map((entry): ConfiguredScorer => {
    const scorer = byId.get(entry.use)
    if (!scorer) throw new Error(`The default scoring config names an unknown scorer ${entry.use}.`)
    return { scorer, weight: entry.weight, options: entry.options }
  })
  orderScorers(scorers)
  return {
    scorers,
    dimensionWeights: config.dimensionWeights,
    gate: config.gate,
    overallCalibration: config.overallCalibration,
    defaultTimeoutMs: config.defaultTimeoutMs,
  }
}
