/**
 * Runs one scorer with its deadline and isolates its failure: whatever the plugin does
 * (throw, hang, return garbage, reject its options), the caller gets a ScorerResult.
 */
import { checkScorerOutput } from './output-schema.ts'
import type { ConfiguredScorer, Logger, ScorerInput, ScorerOutput, ScorerResult } from './types.ts'

export const DEFAULT_TIMEOUT_MS = 5_000

export interface RunScorerOptions {
  entry: ConfiguredScorer
  input: ScorerInput
  /** the run's signal: aborting it cancels this scorer too */
  signal?: AbortSignal
  defaultTimeoutMs?: number
  logger: Logger
}

const TIMED_OUT = Symbol('timed out')
const CANCELLED = Symbol('cancelled')

export async function runScorer({
  entry,
  input,
  signal,
  defaultTimeoutMs,
  logger,
}: RunScorerOptions): Promise<ScorerResult> {
  const { scorer } = entry
  const started = performance.now()
  const finish = (fields: Partial<ScorerResult> & Pick<ScorerResult, 'status'>): ScorerResult => ({
    id: scorer.id,
    version: scorer.version,
    dimension: scorer.dimension,
    score: null,
    label: null,
    feedback: [],
    metrics: {},
    suggestions: [],
    artifacts: {},
    reason: null,
    ...fields,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  })
  const failed = (why: string) => finish({ status: 'failed', reason: `${scorer.id}: ${why}` })

  if (signal?.aborted) return failed('the run was cancelled before this scorer started')

  let options: unknown = entry.options ?? {}
  if (scorer.options) {
    const parsed = scorer.options.safeParse(options)
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (i) => `${i.path.join('.') || '(options)'}: ${i.message}`,
      )
      return failed(`invalid options: ${issues.join('; ')}; fix them in the scoring config`)
    }
    options = parsed.data
  }

  const timeoutMs = entry.timeoutMs ?? defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const controller = new AbortController()
  const scorerSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal
  let timer: ReturnType<typeof setTimeout> | undefined
  let onCancel: (() => void) | undefined
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)
  })
  const cancelled = new Promise<typeof CANCELLED>((resolve) => {
    onCancel = () => resolve(CANCELLED)
    signal?.addEventListener('abort', onCancel, { once: true })
  })

  let outcome: ScorerOutput | typeof TIMED_OUT | typeof CANCELLED
  try {
    // Called synchronously (a synchronous throw lands in the catch below), so that the deadline
    // and durationMs count this scorer's own work, not the scorers queued before it.
    const scoring = Promise.resolve(
      scorer.score(input, {
        options,
        signal: scorerSignal,
        deadline: Date.now() + timeoutMs,
        logger: prefixed(logger, scorer.id),
      }),
    )
    outcome = await Promise.race([scoring, deadline, cancelled])
  } catch (error) {
    return failed(`threw ${describeError(error)}`)
  } finally {
    clearTimeout(timer)
    if (onCancel) signal?.removeEventListener('abort', onCancel)
  }

  if (outcome === TIMED_OUT) {
    controller.abort(
      new DOMException(`${scorer.id} passed its ${timeoutMs} ms deadline`, 'TimeoutError'),
    )
    return finish({
      status: 'timeout',
      reason: `${scorer.id}: did not finish within its ${timeoutMs} ms deadline`,
    })
  }
  if (outcome === CANCELLED) return failed('the run was cancelled while this scorer ran')

  const checked = checkScorerOutput(outcome, input.transcript)
  if (!checked.ok) return failed(`returned invalid output: ${checked.issues.join('; ')}`)
  const output = checked.output
  if ('abstain' in output) {
    return finish({
      status: 'abstained',
      reason: `${scorer.id}: ${output.abstain.reason}`,
      metrics: output.metrics ?? {},
      artifacts: output.artifacts ?? {},
      ...(output.degraded && { degraded: output.degraded }),
    })
  }
  return finish({
    status: 'ok',
    score: output.score,
    label: output.label,
    feedback: output.feedback,
    metrics: output.metrics,
    suggestions: output.suggestions,
    artifacts: output.artifacts ?? {},
  })
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  try {
    return `a non-Error value: ${String(error)}`
  } catch {
    return 'a value that cannot be printed'
  }
}

// one prefixed logger per logger and scorer, made on its first run rather than on every run
const prefixedLoggers = new WeakMap<Logger, Map<string, Logger>>()

function prefixed(logger: Logger, id: string): Logger {
  let byId = prefixedLoggers.get(logger)
  if (!byId) prefixedLoggers.set(logger, (byId = new Map()))
  let made = byId.get(id)
  if (!made) {
    made = Object.freeze({
      debug: (message, data) => logger.debug(`${id}: ${message}`, data),
      info: (message, data) => logger.info(`${id}: ${message}`, data),
      warn: (message, data) => logger.warn(`${id}: ${message}`, data),
    } satisfies Logger)
    byId.set(id, made)
  }
  return made
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} }
