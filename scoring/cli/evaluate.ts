/**
 * Runs the configured scorers over a labelled answer set and measures agreement with
 * the human labels (tests/fixtures/eval/README.md describes the set).
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { builtinScorers, defaultScorerConfig } from '../builtins/builtin-scorers.ts'
import { loadScorerConfig, type ScoringConfigFile } from '../config.ts'
import { runPipeline } from '../pipeline.ts'
import type { StarPart } from '../types.ts'
import { pairwiseAccuracy, prf, spearman, type Prf } from './eval-metrics.ts'

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result']

const labelledSet = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      kind: z.enum(['behavioural', 'situational', 'technical']),
      competency: z.string(),
    }),
  ),
  answers: z.array(
    z.object({
      id: z.string(),
      questionId: z.string(),
      style: z.string(),
      label: z.number().min(1).max(5),
      star: z.object({
        situation: z.boolean(),
        task: z.boolean(),
        action: z.boolean(),
        result: z.boolean(),
      }),
      quantified: z.boolean(),
      transcript: z.string(),
    }),
  ),
})
export type LabelledSet = z.infer<typeof labelledSet>

export interface AnswerOutcome {
  id: string
  questionId: string
  style: string
  label: number
  overall: number
}

export interface EvalReport {
  answers: number
  questions: number
  pairwiseAccuracy: number
  pairs: number
  spearman: number
  star: Record<StarPart, Prf>
  quantifiedAccuracy: number
  styleMeans: Record<string, number>
  /** mean overall by human label, "1" to "5" */
  labelMeans: Record<string, number>
  outcomes: AnswerOutcome[]
}

export async function readLabelledSet(path: string): Promise<LabelledSet> {
  const parsed = labelledSet.safeParse(JSON.parse(await readFile(path, 'utf8')))
  if (!parsed.success)
    throw new Error(
      `${path} is not a labelled answer set: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  return parsed.data
}

/** Scores every answer of the set through the pipeline and compares with the labels. */
export async function evaluate(
  set: LabelledSet,
  config: ScoringConfigFile = defaultScorerConfig,
): Promise<EvalReport> {
  const loaded = await loadScorerConfig(config, { builtins: builtinScorers })
  const questions = new Map(set.questions.map((q) => [q.id, q]))
  const outcomes: AnswerOutcome[] = []
  const starPairs: Record<StarPart, { predicted: boolean; actual: boolean }[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
  }
  let quantifiedRight = 0
  for (const answer of set.answers) {
    const question = questions.get(answer.questionId)
    if (!question)
      throw new Error(
        `answer ${answer.id} names question ${answer.questionId}, which the set does not have`,
      )
    const response = await runPipeline({
      scorers: loaded.scorers,
      dimensionWeights: loaded.dimensionWeights,
      gate: loaded.gate,
      overallCalibration: loaded.overallCalibration,
      input: {
        question: question.question,
        kind: question.kind,
        competency: question.competency,
        transcript: answer.transcript,
      },
    })
    outcomes.push({
      id: answer.id,
      questionId: answer.questionId,
      style: answer.style,
      label: answer.label,
      overall: response.overall ?? 0,
    })
    for (const part of PARTS)
      starPairs[part].push({
        predicted: response.star?.[part].present ?? false,
        actual: answer.star[part],
      })
    if ((response.star?.quantified ?? false) === answer.quantified) quantifiedRight += 1
  }
  const byQuestion = [...questions.keys()].map((id) =>
    outcomes.filter((o) => o.questionId === id).map((o) => ({ score: o.overall, label: o.label })),
  )
  const pairwise = pairwiseAccuracy(byQuestion)
  const styles = [...new Set(outcomes.map((o) => o.style))]
  const mean = (xs: number[]) => xs.reduce((s, n) => s + n, 0) / xs.length
  return {
    answers: outcomes.length,
    questions: questions.size,
    pairwiseAccuracy: pairwise.accuracy,
    pairs: pairwise.pairs,
    spearman: spearman(
      outcomes.map((o) => o.overall),
      outcomes.map((o) => o.label),
    ),
    star: Object.fromEntries(PARTS.map((p) => [p, prf(starPairs[p])])) as Record<StarPart, Prf>,
    quantifiedAccuracy: outcomes.length === 0 ? 0 : quantifiedRight / outcomes.length,
    styleMeans: Object.fromEntries(
      styles.map((s) => [
        s,
        Math.round(mean(outcomes.filter((o) => o.style === s).map((o) => o.overall)) * 10) / 10,
      ]),
    ),
    labelMeans: Object.fromEntries(
      [...new Set(outcomes.map((o) => o.label))]
        .sort((a, b) => a - b)
        .map((label) => [
          String(label),
          Math.round(mean(outcomes.filter((o) => o.label === label).map((o) => o.overall)) * 10) /
            10,
        ]),
    ),
    outcomes,
  }
}
