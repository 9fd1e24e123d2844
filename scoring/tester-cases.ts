/**
 * The cases a plugin author writes for the ScorerTester, and the checks on the cases
 * themselves (a case that cannot fail, or quotes text the answer does not contain, is a bug).
 */
import type { MetricValue, QuestionKind, Scorer, ScorerResult, Word } from './types.ts'

export interface CaseInput {
  question: string
  /** default 'behavioural' */
  kind?: QuestionKind
  competency: string
  transcript: string
  words?: Word[]
  durationMs?: number
  /** default 'en-US' */
  locale?: string
  /** the results of the scorers this one depends on, by id */
  results?: Record<string, ScorerResult>
  /** the scorer's options, as a config file would give them */
  options?: Record<string, unknown>
}

/** A feedback item the scorer must emit: its kind, and the exact text one evidence span quotes. */
export interface ExpectedFeedback {
  kind: 'strength' | 'improvement'
  /** must equal `transcript.slice(start, end)` of one of the item's evidence spans */
  quote?: string
  /** matched against the item's message */
  message?: RegExp
}

export type ExpectedMetric = MetricValue | { min?: number; max?: number }

export interface ScorerCase {
  /** what a candidate would notice, e.g. 'a rambling answer with no result loses points' */
  name: string
  input: CaseInput
  score?: { min?: number; max?: number }
  label?: string | RegExp
  feedback?: ExpectedFeedback[]
  /** partial match: only the metrics named here are checked; a { min, max } range matches a number */
  metrics?: Record<string, ExpectedMetric>
  /** only in `abstain` cases: true, or a pattern the reason must match */
  abstain?: true | RegExp
  /** run only the cases marked `only` (do not commit it) */
  only?: boolean
}

/**
 * valid: scored, with no improvement unless the case lists it.
 * invalid: scored, with at least one improvement, every one of them listed.
 * abstain: the scorer declines, with a reason.
 */
export interface ScorerCases {
  valid?: ScorerCase[]
  invalid?: ScorerCase[]
  abstain?: ScorerCase[]
}

export type CaseGroup = keyof ScorerCases

/** Declares a scorer's test cases; only adds types. */
export function defineCases<Options>(_scorer: Scorer<Options>, cases: ScorerCases): ScorerCases {
  return cases
}

/** Every case with its group, `only` applied. */
export function flattenCases(cases: ScorerCases): { group: CaseGroup; case: ScorerCase }[] {
  const all = (['valid', 'invalid', 'abstain'] as const).flatMap((group) =>
    (cases[group] ?? []).map((c) => ({ group, case: c })),
  )
  return all.some((c) => c.case.only) ? all.filter((c) => c.case.only) : all
}

/** Problems with the cases themselves, one readable line each. */
export function caseProblems(scorer: Scorer<any>, cases: ScorerCases): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const group of ['valid', 'invalid', 'abstain'] as const) {
    for (const c of cases[group] ?? []) {
      const where = `${group} case "${c.name}"`
      if (!c.name?.trim()) problems.push(`a ${group} case has no name`)
      if (seen.has(c.name))
        problems.push(`${where}: another case has the same name; names must be unique`)
      seen.add(c.name)
      for (const item of c.feedback ?? []) {
        if (item.quote === undefined && item.message === undefined) {
          problems.push(`${where}: an expected ${item.kind} needs a quote or a message pattern`)
        } else if (
          item.quote !== undefined &&
          (item.quote === '' || !c.input.transcript.includes(item.quote))
        ) {
          problems.push(
            `${where}: the quote ${JSON.stringify(item.quote)} does not occur in the transcript`,
          )
        }
      }
      if (group === 'abstain' && (c.score || c.feedback?.length || c.label)) {
        problems.push(`${where}: an abstention has no score, label or feedback to expect`)
      }
      if (group !== 'abstain' && c.abstain)
        problems.push(`${where}: expects an abstention; move it to the abstain cases`)
      if (group === 'invalid' && !c.feedback?.some((f) => f.kind === 'improvement')) {
        problems.push(`${where}: an invalid case must list the improvement(s) the scorer emits`)
      }
      if (scorer.options && c.input.options !== undefined) {
        const parsed = scorer.options.safeParse(c.input.options)
        if (!parsed.success) {
          const issues = parsed.error.issues.map(
            (i) => `${i.path.join('.') || '(options)'}: ${i.message}`,
          )
          problems.push(
            `${where}: its options do not match the scorer's schema: ${issues.join('; ')}`,
          )
        }
      }
    }
  }
  return problems
}
