/** Formats an evaluation report and checks it against the thresholds CI enforces. */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { EvalReport } from './evaluate.ts'

const setThresholds = z.object({
  pairwiseAccuracy: z.number().min(0).max(1),
  spearman: z.number().min(-1).max(1),
  starF1: z.object({
    situation: z.number(),
    task: z.number(),
    action: z.number(),
    result: z.number(),
  }),
  quantifiedAccuracy: z.number().min(0).max(1),
  /**
   * Answer styles the scorers are known not to rank correctly on this set, with why: the
   * style-ordering checks leave them out, and the report still prints their means. A gap is
   * recorded, never hidden: it names what a candidate would see go wrong.
   */
  knownGaps: z.array(z.object({ style: z.string(), why: z.string().min(20) })).default([]),
  /** what a candidate reads: label-5 answers' mean at least this, label-1 answers' at most */
  labelMeans: z
    .object({ excellentAtLeast: z.number(), poorAtMost: z.number() })
    .default({ excellentAtLeast: 75, poorAtMost: 50 }),
})
export type Thresholds = z.infer<typeof setThresholds>

/** The defaults, for any set, and per-set figures keyed by the set's file name. */
export const thresholdsSchema = setThresholds.extend({
  sets: z.record(z.string(), setThresholds).default({}),
})
export type ThresholdsFile = z.infer<typeof thresholdsSchema>

/** The labelled sets in tests/fixtures/eval/, in order (dev, holdout, unseen-1, unseen-2, …, unseen-10). */
export function labelledSetPaths(dir = 'tests/fixtures/eval'): string[] {
  const rank = (name: string) => (name === 'dev.json' ? -2 : name === 'holdout.json' ? -1 : 0)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => `${dir}/${name}`)
}

export const THRESHOLDS_PATH = new URL('../eval-thresholds.json', import.meta.url)

export async function readThresholds(): Promise<ThresholdsFile> {
  return thresholdsSchema.parse(JSON.parse(await readFile(THRESHOLDS_PATH, 'utf8')))
}

/** The thresholds a set must meet: its own when the file names it, else the defaults. */
export function thresholdsFor(file: ThresholdsFile, setPath: string): Thresholds {
  const name = setPath.split(/[\\/]/).pop() ?? setPath
  return file.sets[name] ?? file
}

/** Each figure below its threshold, as a readable line; empty when the report passes. */
export function belowThresholds(report: EvalReport, t: Thresholds): string[] {
  const out: string[] = []
  const check = (name: string, value: number, min: number) => {
    if (value < min) out.push(`${name} ${value.toFixed(3)} is below the threshold ${min}`)
  }
  check('pairwise ranking accuracy', report.pairwiseAccuracy, t.pairwiseAccuracy)
  check('Spearman correlation', report.spearman, t.spearman)
  for (const part of ['situation', 'task', 'action', 'result'] as const)
    check(`STAR ${part} F1`, report.star[part].f1, t.starF1[part])
  check('quantified accuracy', report.quantifiedAccuracy, t.quantifiedAccuracy)
  return out
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`
const fraction = (n: number, of: number) => `${n}/${of}`

export function formatReport(name: string, report: EvalReport): string {
  const lines = [
    `${name}: ${report.answers} answers to ${report.questions} questions`,
    `  pairwise ranking accuracy within a question: ${pct(report.pairwiseAccuracy)} (${report.pairs} pairs)`,
    `  Spearman correlation, overall vs label:      ${report.spearman.toFixed(3)}`,
    `                          scorers   words only (rank by length)`,
    `  pairwise within a question ${pct(report.agreement.pairwiseAccuracy).padStart(7)} ${pct(report.wordsOnly.pairwiseAccuracy).padStart(9)}`,
    `  Spearman within questions   ${report.agreement.spearmanWithin.toFixed(3).padStart(6)} ${report.wordsOnly.spearmanWithin.toFixed(3).padStart(9)}`,
    `  off-topic last in its group ${fraction(report.agreement.offTopicLast.last, report.agreement.offTopicLast.groups).padStart(6)} ${fraction(report.wordsOnly.offTopicLast.last, report.wordsOnly.offTopicLast.groups).padStart(9)}`,
    `  red flag below every good   ${fraction(report.agreement.redFlagBelowGood.below, report.agreement.redFlagBelowGood.answers).padStart(6)} ${fraction(report.wordsOnly.redFlagBelowGood.below, report.wordsOnly.redFlagBelowGood.answers).padStart(9)}`,
    `  STAR part F1 (mean of four) ${pct(report.starF1).padStart(6)}`,
    `  STAR parts            precision  recall    F1`,
    ...(['situation', 'task', 'action', 'result'] as const).map((p) => {
      const s = report.star[p]
      return `    ${p.padEnd(20)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(9)}${pct(s.f1).padStart(8)}`
    }),
    `  quantified result accuracy: ${pct(report.quantifiedAccuracy)}`,
    `  mean overall score by style:`,
    ...Object.entries(report.styleMeans)
      .sort((a, b) => b[1] - a[1])
      .map(([style, mean]) => `    ${style.padEnd(14)}${mean.toFixed(1).padStart(6)}`),
    `  mean overall score by label:`,
    ...Object.entries(report.labelMeans).map(
      ([label, mean]) => `    ${label.padEnd(14)}${mean.toFixed(1).padStart(6)}`,
    ),
  ]
  return lines.join('\n')
}
