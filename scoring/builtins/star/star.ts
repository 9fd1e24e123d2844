import { z } from 'zod'
import { abstain, defineScorer } from '../../define.ts'
import type { FeedbackItem, MetricValue, Span, StarAnalysis, StarPart } from '../../types.ts'
import { analyseStar, STAR_PARTS, type StarTextAnalysis } from './star-analysis.ts'
import { analysePlan } from './plan-shape.ts'
import { planExpectation, scorePlan } from './plan-score.ts'
import { findRedFlags } from '../judgement/red-flags.ts'

const options = z.object({
  /** fewer words than this: nothing to judge, abstain */
  minWords: z.number().int().min(1).default(8),
  /** points lost per generic self-description, up to 30 */
  genericPenalty: z.number().min(0).max(30).default(10),
})

/** Points per STAR part and how hypothetical talk is judged, for behavioural questions (plans: plan-score.ts). */
const BEHAVIOURAL: {
  weights: Record<StarPart, number>
  hypotheticalPenalty: number
  text: string
} = {
  weights: { situation: 15, task: 15, action: 35, result: 35 },
  hypotheticalPenalty: 50,
  text: 'behavioural: a past story in STAR order; "I would…" is a weakness',
}

export const messages = {
  present: (part: StarPart) => `The ${part} is clear.`,
  missing: {
    situation: 'Set the scene first: where you were, when, and what was at stake.',
    task: 'Say what you had to achieve or were responsible for.',
    action: 'Describe the steps you took yourself, in order.',
    result: 'End with the outcome: what changed, ideally in numbers.',
  } satisfies Record<StarPart, string>,
  unquantified: 'The result has no number: say how much, how many or how fast.',
  quantified: 'The result is measured.',
  hypothetical:
    'This describes what you would do, not what you did: tell one real time it happened.',
  partlyHypothetical:
    'Most of this is what you did; the lines on what you would do count for less than what happened.',
  generic: 'Self-description is not evidence: replace it with what you did.',
  weHeavy: 'Mostly "we": say which part was yours.',
  taskImplied:
    'Your part is clear from what you did; one sentence on what you set out to achieve would make the task explicit.',
}

/**
 * The teller's own part in a real story told in the first person, when they never put it in words:
 * a situation set, two or more things they did themselves, more "I" than "we", and mostly not
 * hypothetical. What they took on is then evident from what they did, as an interviewer hears it
 * (star 2.5.0); the evidence is the first thing they did. Empty when the story does not show it.
 */
function impliedTask(analysis: StarTextAnalysis): Span[] {
  if (analysis.parts.situation.length === 0 || analysis.hypotheticalRatio >= 0.5) return []
  if (analysis.iCount <= analysis.weCount) return []
  const own = analysis.clauses.filter((c) => c.part === 'action' && c.subject === 'i')
  return own.length >= 2 ? [{ start: own[0].start, end: own[0].end }] : []
}

function toStar(analysis: StarTextAnalysis): { star: StarAnalysis; taskImplied: boolean } {
  const part = (p: StarPart) => ({
    present: analysis.parts[p].length > 0,
    evidence: analysis.parts[p],
  })
  const stated = part('task')
  const implied = stated.present ? [] : impliedTask(analysis)
  const star = {
    situation: part('situation'),
    task: implied.length > 0 ? { present: true, evidence: implied } : stated,
    action: part('action'),
    result: part('result'),
    quantified: analysis.quantified,
  }
  return { star, taskImplied: implied.length > 0 }
}

const genericEvidence = (analysis: StarTextAnalysis) => analysis.genericEvidence.slice(0, 3)

function planLabel(score: number): string {
  if (score >= 75) return 'a clear, reasoned plan'
  if (score >= 50) return 'a plan with gaps'
  if (score >= 25) return 'a thin plan'
  return 'no clear plan'
}

function label(score: number): string {
  if (score >= 80) return 'complete STAR story'
  if (score >= 55) return 'mostly structured'
  if (score >= 30) return 'partly structured'
  return 'unstructured'
}

