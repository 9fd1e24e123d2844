/**
 * Runs one tester case against a scorer and lists what went wrong, in words a plugin
 * author can act on. The scorer runs through the pipeline's own runner (deadline,
 * options and output validation), twice, to prove it is deterministic.
 */
import { runScorer, silentLogger } from './run-scorer.ts'
import type { CaseGroup, ExpectedMetric, ScorerCase } from './tester-cases.ts'
import type { FeedbackItem, MetricValue, Scorer, ScorerInput, ScorerResult } from './types.ts'

export async function checkCase(
  scorer: Scorer<any>,
  group: CaseGroup,
  c: ScorerCase,
  timeoutMs: number,
): Promise<string[]> {
  const { options, ...rest } = c.input
  const input: ScorerInput = { kind: 'behavioural', locale: 'en-US', results: {}, ...rest }
  const run = () =>
    runScorer({
      entry: { scorer, weight: 1, options: options ?? {}, timeoutMs },
      input,
      logger: silentLogger,
    })
  const first = await run()
  const second = await run()

  if (first.status === 'failed' || first.status === 'timeout')
    return [`the scorer ${first.status}: ${first.reason}`]
  const problems: string[] = []
  const difference = firstDifference(comparable(first), comparable(second))
  if (difference)
    problems.push(
      `the scorer is not deterministic: two runs on the same input differ at ${difference}`,
    )

  if (group === 'abstain') {
    if (first.status !== 'abstained')
      return [...problems, `expected an abstention, but it scored ${first.score} (${first.label})`]
    if (c.abstain instanceof RegExp && !c.abstain.test(first.reason ?? '')) {
      problems.push(
        `the abstention reason ${JSON.stringify(first.reason)} does not match ${c.abstain}`,
      )
    }
    return [...problems, ...metricProblems(c, first)]
  }
  if (first.status === 'abstained')
    return [...problems, `expected a score, but it abstained: ${first.reason}`]

  const { min = 0, max = 100 } = c.score ?? {}
  if (first.score! < min || first.score! > max)
    problems.push(`expected a score in [${min}, ${max}], got ${first.score}`)
  if (
    c.label !== undefined &&
    !(c.label instanceof RegExp ? c.label.test(first.label ?? '') : c.label === first.label)
  ) {
    problems.push(
      `expected the label ${c.label instanceof RegExp ? c.label : JSON.stringify(c.label)}, got ${JSON.stringify(first.label)}`,
    )
  }
  problems.push(
    ...feedbackProblems(group, c, first.feedback, input.transcript),
    ...metricProblems(c, first),
  )
  return problems
}

function feedbackProblems(
  group: CaseGroup,
  c: ScorerCase,
  feedback: FeedbackItem[],
  transcript: string,
): string[] {
  const problems: string[] = []
  const quotes = (item: FeedbackItem) =>
    item.evidence.map((span) => transcript.slice(span.start, span.end))
  const describe = (item: FeedbackItem) =>
    `${item.kind} "${item.message}"${
      item.evidence.length
        ? ` quoting ${quotes(item)
            .map((q) => JSON.stringify(q))
            .join(', ')}`
        : ' (no evidence)'
    }`
  const matches = (expected: NonNullable<ScorerCase['feedback']>[number], item: FeedbackItem) =>
    item.kind === expected.kind &&
    (expected.quote === undefined || quotes(item).includes(expected.quote)) &&
    (expected.message === undefined || expected.message.test(item.message))

  for (const expected of c.feedback ?? []) {
    if (feedback.some((item) => matches(expected, item))) continue
    const what = [
      expected.quote && `quoting ${JSON.stringify(expected.quote)}`,
      expected.message && `matching ${expected.message}`,
    ]
    const emitted = feedback.filter((item) => item.kind === expected.kind).map(describe)
    problems.push(
      `expected ${expected.kind === 'improvement' ? 'an' : 'a'} ${expected.kind} ${what.filter(Boolean).join(' and ')}, but the scorer emitted ${emitted.length ? emitted.join('; ') : `no ${expected.kind}`}`,
    )
  }
  const improvements = feedback.filter((item) => item.kind === 'improvement')
  for (const item of improvements) {
    if (!(c.feedback ?? []).some((expected) => matches(expected, item))) {
      problems.push(
        `the scorer emitted an improvement the case does not list: ${describe(item)}; add it to the case's feedback`,
      )
    }
  }
  if (group === 'invalid' && improvements.length === 0)
    problems.push('expected at least one improvement, the scorer emitted none')
  return problems
}

function metricProblems(c: ScorerCase, result: ScorerResult): string[] {
  return Object.entries(c.metrics ?? {}).flatMap(([key, expected]) =>
    metricMatches(expected, result.metrics[key])
      ? []
      : [
          `expected the metric "${key}" to be ${JSON.stringify(expected)}, got ${JSON.stringify(result.metrics[key])}`,
        ],
  )
}

function metricMatches(expected: ExpectedMetric, actual: MetricValue | undefined): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    return (
      typeof actual === 'number' &&
      actual >= (expected.min ?? -Infinity) &&
      actual <= (expected.max ?? Infinity)
    )
  }
  return JSON.stringify(expected) === JSON.stringify(actual)
}

function comparable({ durationMs: _ignored, ...rest }: ScorerResult) {
  return rest
}

/** The path of the first place two JSON-like values differ, or null. */
function firstDifference(a: unknown, b: unknown, path = 'output'): string | null {
  if (Object.is(a, b)) return null
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path} (${JSON.stringify(a)} then ${JSON.stringify(b)})`
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    const step = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      step,
    )
    if (found) return found
  }
  return null
}
