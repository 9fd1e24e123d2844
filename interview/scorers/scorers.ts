/**
 * The scorers this server runs, as the API lists them. `ScoringSetup` is what server/ hands the
 * engine: the loaded scoring config (`loadScorerConfig`), LLM plugins included when configured.
 */
import type { ConfiguredScorer, PipelineOptions } from '../../scoring/index.ts'

/** Everything `runPipeline` takes from the config (a `LoadedScoringConfig` is one). */
export type ScoringSetup = { scorers: ConfiguredScorer[] } & Pick<
  PipelineOptions,
  'dimensionWeights' | 'gate' | 'overallCalibration' | 'defaultTimeoutMs'
>

export interface ScorerListing {
  id: string
  version: string
  dimension: string
  weight: number
  description: string
}

export function createScorers({ scoring }: { scoring: ScoringSetup }) {
  return {
    async list(): Promise<ScorerListing[]> {
      return scoring.scorers.map(({ scorer, weight }) => ({
        id: scorer.id,
        version: scorer.version,
        dimension: scorer.dimension,
        weight,
        description: scorer.description,
      }))
    },
  }
}

export type Scorers = ReturnType<typeof createScorers>