export default defineScorer({
  id: 'star',
  version: '2.5.2',
  dimension: 'structure',
  description:
    'Which STAR parts (situation, task, action, result) the answer has, whether the result is measured, and whether it is a real story rather than a hypothetical or self-description.',
  options,
  async score(input, { options: opts }) {
    const analysis = analyseStar(input.transcript)
    const wordCount = input.transcript.split(/\s+/).filter(Boolean).length
    if (wordCount < opts.minWords)
      return abstain(`The answer has ${wordCount} words: too short to find a STAR structure in.`)

    const expectation = BEHAVIOURAL
    const { star, taskImplied } = toStar(analysis)
    const clauses = analysis.clauses
    const firstClause: Span[] =
      clauses.length > 0 ? [{ start: clauses[0].start, end: clauses[0].end }] : []
    const lastClause: Span[] =
      clauses.length > 0
        ? [{ start: clauses[clauses.length - 1].start, end: clauses[clauses.length - 1].end }]
        : []
    const actionClauses = clauses.filter((c) => c.part === 'action')
    const weOnlyActions = actionClauses.length > 0 && actionClauses.every((c) => c.subject !== 'i')

    // situational and technical answers are plans: judged on the plan's shape, not on STAR
    if (input.kind === 'situational' || input.kind === 'technical') {
      const plan = scorePlan(analysePlan(input.transcript, input.kind), input.kind, {
        hasRealExample: star.result.present && !analysis.clauses.every((c) => c.hypothetical),
        genericPenalty: opts.genericPenalty,
        firstClause,
        redFlags: findRedFlags(input.transcript),
      })
      if (genericEvidence(analysis).length > 0)
        plan.feedback.push({
          kind: 'improvement',
          message: messages.generic,
          evidence: genericEvidence(analysis),
        })
      const metrics: Record<string, MetricValue> = {
        expectation: planExpectation[input.kind],
        partsPresent: STAR_PARTS.filter((p) => star[p].present),
        quantified: analysis.quantified,
        ...plan.metrics,
      }
      return {
        score: plan.score,
        label: planLabel(plan.score),
        feedback: plan.feedback,
        metrics,
        suggestions: plan.feedback.filter((f) => f.kind === 'improvement').map((f) => f.message),
        artifacts: { star },
      }
    }

    let score = 0
    const feedback: FeedbackItem[] = []
    for (const part of STAR_PARTS) {
      const weight = expectation.weights[part]
      if (star[part].present) {
        let credit = weight
        if (part === 'action' && weOnlyActions) credit *= 0.6
        if (part === 'result' && !analysis.quantified) credit *= 0.7
        score += credit
        feedback.push({
          kind: 'strength',
          message: part === 'task' && taskImplied ? messages.taskImplied : messages.present(part),
          evidence: star[part].evidence.slice(0, 3),
        })
      } else {
        const evidence = part === 'result' ? lastClause : firstClause
        if (evidence.length > 0)
          feedback.push({ kind: 'improvement', message: messages.missing[part], evidence })
      }
    }
    if (star.result.present) {
      feedback.push(
        analysis.quantified
          ? {
              kind: 'strength',
              message: messages.quantified,
              evidence: analysis.quantifiedEvidence.slice(0, 3),
            }
          : {
              kind: 'improvement',
              message: messages.unquantified,
              evidence: star.result.evidence.slice(0, 3),
            },
      )
    }
    const hypotheticalLoss = expectation.hypotheticalPenalty * analysis.hypotheticalRatio
    if (hypotheticalLoss > 0 && analysis.hypotheticalEvidence.length > 0) {
      feedback.push({
        kind: 'improvement',
        // a real story with a line on what they would do (next time) is not a hypothetical answer
        message:
          analysis.hypotheticalRatio >= 0.5 ? messages.hypothetical : messages.partlyHypothetical,
        evidence: analysis.hypotheticalEvidence.slice(0, 3),
      })
    }
    const genericLoss = Math.min(30, opts.genericPenalty * analysis.genericEvidence.length)
    if (genericLoss > 0)
      feedback.push({
        kind: 'improvement',
        message: messages.generic,
        evidence: analysis.genericEvidence.slice(0, 3),
      })
    if (weOnlyActions)
      feedback.push({
        kind: 'improvement',
        message: messages.weHeavy,
        evidence: actionClauses.slice(0, 3).map(({ start, end }) => ({ start, end })),
      })

    const final = Math.round(Math.max(0, Math.min(100, score - hypotheticalLoss - genericLoss)))
    const missing = STAR_PARTS.filter((p) => !star[p].present)
    return {
      score: final,
      label: label(final),
      feedback,
      metrics: {
        expectation: expectation.text,
        partsPresent: STAR_PARTS.filter((p) => star[p].present),
        partsMissing: missing,
        taskImplied,
        quantified: analysis.quantified,
        iCount: analysis.iCount,
        weCount: analysis.weCount,
        iShare:
          analysis.iCount + analysis.weCount === 0
            ? null
            : Math.round((analysis.iCount / (analysis.iCount + analysis.weCount)) * 100) / 100,
        hypotheticalRatio: Math.round(analysis.hypotheticalRatio * 100) / 100,
        genericStatements: analysis.genericEvidence.length,
      },
      suggestions: missing.map((p) => messages.missing[p]),
      artifacts: { star },
    }
  },
})
