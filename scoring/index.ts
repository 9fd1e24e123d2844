/**
 * Encore's scoring SDK: the one entry point for plugin authors and for the app.
 * Named exports only; see docs/scorers.md for the guide.
 */

/** Declares a scorer plugin (adds types only; the plugin stays a plain object). */
export { defineScorer } from './define.ts'
/** Declines to score, with a reason a candidate can read. */
export { abstain } from './define.ts'

/** Runs configured scorers as a dependency graph with deadlines; resolves with the aggregated response. */
export { runPipeline } from './pipeline.ts'
/** The pipeline as an async iterable of events, ending with `pipeline.finished`. */
export { streamPipeline } from './pipeline.ts'
export type { AnswerInput, PipelineOptions, StreamEvent } from './pipeline.ts'
/** The deadline of a scorer whose config gives none, in ms. */
export { DEFAULT_TIMEOUT_MS } from './run-scorer.ts'

/** Builds a MockInterviewAttemptResponse from scorer results (weighted means, artifacts, status). */
export { aggregate } from './aggregate.ts'
/** One dimension's score from its scorers, or null with the reason. */
export { aggregateDimension } from './aggregate.ts'
/** A weighted mean that ignores zero weights, rounded to one decimal; null when nothing counts. */
export { weightedMean } from './aggregate.ts'
/** content, delivery, structure: always present in a response. */
export { BUILT_IN_DIMENSIONS } from './aggregate.ts'
export type { AggregateInput } from './aggregate.ts'

/** Loads `scoring.config.json` (or an object): built-in ids, local paths and npm packages. */
export { loadScorerConfig } from './config.ts'
/** Checks that a module's default export is a scorer; throws PluginLoadError saying what is missing. */
export { checkIsScorer } from './config.ts'
/** The zod schema of the scoring config file. */
export { scoringConfigSchema } from './config.ts'
export type { LoadedScoringConfig, LoadScorerConfigOptions, ScoringConfigFile } from './config.ts'
/** Orders scorers so that each follows its dependencies; throws ScoringConfigError on duplicates, unknown ids, cycles. */
export { orderScorers } from './scorer-graph.ts'

/** The zod schema (and type) of a scored attempt: the API result, the CLI output. */
export { MockInterviewAttemptResponse } from './response.ts'
/** The subset an LLM produces as structured output. */
export { MockInterviewAttemptLlmOutput } from './response.ts'
/** JSON Schema of the LLM subset, for `response_format`. */
export { mockInterviewAttemptLlmJsonSchema } from './response.ts'
export type { DimensionResult, ResponseFeedbackItem, ScorerSummary } from './response.ts'

/** Validates a scorer's output against the contract and its transcript's bounds. */
export { checkScorerOutput } from './output-schema.ts'
/** Validates a scorer's output and throws InvalidScorerOutputError listing every problem. */
export { assertScorerOutput } from './output-schema.ts'
/** zod schemas of a scorer's output parts, for plugins that build or check them. */
export {
  artifactsSchema,
  deliveryAnalysisSchema,
  feedbackItemSchema,
  followUpSchema,
  spanSchema,
  starAnalysisSchema,
} from './output-schema.ts'

/** Base class of the SDK's errors; branch on `code`. */
export { EncoreScoringError } from './errors.ts'
/** A scorer returned output that breaks the contract. */
export { InvalidScorerOutputError } from './errors.ts'
/** A configured plugin could not be loaded; names the plugin and why. */
export { PluginLoadError } from './errors.ts'
/** The scoring config is malformed (shape, duplicate ids, unknown dependencies, cycles). */
export { ScoringConfigError } from './errors.ts'
export type { EncoreScoringErrorCode } from './errors.ts'

/** ESLint's RuleTester for scorers: `new ScorerTester().run(scorer, cases)`. */
export { ScorerTester } from './tester.ts'
export type { CaseReport, ScorerTesterOptions } from './tester.ts'
/** Declares a scorer's valid, invalid and abstain cases. */
export { defineCases } from './tester-cases.ts'
export type {
  CaseInput,
  ExpectedFeedback,
  ExpectedMetric,
  ScorerCase,
  ScorerCases,
} from './tester-cases.ts'

export type {
  AbstainOutput,
  Artifacts,
  ConfiguredScorer,
  DeliveryAnalysis,
  Dimension,
  FeedbackItem,
  FollowUpSuggestion,
  Logger,
  MetricValue,
  PipelineEvent,
  QuestionKind,
  QuestionRubric,
  ScoredOutput,
  Scorer,
  ScorerContext,
  ScorerInput,
  ScorerOutput,
  ScorerResult,
  ScorerStatus,
  Span,
  StarAnalysis,
  StarPart,
  StarPartAnalysis,
  Word,
} from './types.ts'

/** The built-in offline scorers (content, delivery, structure, rewrite, follow-up), addressable by id in a config. */
export { builtinScorers } from './builtins/builtin-scorers.ts'
/** The default scoring config: the built-ins with their weights (mirrored by scoring.config.json). */
export { defaultScorerConfig } from './builtins/builtin-scorers.ts'

/** Text helpers the built-ins use, so a plugin can do all they do: wink-nlp tokens and sentences with character offsets. */
export {
  analyseText,
  getNlp,
  getTextNlp,
  isContentWord,
  isWordLike,
  sentenceTokens,
} from './text/nlp.ts'
/** Memoises what a scorer derives from an answer's analysis, once per answer, shared and deep-frozen. */
export { perAnalysis } from './text/nlp.ts'
export type { TextAnalysis, TextSentence, TextToken } from './text/nlp.ts'
/** Multi-word phrase lists matched on tokens (case-insensitive), with spans. */
export { compilePhrases, containsPhrase, findPhrases } from './text/phrases.ts'
export type { PhraseList, PhraseMatch } from './text/phrases.ts'
/** Fillers ("um", "you know", repeats like "I, I") and hedges, with spans. */
export {
  FILLER_SOUNDS,
  findFillers,
  findHedges,
  findRepeats,
  HEDGES,
  POSITIONAL_FILLERS,
} from './text/disfluency.ts'
export type { Disfluency, DisfluencyKind } from './text/disfluency.ts'
/** Word-timing helpers: ordering, speaking time, long pauses, confidence, words located in the transcript. */
export {
  findLongPauses,
  locateWords,
  meanConfidence,
  orderedWords,
  speakingMinutes,
  unreliableTranscript,
} from './text/timing.ts'
export type { Pause } from './text/timing.ts'
/** Past-tense verbs, quantities, first-person pronouns. */
export { FIRST_PLURAL, FIRST_SINGULAR, isPastVerb, isQuantity } from './text/grammar.ts'
/** A rubric derived from a question's own words and kind, for a question that carries none. */
export { deriveRubric } from './question/derive-rubric.ts'
/** A question's kind from its wording ("What would you do if…" is situational), when the caller gives none. */
export { inferQuestionKind } from './question/question-kind.ts'
export type { InferredKind } from './question/question-kind.ts'
/** "I am <a trait>": self-description instead of evidence, found from the clause's grammar. */
export { describesSelf } from './text/self-description.ts'
/** Checks a rewrite adds no fact, name or number the original did not say. */
export { checkFaithfulness } from './text/faithfulness.ts'
export type { FaithfulnessReport, FaithfulnessViolation } from './text/faithfulness.ts'
