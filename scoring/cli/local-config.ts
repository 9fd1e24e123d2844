/**
 * The repository's own scoring setup for the command-line tools: `scoring.config.json` at
 * the repository root, with the built-in scorers addressable by id.
 */
import { fileURLToPath } from 'node:url'
import { loadScorerConfig, type LoadedScoringConfig } from '../config.ts'
import { builtinScorers } from '../builtins/builtin-scorers.ts'

export const DEFAULT_CONFIG_PATH = fileURLToPath(
  new URL('../../scoring.config.json', import.meta.url),
)

export async function loadLocalConfig(
  path: string = DEFAULT_CONFIG_PATH,
): Promise<LoadedScoringConfig> {
  return loadScorerConfig(path, { builtins: builtinScorers })
}
