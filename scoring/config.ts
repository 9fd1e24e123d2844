/**
 * The scoring config file (`scoring.config.json`): which scorers run, with what weight,
 * options and deadline, and how the dimensions weigh in the overall score.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { PluginLoadError, ScoringConfigError } from './errors.ts'
import { orderScorers } from './scorer-graph.ts'
import type { ConfiguredScorer, Scorer } from './types.ts'

const entrySchema = z.strictObject({
  /** a built-in id, a local path starting with ./ or ../ (relative to the config file), or an npm package name */
  use: z.string().min(1),
  weight: z.number().min(0).default(1),
  options: z.record(z.string(), z.unknown()).default({}),
  timeoutMs: z.int().positive().optional(),
})

/**
 * What holds a gate: a scorer's id, or `{ "mean": [ids] }`, the mean of two or more scorers'
 * readings of one question (e.g. relevance and topic: whether the answer is on the question,
 * read two independent ways; decision 102). A member that abstained or failed is left out.
 */
const gateHolderSchema = z.union([
  z.string().min(1),
  z.strictObject({ mean: z.array(z.string().min(1)).min(2) }),
])

export type GateHolder = z.output<typeof gateHolderSchema>

/**
 * An interviewer's gate: when the named scorer scores below `below`, the listed dimensions
 * (and so the overall) are scaled down, however polished the rest (docs/decisions/050). Several
 * may hold it (e.g. relevance and judgement: off the question, or a red flag): the lowest
 * decides (docs/decisions/057).
 */
export const gateSchema = z.strictObject({
  /** the id of a configured scorer, e.g. 'relevance', a mean of several, or a list of those */
  scorer: z.union([gateHolderSchema, z.array(gateHolderSchema).min(1)]),
  /** the gate applies below this score */
  below: z.number().min(1).max(100).default(50),
  /** the factor at a gate score of 0; it rises linearly to 1 at `below` */
  floor: z.number().min(0).max(1).default(0.4),
  /** the dimensions it scales */
  dimensions: z.array(z.string().min(1)).min(1).default(['content', 'structure']),
  /** what the candidate reads when the gate applies */
  message: z
    .string()
    .min(1)
    .default(
      'This answer does not address the question asked, so its content and structure count for less.',
    ),
})

export type GateConfig = z.output<typeof gateSchema>

/** The ids of the scorers a gate holder reads. */
export function gateHolderIds(holder: GateHolder): string[] {
  return typeof holder === 'string' ? [holder] : holder.mean
}

export const scoringConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  scorers: z.array(entrySchema),
  dimensionWeights: z.record(z.string(), z.number().min(0)).default({}),
  gate: gateSchema.optional(),
  /**
   * `[mean, reported]` points mapping the weighted mean of the dimensions to the overall a
   * candidate reads, `mean` strictly increasing (scoring/calibration.ts)
   */
  overallCalibration: z
    .array(z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]))
    .min(2)
    .refine((points) => points.every((p, i) => i === 0 || p[0] > points[i - 1][0]), {
      message: 'the first numbers of the calibration points must strictly increase',
    })
    .refine((points) => points.every((p, i) => i === 0 || p[1] >= points[i - 1][1]), {
      message:
        'a calibration must not reverse the order of two answers: the second numbers must not decrease',
    })
    .optional(),
  defaultTimeoutMs: z.int().positive().optional(),
})

/** The config file as written (weights and options may be left out). */
export type ScoringConfigFile = z.input<typeof scoringConfigSchema>

/** A loaded config: plugins imported, graph checked, ready for `runPipeline`. */
export interface LoadedScoringConfig {
  scorers: ConfiguredScorer[]
  dimensionWeights: Record<string, number>
  gate?: GateConfig
  overallCalibration?: [number, number][]
  defaultTimeoutMs?: number
}

export interface LoadScorerConfigOptions {
  /** where local paths and npm packages resolve from (default: the config file's folder, else the cwd) */
  baseDir?: string
  /** the scorers a config may name by id (e.g. `builtinScorers`) */
  builtins?: readonly Scorer<any>[]
}

/**
 * Loads a scoring config from a file path or an object: resolves each `use` (built-in id,
 * local path, npm package), checks every plugin is a scorer, and checks the dependency graph.
 * Throws ScoringConfigError or PluginLoadError (naming the plugin) with what to fix.
 */
