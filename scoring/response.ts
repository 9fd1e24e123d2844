/**
 * `MockInterviewAttemptResponse`: the one JSON contract of a scored attempt (ARCHITECTURE.md,
 * Contracts). The API's attempt result, the `score` CLI and the LLM's structured output
 * (its subset) all use this schema.
 */
import { z } from 'zod'
import {
  deliveryAnalysisSchema,
  feedbackItemSchema,
  followUpSchema,
  starAnalysisSchema,
} from './output-schema.ts'

const score = z.number().min(0).max(100)

export const scorerStatusSchema = z.enum(['ok', 'failed', 'abstained', 'timeout'])

/** One scorer's run, as the response lists it. */
export const scorerSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  dimension: z.string(),
  status: scorerStatusSchema,
  score: score.nullable(),
  label: z.string().nullable(),
  weight: z.number().min(0),
  /** why it abstained, failed or timed out, prefixed with the scorer id */
  reason: z.string().nullable(),
  durationMs: z.number().min(0),
})

/** A dimension's score, or null with the reason; `scorers` are the ids of the scorers it groups. */
export const dimensionResultSchema = z.object({
  score: score.nullable(),
  /** set when the score is null, or when some of its scorers did not count (says which) */
  reason: z.string().nullable(),
  scorers: z.array(z.string()),
})

export const responseFeedbackItemSchema = feedbackItemSchema.extend({ scorerId: z.string() })

export const MockInterviewAttemptResponse = z.object({
  overall: score.nullable(),
  dimensions: z
    .object({
      content: dimensionResultSchema,
      delivery: dimensionResultSchema,
      structure: dimensionResultSchema,
    })
    .catchall(dimensionResultSchema),
  /** null when no configured scorer produced a STAR analysis */
  star: starAnalysisSchema.nullable(),
  /** null when no configured scorer produced delivery metrics */
  delivery: deliveryAnalysisSchema.nullable(),
  feedback: z.array(responseFeedbackItemSchema),
  rewrite: z.string().nullable(),
  followUp: followUpSchema.nullable(),
  scorers: z.array(scorerSummarySchema),
  /** partial: some scorer failed, timed out or abstained; `scorers` says which and why */
  status: z.enum(['complete', 'partial']),
  /** set by the caller when an external service (LLM, speech-to-text) was unavailable */
  degraded: z.object({ reason: z.string() }).nullable(),
})

export type MockInterviewAttemptResponse = z.infer<typeof MockInterviewAttemptResponse>
export type DimensionResult = z.infer<typeof dimensionResultSchema>
export type ScorerSummary = z.infer<typeof scorerSummarySchema>
export type ResponseFeedbackItem = z.infer<typeof responseFeedbackItemSchema>

/**
 * The part of the response an LLM can produce as structured output: the judgement in
 * words and STAR parts, never the pipeline's bookkeeping (scorers, status, timings).
 * Scores are integers so that a model does not invent false precision.
 */
export const MockInterviewAttemptLlmOutput = z.object({
  dimensions: z.object({
    content: z.object({ score: z.int().min(0).max(100), reason: z.string() }),
    structure: z.object({ score: z.int().min(0).max(100), reason: z.string() }),
  }),
  star: starAnalysisSchema,
  feedback: z.array(feedbackItemSchema),
  rewrite: z.string(),
  followUp: followUpSchema,
})

export type MockInterviewAttemptLlmOutput = z.infer<typeof MockInterviewAttemptLlmOutput>

/** The JSON Schema (draft 2020-12) of `MockInterviewAttemptLlmOutput`, for an LLM's `response_format`. */
export function mockInterviewAttemptLlmJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MockInterviewAttemptLlmOutput) as Record<string, unknown>
}
