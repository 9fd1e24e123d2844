/**
 * The public types of Encore's scorer plugin contract (see docs/scorers.md).
 * Shared by the pipeline, the built-in scorers and third-party plugins.
 */
import type { z } from 'zod'

/** The three built-in dimensions; a plugin may name its own. */
export type Dimension = 'content' | 'delivery' | 'structure' | (string & {})

/** behavioural: "Tell me about a time…"; situational: "What would you do if…"; technical. */
export type QuestionKind = 'behavioural' | 'situational' | 'technical'

/** One word in Deepgram's shape: times in seconds, confidence 0–1. */
export interface Word {
  word: string
  start: number
  end: number
  confidence: number
  punctuated_word?: string
}

/** A half-open character range `[start, end)` into the transcript. */
export interface Span {
  start: number
  end: number
}

export interface FeedbackItem {
  kind: 'strength' | 'improvement'
  message: string
  evidence: Span[]
}

export type MetricValue = number | string | boolean | null | string[] | number[]

export type StarPart = 'situation' | 'task' | 'action' | 'result'

export interface StarPartAnalysis {
  present: boolean
  evidence: Span[]
}

export interface StarAnalysis {
  situation: StarPartAnalysis
  task: StarPartAnalysis
  action: StarPartAnalysis
  result: StarPartAnalysis
  quantified: boolean
}

export interface DeliveryAnalysis {
  wpm: number | null
  fillers: { count: number; words: string[] }
  fillersPerMinute: number | null
  fillersPer100Words: number
  longPauses: number | null
  hedges: { count: number; words: string[] }
}

export interface FollowUpSuggestion {
  question: string
  /** the STAR part or quality it probes, e.g. 'result' or 'specificity' */
  targets: StarPart | 'specificity' | 'ownership' | 'relevance'
  reason: string
}

/**
 * What a scorer can hand over besides its score. When several scorers
 * produce the same artifact, the configured order decides (first wins).
 */
export interface Artifacts {
  rewrite?: string
  followUp?: FollowUpSuggestion
  star?: StarAnalysis
  delivery?: Partial<DeliveryAnalysis>
}

/**
 * What a question asks for, as data beside its text (a bank question's, or one an LLM wrote):
 * scorers and the LLM judge read it; a question without one is judged from its own words.
 */
export interface QuestionRubric {
  /** what the question asks the candidate to have done (or, for a plan, to do) */
  asks: string
  /** what a strong answer shows, one point per entry */
  strongShows: readonly string[]
  /** what an interviewer marks down in an answer to it */
  redFlags: readonly string[]
}

export interface ScorerInput {
  question: string
  /** given by the caller, or inferred from the question's wording (inferQuestionKind) */
  kind: QuestionKind
  competency: string
  /** the question's rubric when it has one (bank and generated questions); absent otherwise */
  rubric?: QuestionRubric
  transcript: string
  /** Deepgram-shaped word timings; absent for a typed answer. */
  words?: Word[]
  durationMs?: number
  /** BCP 47, e.g. 'en-US' */
  locale: string
  /** The results of the scorers listed in `dependsOn`, by id. */
  results: Readonly<Record<string, ScorerResult>>
}

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void
  info(message: string, data?: Record<string, unknown>): void
  warn(message: string, data?: Record<string, unknown>): void
}

export interface ScorerContext<Options = unknown> {
  /** Options after validation against the scorer's `options` schema (defaults applied). */
  options: Options
  /** Aborted when the scorer's deadline passes or the run is cancelled. */
  signal: AbortSignal
  /** Epoch milliseconds by which the scorer must have returned. */
  deadline: number
  logger: Logger
}

export interface ScoredOutput {
  /** 0–100 */
  score: number
  label: string
  feedback: FeedbackItem[]
  metrics: Record<string, MetricValue>
  suggestions: string[]
  artifacts?: Artifacts
}

export interface AbstainOutput {
  abstain: { reason: string }
  /**
   * Set when the scorer abstained because an external service (an LLM, speech-to-text) was
   * unavailable; the aggregator surfaces it as the response's `degraded`.
   */
  degraded?: { service: string; reason: string }
  metrics?: Record<string, MetricValue>
  artifacts?: Artifacts
}

export type ScorerOutput = ScoredOutput | AbstainOutput

export interface Scorer<Options = unknown> {
  id: string
  version: string
  dimension: Dimension
  description: string
  dependsOn?: readonly string[]
  options?: z.ZodType<Options>
  score(input: ScorerInput, context: ScorerContext<Options>): Promise<ScorerOutput>
}

export type ScorerStatus = 'ok' | 'failed' | 'abstained' | 'timeout'

/** What the pipeline records for one scorer run. A failure is data, never an exception. */
export interface ScorerResult {
  id: string
  version: string
  dimension: Dimension
  status: ScorerStatus
  score: number | null
  label: string | null
  feedback: FeedbackItem[]
  metrics: Record<string, MetricValue>
  suggestions: string[]
  artifacts: Artifacts
  /** why it abstained, failed or timed out; prefixed with the scorer id */
  reason: string | null
  /** copied from an abstention that blamed an unavailable external service */
  degraded?: { service: string; reason: string }
  durationMs: number
}

/** One entry of the scoring config, after loading. */
export interface ConfiguredScorer {
  scorer: Scorer<any>
  weight: number
  options: unknown
  /** per-scorer deadline in ms */
  timeoutMs?: number
}

export type PipelineEvent =
  | { type: 'scorer.started'; id: string; at: number }
  | { type: 'scorer.finished'; result: ScorerResult; at: number }
