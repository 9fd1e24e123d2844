/**
 * Runs the configured scorers over a labelled answer set and measures agreement with
 * the human labels (tests/fixtures/eval/README.md describes the set). It scores as the app
 * does: with scoring.config.json, and with a bank question's rubric when the set's question is
 * one (by exact text). Beside each figure it measures the words-only baseline (rank by length).
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { LoadedScoringConfig } from '../config.ts'
import { runPipeline } from '../pipeline.ts'
import type { StarPart } from '../types.ts'
import { pairwiseAccuracy, prf, spearman, spearmanWithin, type Prf } from './eval-metrics.ts'
import { loadLocalConfig } from './local-config.ts'
import { readCatalogue, type QuestionCatalogue } from './question-catalogue.ts'

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
      /** set by a set's author on an answer with a red flag (blame, concealment, unsafe shortcut…) */
      redFlag: z.boolean().optional(),
      why: z.string().optional(),
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
  words: number
  redFlag: boolean
}

/** How the agreement figures read for one way of scoring (the scorers, or word count alone). */
export interface Agreement {
  pairwiseAccuracy: number
  /** Spearman between score and label within each question, averaged over questions */
  spearmanWithin: number
  /** questions with an off-topic answer where every off-topic answer scores below every other */
  offTopicLast: { last: number; groups: number }
  /** red-flag answers scoring below every good one (label 4–5) to the same question */
  redFlagBelowGood: { below: number; answers: number }
}

export interface EvalReport {
  answers: number
  questions: number
  pairwiseAccuracy: number
  pairs: number
  spearman: number
  /** the scorers' agreement, and the words-only baseline's on the same pairs */
  agreement: Agreement
  wordsOnly: Agreement
  /** mean F1 of the four STAR parts */
  starF1: number
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

export interface EvaluateOptions {
  /** the scoring setup; scoring.config.json, the app's, when not given */
  config?: LoadedScoringConfig
  /** the bank the app knows; prisma/seed/question-bank.json when not given */
  bank?: QuestionCatalogue
  /** withhold the set's kinds, so that the pipeline infers each from the question's wording */
  inferKinds?: boolean
}

function agreementOf(outcomes: readonly AnswerOutcome[], score: (o: AnswerOutcome) => number) {
  const groups = [...new Set(outcomes.map((o) => o.questionId))].map((id) =>
    outcomes.filter((o) => o.questionId === id),
  )
  let offTopicGroups = 0
  let offTopicLast = 0
  let redFlags = 0
  let redFlagsBelow = 0
  for (const group of groups) {
    const off = group.filter((o) => o.style === 'off-topic')
    const rest = group.filter((o) => o.style !== 'off-topic')
    if (off.length > 0 && rest.length > 0) {
      offTopicGroups += 1
      if (Math.max(...off.map(score)) < Math.min(...rest.map(score))) offTopicLast += 1
    }
    const good = group.filter((o) => o.label >= 4 && !o.redFlag)
    for (const flagged of group.filter((o) => o.redFlag)) {
      redFlags += 1
      if (good.length === 0 || score(flagged) < Math.min(...good.map(score))) redFlagsBelow += 1
    }
  }
  return {
    pairwiseAccuracy: pairwiseAccuracy(
      groups.map((g) => g.map((o) => ({ score: score(o), label: o.label }))),
    ).accuracy,
    spearmanWithin: spearmanWithin(
      groups.map((g) => g.map((o) => ({ score: score(o), label: o.label }))),
    ),
    offTopicLast: { last: offTopicLast, groups: offTopicGroups },
    redFlagBelowGood: { below: redFlagsBelow, answers: redFlags },
  }
}

/** Scores every answer of the set through the pipeline and compares with the labels. */
export async function evaluate(
  set: LabelledSet,
  options: EvaluateOptions = {},
): Promise<EvalReport> {
  const loaded = options.config ?? (await loadLocalConfig())
  const bank = options.bank ?? (await readCatalogue())
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
    // as the app scores a bank question: with its rubric (and its kind, unless withheld)
    const known = bank.find(question.question)
    const response = await runPipeline({
      scorers: loaded.scorers,
      dimensionWeights: loaded.dimensionWeights,
      gate: loaded.gate,
      overallCalibration: loaded.overallCalibration,
      defaultTimeoutMs: loaded.defaultTimeoutMs,
      input: {
        question: question.question,
        ...(!options.inferKinds && { kind: question.kind }),
        competency: question.competency,
        ...(known && { rubric: known.rubric }),
        transcript: answer.transcript,
      },
    })
    outcomes.push({
      id: answer.id,
      questionId: answer.questionId,
      style: answer.style,
      label: answer.label,
      overall: response.overall ?? 0,
      words: answer.transcript.split(/\s+/).filter(Boolean).length,
      // marked, or a style or label reason that names one ("red-flag", "…is a red flag")
      redFlag:
        answer.redFlag ??
        (/red[- ]?flag/i.test(answer.style) || /red flag/i.test(answer.why ?? '')),
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
    agreement: agreementOf(outcomes, (o) => o.overall),
    wordsOnly: agreementOf(outcomes, (o) => o.words),
    starF1: PARTS.reduce((sum, p) => sum + prf(starPairs[p]).f1, 0) / PARTS.length,
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
