/**
 * Expected failures of the scoring SDK. Clients branch on `code`, never on the text.
 * A failing scorer during a run is data (a ScorerResult), not one of these: these are
 * thrown while loading a config, or by the tester and the CLI.
 */

export type EncoreScoringErrorCode =
  'INVALID_SCORER_OUTPUT' | 'PLUGIN_LOAD_FAILED' | 'SCORING_CONFIG_INVALID'

/** The base class of every error the scoring SDK throws on purpose. */
export abstract class EncoreScoringError extends Error {
  abstract readonly code: EncoreScoringErrorCode

  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A scorer returned something that breaks the output contract (score out of range, span outside the transcript…). */
export class InvalidScorerOutputError extends EncoreScoringError {
  readonly code = 'INVALID_SCORER_OUTPUT'

  readonly scorerId: string
  readonly issues: string[]

  constructor(scorerId: string, issues: string[]) {
    super(`${scorerId}: returned invalid output: ${issues.join('; ')}`)
    this.scorerId = scorerId
    this.issues = issues
  }
}

/** A plugin named in the config could not be imported or is not a scorer. */
export class PluginLoadError extends EncoreScoringError {
  readonly code = 'PLUGIN_LOAD_FAILED'

  readonly plugin: string
  readonly why: string

  constructor(plugin: string, why: string, options?: ErrorOptions) {
    super(`Could not load scorer plugin "${plugin}": ${why}`, options)
    this.plugin = plugin
    this.why = why
  }
}

/** The scoring config is malformed: bad shape, duplicate ids, unknown dependencies, a cycle. */
export class ScoringConfigError extends EncoreScoringError {
  readonly code = 'SCORING_CONFIG_INVALID'
}
