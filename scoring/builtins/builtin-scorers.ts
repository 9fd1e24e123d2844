/**
 * The built-in scorers and the default scoring config that runs them. The config order
 * matters for artifacts: the first scorer that produces one wins.
 */
import type { ScoringConfigFile } from '../config.ts'
import type { Scorer } from '../types.ts'
import concision from './concision/concision.ts'
import fillers from './fillers/fillers.ts'
import followUp from './follow-up/follow-up.ts'
import hedges from './hedges/hedges.ts'
import ownership from './ownership/ownership.ts'
import pace from './pace/pace.ts'
import pauses from './pauses/pauses.ts'
import relevance from './relevance/relevance.ts'
import rewrite from './rewrite/rewrite.ts'
import specificity from './specificity/specificity.ts'
import star from './star/star.ts'

export const builtinScorers: Scorer<any>[] = [
  star,
  relevance,
  specificity,
  ownership,
  concision,
  pace,
  fillers,
  pauses,
  hedges,
  rewrite,
  followUp,
]

/** Weights: relevance and specificity carry content; rewrite and follow-up only produce artifacts. */
export const defaultScorerConfig: ScoringConfigFile = {
  scorers: [
    { use: 'star', weight: 1 },
    { use: 'relevance', weight: 1 },
    { use: 'specificity', weight: 1.5 },
    { use: 'ownership', weight: 1 },
    { use: 'concision', weight: 1 },
    { use: 'pace', weight: 1 },
    { use: 'fillers', weight: 1 },
    { use: 'pauses', weight: 0.5 },
    { use: 'hedges', weight: 0.5 },
    { use: 'rewrite', weight: 0 },
    { use: 'follow-up', weight: 0 },
  ],
  dimensionWeights: { content: 1.5, structure: 1, delivery: 0.35 },
  // see docs/decisions/050-relevance-gate.md
  gate: { scorer: 'relevance', below: 50, floor: 0.4, dimensions: ['content', 'structure'] },
  // fitted (monotone) on dev.json + holdout.json label means of the gated weighted mean
  // (1: 44, 2: 59, 3: 73, 4: 85, 5: 92) so that 5 reads ~86, 3 ~60 and 1–2 ~28–44
  overallCalibration: [
    [0, 0],
    [44, 28],
    [59, 44],
    [73, 60],
    [85, 75],
    [92, 86],
    [100, 100],
  ],
}
