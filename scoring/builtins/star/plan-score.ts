/**
 * Scores the shape of a plan (plan-shape.ts) for situational and technical questions, where
 * STAR's situation and result are not expected. Points per part, by kind; buzzwords and
 * self-description lose points. Pure.
 */
import type { FeedbackItem, MetricValue, Span } from '../../types.ts'
import type { PlanShape } from './plan-shape.ts'
import type { Finding } from '../judgement/red-flags.ts'

export type PlanKind = 'situational' | 'technical'

export const planMessages = {
  steps: 'The plan is laid out in concrete steps.',
  reasons: 'It gives the reasons for its steps.',
  checks: 'It says how the outcome would be checked.',
  contingencies: 'It says what happens if a step does not work, or what it weighs.',
  safeguards: 'The design deals with failure, load and duplicates.',
  missingSteps: 'Lay out the concrete steps you would take, in order.',
  missingStepsAfterExample:
    'You told what you did when it happened: now say, step by step, what you would do in the case the question describes.',
  missingReasons: 'Say why: give the reason behind your main steps.',
  missingChecks: 'Say how you would check that it worked.',
  missingContingency: {
    situational: 'Say what you would do if the first step did not work.',
    technical: 'Name a trade-off or an alternative you weighed.',
  } satisfies Record<PlanKind, string>,
  missingSafeguards: 'Say how the design copes with failure, load and duplicates.',
  buzzwords: 'Technology and framework names are not a plan: say what each part does and why.',
  redFlags:
    'Steps that hide the problem, misrepresent it, cut testing or force overtime make a plan that shows poor judgement, however well ordered.',
}

const WEIGHTS: Record<
  PlanKind,
  { steps: number; reasons: number; checks: number; contingency: number; extra: number }
> = {
  // extra: a real example or a size (situational), safeguards (technical)
  situational: { steps: 30, reasons: 20, checks: 20, contingency: 20, extra: 10 },
  technical: { steps: 25, reasons: 15, checks: 15, contingency: 10, extra: 35 },
}

export const planExpectation: Record<PlanKind, string> = {
  situational:
    'situational: a plan of concrete steps with reasons, a check on the outcome and a fallback; situation and result are not required',
  technical:
    'technical: an approach in concrete steps that handles failure, load and duplicates, with reasons, trade-offs and a way to check it; STAR is not required',
}

export interface PlanScore {
  score: number
  feedback: FeedbackItem[]
  metrics: Record<string, MetricValue>
}

const part = (n: number, target: number) => Math.min(1, n / target)

export function scorePlan(
  shape: PlanShape,
  kind: PlanKind,
  opts: {
    hasRealExample: boolean
    genericPenalty: number
    firstClause: Span[]
    /** red flags in the answer (judgement/red-flags.ts): a plan built on them shows poor judgement */
    redFlags: readonly Finding[]
  },
): PlanScore {
  const w = WEIGHTS[kind]
  const stepsPart = part(shape.steps.length, 4) * (shape.ordered.length > 0 ? 1 : 0.85)
  const extraPart =
    kind === 'technical'
      ? part(shape.safeguards.length, 4)
      : opts.hasRealExample || shape.sized.length > 0
        ? 1
        : 0
  const raw =
    w.steps * stepsPart +
    w.reasons * part(shape.reasons.length, 2) +
    w.checks * part(shape.checks.length, 2) +
    w.contingency * part(shape.contingencies.length, 2) +
    w.extra * extraPart
  const per100 = (n: number) => (shape.words === 0 ? 0 : (n * 100) / shape.words)
  const buzzLoss = Math.min(50, Math.max(0, per100(shape.buzzwords.length) - 1.5) * 8)
  const genericLoss = Math.min(30, opts.genericPenalty * shape.generic.length)
  // a plan buried in talk around it (context, opinions, asides) is harder to follow
  const focus = Math.min(1, 0.5 + shape.steps.length / Math.max(1, shape.clauses))
  // see docs/decisions/052-…: each kind of red flag takes a quarter of the plan's worth
  const flagKinds = new Set(opts.redFlags.map((f) => f.kind)).size
  const judgement = Math.max(0.25, 1 - 0.25 * flagKinds)
  const score = Math.round(
    Math.max(0, Math.min(100, (raw * focus - buzzLoss - genericLoss) * judgement)),
  )

  const feedback: FeedbackItem[] = []
  const strength = (message: string, evidence: Span[]) =>
    feedback.push({ kind: 'strength', message, evidence: evidence.slice(0, 3) })
  const improve = (message: string, evidence: Span[]) => {
    if (evidence.length > 0) feedback.push({ kind: 'improvement', message, evidence })
  }
  if (shape.steps.length >= 2) strength(planMessages.steps, shape.steps)
  else
    improve(
      opts.hasRealExample ? planMessages.missingStepsAfterExample : planMessages.missingSteps,
      opts.firstClause,
    )
  if (shape.reasons.length > 0) strength(planMessages.reasons, shape.reasons)
  else improve(planMessages.missingReasons, opts.firstClause)
  if (shape.checks.length > 0) strength(planMessages.checks, shape.checks)
  else improve(planMessages.missingChecks, opts.firstClause)
  if (shape.contingencies.length > 0) strength(planMessages.contingencies, shape.contingencies)
  else improve(planMessages.missingContingency[kind], opts.firstClause)
  if (kind === 'technical') {
    if (shape.safeguards.length >= 2) strength(planMessages.safeguards, shape.safeguardEvidence)
    else improve(planMessages.missingSafeguards, opts.firstClause)
  }
  if (buzzLoss > 0) improve(planMessages.buzzwords, shape.buzzwords.slice(0, 5))
  if (flagKinds > 0)
    improve(
      planMessages.redFlags,
      opts.redFlags.slice(0, 5).map(({ start, end }) => ({ start, end })),
    )

  return {
    score,
    feedback,
    metrics: {
      steps: shape.steps.length,
      orderedSteps: shape.ordered.length,
      reasons: shape.reasons.length,
      checks: shape.checks.length,
      contingencies: shape.contingencies.length,
      safeguards: shape.safeguards,
      planBuzzwords: shape.buzzwords.length,
      planRedFlags: flagKinds,
      stepShare: Math.round((shape.steps.length / Math.max(1, shape.clauses)) * 100) / 100,
    },
  }
}
