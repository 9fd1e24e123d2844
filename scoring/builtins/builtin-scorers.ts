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
import judgement from './judgement/judgement.ts'
import ownership from './ownership/ownership.ts'
import pace from './pace/pace.ts'
import pauses from './pauses/pauses.ts'
import relevance from './relevance/relevance.ts'
import rewrite from './rewrite/rewrite.ts'
import specificity from './specificity/specificity.ts'
import star from './star/star.ts'
import topic from './topic/topic.ts'

export const builtinScorers: Scorer<any>[] = [
  star,
  relevance,
  topic,
  specificity,
  ownership,
  judgement,
  concision,
  pace,
  fillers,
  pauses,
  hedges,
  rewrite,
  followUp,
]

/** Weights: relevance and specificity carry content; rewrite and follow-up only produce artifacts.
 * Content weighs 1.8 (1.5 before judgement joined it) so that a scorer most answers pass does not
 * dilute content's share of the overall. */
export const defaultScorerConfig: ScoringConfigFile = {
  scorers: [
    { use: 'star', weight: 1 },
    { use: 'relevance', weight: 1 },
    { use: 'topic', weight: 2 },
    { use: 'specificity', weight: 1.5 },
    { use: 'ownership', weight: 1 },
    { use: 'judgement', weight: 1 },
    { use: 'concision', weight: 1 },
    { use: 'pace', weight: 1 },
    { use: 'fillers', weight: 1 },
    { use: 'pauses', weight: 0.5 },
    { use: 'hedges', weight: 0.5 },
    { use: 'rewrite', weight: 0 },
    { use: 'follow-up', weight: 0 },
  ],
  dimensionWeights: { content: 1.8, structure: 1, delivery: 0.35 },
  // see docs/decisions/050-relevance-gate.md; a red flag holds the gate too (decision 057), and
  // whether the answer is on the question is read two ways, relevance and topic, averaged
  // (decision 102); an answer off the question keeps as little as a fifth of its content and
  // structure (decision 104)
  gate: {
    scorer: [{ mean: ['relevance', 'topic'] }, 'judgement'],
    below: 50,
    floor: 0.2,
    dimensions: ['content', 'structure'],
  },
  // fitted (monotone) on the pooled label means of dev.json, holdout.json and unseen-1.json of
  // the gated weighted mean (1: 47.0, 2: 61.6, 3: 71.7, 4: 78.6, 5: 87.9, refitted when the topic
  // model came to read 21 competencies and the gate's floor fell to 0.2, decision 104) so that 5
  // reads ~86, 3 ~60 and 1–2 ~28–44 (decision 052)
  overallCalibration: [
    [0, 0],
    [47.0, 28],
    [61.6, 44],
    [71.7, 60],
    [78.6, 75],
    [87.9, 86],
    [100, 100],
  ],
}
