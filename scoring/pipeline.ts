/**
 * The scoring pipeline: runs the configured scorers as a dependency graph, independent
 * ones concurrently, each with its deadline, and aggregates their results. It stores
 * nothing: the caller persists each result through `onResult`.
 */
import { aggregate } from './aggregate.ts'
import type { CalibrationPoints } from './calibration.ts'
import type { GateConfig } from './config.ts'
import type { MockInterviewAttemptResponse } from './response.ts'
import { runScorer, silentLogger } from './run-scorer.ts'
import { inferQuestionKind } from './question/question-kind.ts'
import { orderScorers } from './scorer-graph.ts'
import type {
  ConfiguredScorer,
  Logger,
  PipelineEvent,
  QuestionKind,
  ScorerInput,
  ScorerResult,
  Word,
} from './types.ts'

/**
 * One answer to score: ScorerInput without the dependency results; locale defaults to en-US and
 * kind, when not given, is inferred from the question's wording (inferQuestionKind).
 */
export type AnswerInput = Omit<ScorerInput, 'results' | 'locale' | 'kind'> & {
  locale?: string
  kind?: QuestionKind
}

export interface PipelineOptions {
  scorers: readonly ConfiguredScorer[]
  input: AnswerInput
  /** called synchronously as each scorer starts and finishes */
  onEvent?: (event: PipelineEvent) => void
  /** called once per scorer with its result, awaited before the pipeline resolves */
  onResult?: (result: ScorerResult) => void | Promise<void>
  /** cancels the run: scorers still running are aborted and the pipeline rejects with the reason */
  signal?: AbortSignal
  /** the deadline of a scorer whose config sets no `timeoutMs` (5000 ms if unset) */
  defaultTimeoutMs?: number
  /** weight per dimension for the overall score (default: equal) */
  dimensionWeights?: Readonly<Record<string, number>>
  /** scales dimensions down when a scorer (e.g. relevance) is low; see AggregateInput.gate */
  gate?: GateConfig
  /** maps the weighted mean of the dimensions to the reported overall; see AggregateInput */
  overallCalibration?: CalibrationPoints
  /** set when an external service was unavailable; copied into the response */
  degraded?: { reason: string } | null
  logger?: Logger
}

/**
 * Scores one answer. Resolves with the aggregated response once every scorer has a
 * result and every `onResult` has settled. A scorer that throws, hangs or returns
 * invalid output is a failed (or timeout) result, never a rejection.
 *
 * Rejects only when the config is not a valid graph (ScoringConfigError), when the caller's
 * `onEvent`/`onResult` throws (the first error, after all scorers settle), or when `signal` aborts.
 */
export async function runPipeline(options: PipelineOptions): Promise<MockInterviewAttemptResponse> {
  const {
    scorers,
    onEvent,
    onResult,
    signal,
    defaultTimeoutMs,
    dimensionWeights,
    degraded,
    gate,
    overallCalibration,
  } = options
  const ordered = orderScorers(scorers)
  const logger = options.logger ?? silentLogger
  const answer = freezeAnswer(options.input)
  const callerErrors: unknown[] = []
  const emit = (event: PipelineEvent) => {
    try {
      onEvent?.(event)
    } catch (error) {
      callerErrors.push(error)
    }
  }

  const running = new Map<string, Promise<ScorerResult>>()
  const persisted: Promise<void>[] = []
  for (const entry of ordered) {
    const deps = (entry.scorer.dependsOn ?? []).map((id) => running.get(id)!)
    const result = Promise.all(deps).then(async (depResults) => {
      await nextTurn()
      emit({ type: 'scorer.started', id: entry.scorer.id, at: Date.now() })
      const results = Object.freeze(Object.fromEntries(depResults.map((r) => [r.id, r])))
      const outcome = deepFreeze(
        await runScorer({
          entry,
          input: Object.freeze({ ...answer, results }),
          signal,
          defaultTimeoutMs,
          logger,
        }),
      )
      emit({ type: 'scorer.finished', result: outcome, at: Date.now() })
      return outcome
    })
    running.set(entry.scorer.id, result)
    persisted.push(
      result.then(async (r) => {
        try {
          await onResult?.(r)
        } catch (error) {
          callerErrors.push(error)
        }
      }),
    )
  }

  await Promise.all(persisted)
  if (signal?.aborted) throw signal.reason
  if (callerErrors.length > 0) throw callerErrors[0]

  // configured order, not completion order: artifacts go to the first configured producer
  const results = await Promise.all(scorers.map((entry) => running.get(entry.scorer.id)!))
  const weights = Object.fromEntries(scorers.map((entry) => [entry.scorer.id, entry.weight]))
  return aggregate({ results, weights, dimensionWeights, degraded, gate, overallCalibration })
}

/**
 * Each scorer starts on a turn of the event loop of its own: a server that scores in its own
 * process answers requests, stores results and relays them between scorers, rather than after the
 * last one (issue 16: a subscriber saw every result at once, with COMPLETED).
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export type StreamEvent =
  PipelineEvent | { type: 'pipeline.finished'; response: MockInterviewAttemptResponse; at: number }

/**
 * The pipeline as an async iterable: each scorer's `scorer.started` and `scorer.finished`
 * as they happen, then one `pipeline.finished` with the response. Breaking out of the
 * loop cancels the scorers still running.
 */
export async function* streamPipeline(
  options: Omit<PipelineOptions, 'onEvent'>,
): AsyncGenerator<StreamEvent, void, undefined> {
  const queue: StreamEvent[] = []
  let wake: (() => void) | undefined
  let failure: { error: unknown } | undefined
  let done = false
  const controller = new AbortController()
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal
  const push = (event: StreamEvent) => {
    queue.push(event)
    wake?.()
  }

  runPipeline({ ...options, signal, onEvent: push }).then(
    (response) => push({ type: 'pipeline.finished', response, at: Date.now() }),
    (error: unknown) => {
      failure = { error }
      wake?.()
    },
  )

  try {
    while (!done) {
      if (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
      while (queue.length > 0) {
        const event = queue.shift()!
        if (event.type === 'pipeline.finished') done = true
        yield event
      }
      if (failure && !done) throw failure.error
    }
  } finally {
    if (!done)
      controller.abort(
        new DOMException('The consumer stopped reading the scoring stream.', 'AbortError'),
      )
  }
}

/** One frozen copy of the answer shared by all scorers, so that no plugin can change what the next one sees. */
function freezeAnswer(input: AnswerInput): Omit<ScorerInput, 'results'> {
  const words = input.words?.map((w): Word => Object.freeze({ ...w }))
  return Object.freeze({
    ...input,
    locale: input.locale ?? 'en-US',
    kind: input.kind ?? inferQuestionKind(input.question).kind,
    words: words && (Object.freeze(words) as Word[]),
  })
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