export async function loadScorerConfig(
  configOrPath: string | ScoringConfigFile,
  { baseDir, builtins = [] }: LoadScorerConfigOptions = {},
): Promise<LoadedScoringConfig> {
  const { raw, dir, source } =
    typeof configOrPath === 'string'
      ? {
          raw: await readConfigFile(configOrPath),
          dir: baseDir ?? dirname(resolve(configOrPath)),
          source: configOrPath,
        }
      : {
          raw: configOrPath as unknown,
          dir: baseDir ?? process.cwd(),
          source: 'the scoring config',
        }

  const parsed = scoringConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new ScoringConfigError(`${source} is not a valid scoring config: ${issues.join('; ')}`)
  }
  const config = parsed.data
  const byId = new Map(builtins.map((scorer) => [scorer.id, scorer]))
  const scorers = await Promise.all(
    config.scorers.map(async (entry): Promise<ConfiguredScorer> => ({
      scorer: await resolveScorer(entry.use, dir, byId),
      weight: entry.weight,
      options: entry.options,
      ...(entry.timeoutMs !== undefined && { timeoutMs: entry.timeoutMs }),
    })),
  )
  orderScorers(scorers)
  const gateScorers = config.gate
    ? [config.gate.scorer].flat().flatMap((holder) => gateHolderIds(holder))
    : []
  const unknown = gateScorers.find((id) => !scorers.some((entry) => entry.scorer.id === id))
  if (unknown !== undefined) {
    const ids = scorers.map((entry) => entry.scorer.id).join(', ')
    throw new ScoringConfigError(
      `${source}: the gate names the scorer "${unknown}", which is not configured (configured: ${ids}); add it to "scorers" or fix the gate's "scorer".`,
    )
  }
  return {
    scorers,
    dimensionWeights: config.dimensionWeights,
    ...(config.gate && { gate: config.gate }),
    ...(config.overallCalibration && { overallCalibration: config.overallCalibration }),
    ...(config.defaultTimeoutMs !== undefined && { defaultTimeoutMs: config.defaultTimeoutMs }),
  }
}

async function readConfigFile(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ScoringConfigError(
      `Cannot read the scoring config ${path}: ${(error as Error).message}`,
      { cause: error },
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ScoringConfigError(
      `The scoring config ${path} is not valid JSON: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

function isLocalPath(use: string): boolean {
  return use.startsWith('./') || use.startsWith('../') || isAbsolute(use)
}

async function resolveScorer(
  use: string,
  dir: string,
  builtins: Map<string, Scorer<any>>,
): Promise<Scorer<any>> {
  const builtin = builtins.get(use)
  if (builtin) return builtin
  const mod = isLocalPath(use)
    ? await importLocal(use, dir)
    : await importPackage(use, dir, builtins)
  return checkIsScorer(use, mod)
}

async function importLocal(use: string, dir: string): Promise<unknown> {
  const path = resolve(dir, use)
  try {
    return await import(pathToFileURL(path).href)
  } catch (error) {
    throw new PluginLoadError(use, `importing ${path} failed: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

async function importPackage(
  use: string,
  dir: string,
  builtins: Map<string, Scorer<any>>,
): Promise<unknown> {
  let url: string
  try {
    // resolve from the config's folder, as a plugin is installed beside the project that configures it
    url = pathToFileURL(createRequire(join(dir, 'scoring.config.json')).resolve(use)).href
  } catch {
    url = use
  }
  try {
    return await import(url)
  } catch (error) {
    const known = [...builtins.keys()].join(', ') || 'none were given'
    throw new PluginLoadError(
      use,
      `it is not a built-in scorer id (built-ins: ${known}), not a local path (start those with ./), and importing it as an npm package failed: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

/** Checks a module's default export looks like a scorer, saying exactly what is missing. */
export function checkIsScorer(use: string, mod: unknown): Scorer<any> {
  const scorer = (mod as { default?: unknown } | null)?.default
  if (scorer === undefined) {
    throw new PluginLoadError(
      use,
      'the module has no default export; export the scorer with `export default defineScorer({ … })`',
    )
  }
  const problems: string[] = []
  const s = scorer as Record<string, unknown>
  if (typeof scorer !== 'object' || scorer === null) {
    problems.push(
      `the default export is ${scorer === null ? 'null' : typeof scorer}, not a scorer object`,
    )
  } else {
    for (const key of ['id', 'version', 'dimension', 'description'] as const) {
      if (typeof s[key] !== 'string' || s[key] === '')
        problems.push(`"${key}" must be a non-empty string`)
    }
    if (typeof s.score !== 'function') problems.push('"score" must be a function')
    if (
      s.dependsOn !== undefined &&
      !(Array.isArray(s.dependsOn) && s.dependsOn.every((d) => typeof d === 'string'))
    ) {
      problems.push('"dependsOn" must be a list of scorer ids')
    }
    if (
      s.options !== undefined &&
      typeof (s.options as { safeParse?: unknown })?.safeParse !== 'function'
    ) {
      problems.push('"options" must be a zod schema')
    }
  }
  if (problems.length > 0)
    throw new PluginLoadError(use, `its default export is not a scorer: ${problems.join('; ')}`)
  return scorer as Scorer<any>
}
