/**
 * zod schemas for what a scorer returns. The pipeline and the tester validate every
 * output with them: an output that breaks them becomes a failed result.
 */
import { z } from 'zod'
import { InvalidScorerOutputError } from './errors.ts'
import type { ScorerOutput } from './types.ts'

// zod 4's number() already refuses NaN and ±Infinity.
const finite = z.number()

export const spanSchema = z.object({
  start: z.int().min(0),
  end: z.int().min(0),
})

export const feedbackItemSchema = z.object({
  kind: z.enum(['strength', 'improvement']),
  message: z.string().min(1, 'a feedback message must not be empty'),
  evidence: z.array(spanSchema),
})

export const metricValueSchema = z.union([
  z.string(),
  finite,
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(finite),
])

export const starPartSchema = z.object({ present: z.boolean(), evidence: z.array(spanSchema) })

export const starAnalysisSchema = z.object({
  situation: starPartSchema,
  task: starPartSchema,
  action: starPartSchema,
  result: starPartSchema,
  quantified: z.boolean(),
})

const countedWords = z.object({ count: z.int().min(0), words: z.array(z.string()) })

export const deliveryAnalysisSchema = z.object({
  wpm: finite.min(0).nullable(),
  fillers: countedWords,
  fillersPerMinute: finite.min(0).nullable(),
  fillersPer100Words: finite.min(0),
  longPauses: z.int().min(0).nullable(),
  hedges: countedWords,
})

export const followUpSchema = z.object({
  question: z.string().min(1),
  targets: z.enum([
    'situation',
    'task',
    'action',
    'result',
    'specificity',
    'ownership',
    'relevance',
  ]),
  reason: z.string(),
})

export const artifactsSchema = z.object({
  rewrite: z.string().optional(),
  followUp: followUpSchema.optional(),
  star: starAnalysisSchema.optional(),
  delivery: deliveryAnalysisSchema.partial().optional(),
})

export const scoredOutputSchema = z.object({
  score: finite.min(0).max(100),
  label: z.string(),
  feedback: z.array(feedbackItemSchema),
  metrics: z.record(z.string(), metricValueSchema),
  suggestions: z.array(z.string()),
  artifacts: artifactsSchema.optional(),
})

export const abstainOutputSchema = z.object({
  abstain: z.object({ reason: z.string().min(1, 'an abstention needs a reason') }),
  degraded: z.object({ service: z.string().min(1), reason: z.string().min(1) }).optional(),
  metrics: z.record(z.string(), metricValueSchema).optional(),
  artifacts: artifactsSchema.optional(),
})

export type OutputCheck = { ok: true; output: ScorerOutput } | { ok: false; issues: string[] }

/**
 * Checks a scorer's output against the contract and the transcript it judged: every
 * evidence span must lie inside `[0, transcript.length]` with start ≤ end.
 * Returns a fresh copy, so a scorer cannot change its result after returning it.
 */
export function checkScorerOutput(value: unknown, transcript: string): OutputCheck {
  if (typeof value !== 'object' || value === null) {
    return {
      ok: false,
      issues: [`expected an object, got ${value === null ? 'null' : typeof value}`],
    }
  }
  const schema = 'abstain' in value ? abstainOutputSchema : scoredOutputSchema
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
    }
  }
  const issues = spanIssues(parsed.data, transcript.length)
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, output: parsed.data as ScorerOutput }
}

/**
 * Like checkScorerOutput, but throws InvalidScorerOutputError: for a scorer that calls
 * another scorer's score() itself (a composite) and wants a broken result to fail loudly.
 */
export function assertScorerOutput(
  scorerId: string,
  value: unknown,
  transcript: string,
): ScorerOutput {
  const checked = checkScorerOutput(value, transcript)
  if (!checked.ok) throw new InvalidScorerOutputError(scorerId, checked.issues)
  return checked.output
}

function spanIssues(
  output: z.infer<typeof scoredOutputSchema> | z.infer<typeof abstainOutputSchema>,
  length: number,
) {
  const issues: string[] = []
  const check = (where: string, spans: { start: number; end: number }[]) => {
    spans.forEach((span, i) => {
      if (span.start > span.end || span.end > length) {
        issues.push(
          `${where}[${i}]: span [${span.start}, ${span.end}) lies outside the transcript (length ${length})`,
        )
      }
    })
  }
  if ('feedback' in output)
    output.feedback.forEach((item, i) => check(`feedback[${i}].evidence`, item.evidence))
  const star = output.artifacts?.star
  if (star) {
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      check(`artifacts.star.${part}.evidence`, star[part].evidence)
    }
  }
  return issues
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(output)'
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
}
