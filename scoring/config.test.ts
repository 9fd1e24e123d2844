import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PluginLoadError, ScoringConfigError } from './errors.ts'
import { loadScorerConfig } from './config.ts'
import { runPipeline } from './pipeline.ts'
import { answer, fixedScorer } from './test-scorers.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const examplePlugin = join(here, '../examples/encore-scorer-numbers/numbers.ts')

async function configDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'encore-config-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}

test('the example plugin loads by local path from a config file and is scored in the pipeline', async () => {
  const dir = await configDir({})
  const use = `./${relative(dir, examplePlugin)}`.replace('./../', '../')
  await writeFile(
    join(dir, 'scoring.config.json'),
    JSON.stringify({ scorers: [{ use, weight: 2, timeoutMs: 1000 }, { use: 'steady' }] }),
  )
  const config = await loadScorerConfig(join(dir, 'scoring.config.json'), {
    builtins: [fixedScorer('steady', 50)],
  })
  expect(config.scorers.map((s) => [s.scorer.id, s.weight, s.timeoutMs])).toEqual([
    ['numbers', 2, 1000],
    ['steady', 1, undefined],
  ])

  const response = await runPipeline({ ...config, input: answer })
  const numbers = response.scorers.find((s) => s.id === 'numbers')!
  expect(numbers).toMatchObject({ status: 'ok', score: 60, label: 'quantified' })
  expect(response.dimensions.content.score).toBe(56.7)
  expect(response.feedback[0]).toMatchObject({
    scorerId: 'numbers',
    kind: 'strength',
    evidence: [{ start: 64, end: 74 }],
  })
})

test('an npm package installed beside the config loads by its name', async () => {
  const dir = await configDir({})
  await mkdir(join(dir, 'node_modules'))
  await symlink(dirname(examplePlugin), join(dir, 'node_modules', 'encore-scorer-numbers'), 'dir')
  const config = await loadScorerConfig(
    { scorers: [{ use: 'encore-scorer-numbers' }] },
    { baseDir: dir },
  )
  expect(config.scorers[0].scorer.id).toBe('numbers')
})

test('an npm package that is not a scorer is named with what is missing', async () => {
  await expect(loadScorerConfig({ scorers: [{ use: 'zod' }] })).rejects.toThrow(
    'Could not load scorer plugin "zod": its default export is not a scorer: "id" must be a non-empty string',
  )
})

test.each([
  ['no-default.js', 'export const scorer = {}', 'the module has no default export'],
  [
    'not-scorer.js',
    'export default { id: "x", version: "1", score: 3 }',
    '"dimension" must be a non-empty string; "description" must be a non-empty string; "score" must be a function',
  ],
  ['throws.js', 'throw new Error("boom at import")', 'boom at import'],
  ['syntax.js', 'export default {', 'importing'],
])('a bad local plugin (%s) is named in the error with why', async (file, source, why) => {
  const dir = await configDir({ [file]: source })
  const load = loadScorerConfig({ scorers: [{ use: `./${file}` }] }, { baseDir: dir })
  await expect(load).rejects.toThrow(PluginLoadError)
  await expect(load).rejects.toThrow(`Could not load scorer plugin "./${file}"`)
  await expect(load).rejects.toThrow(why)
})

test('an unknown id that is neither built-in nor installed lists the built-ins', async () => {
  const load = loadScorerConfig(
    { scorers: [{ use: 'fillerz' }] },
    { builtins: [fixedScorer('fillers', 1)] },
  )
  await expect(load).rejects.toThrow(
    /"fillerz": it is not a built-in scorer id \(built-ins: fillers\)/,
  )
})

test('duplicate ids, unknown dependencies and cycles are config errors', async () => {
  const builtins = [
    fixedScorer('a', 1, { dependsOn: ['b'] }),
    fixedScorer('b', 1, { dependsOn: ['a'] }),
    fixedScorer('c', 1, { dependsOn: ['missing'] }),
  ]
  await expect(
    loadScorerConfig({ scorers: [{ use: 'a' }, { use: 'b' }] }, { builtins }),
  ).rejects.toThrow('Scorers depend on each other in a cycle: a → b → a')
  await expect(loadScorerConfig({ scorers: [{ use: 'c' }] }, { builtins })).rejects.toThrow(
    'Scorer "c" depends on "missing", which is not configured',
  )
  await expect(
    loadScorerConfig({ scorers: [{ use: 'b' }, { use: 'b' }, { use: 'a' }] }, { builtins }),
  ).rejects.toThrow('Scorer id "b" is configured twice')
})

test('a malformed config file says which field is wrong', async () => {
  const dir = await configDir({
    'bad.json': JSON.stringify({ scorers: [{ use: 'a', weight: -1, extra: true }] }),
    'broken.json': '{ "scorers": [',
  })
  const bad = loadScorerConfig(join(dir, 'bad.json'))
  await expect(bad).rejects.toThrow(ScoringConfigError)
  await expect(bad).rejects.toThrow(
    /scorers\.0\.weight: Too small.*scorers\.0: Unrecognized key: "extra"/,
  )
  await expect(loadScorerConfig(join(dir, 'broken.json'))).rejects.toThrow(
    /broken\.json is not valid JSON/,
  )
  await expect(loadScorerConfig(join(dir, 'missing.json'))).rejects.toThrow(
    /Cannot read the scoring config .*missing\.json/,
  )
})

test('dimension weights and the default deadline are carried to the pipeline', async () => {
  const config = await loadScorerConfig(
    { scorers: [{ use: 'steady' }], dimensionWeights: { content: 2 }, defaultTimeoutMs: 800 },
    { builtins: [fixedScorer('steady', 50)] },
  )
  expect(config).toMatchObject({ dimensionWeights: { content: 2 }, defaultTimeoutMs: 800 })
})

test("the repository's scoring.config.json loads with the built-ins and mirrors the default config", async () => {
  const { builtinScorers, defaultScorerConfig } = await import('./builtins/builtin-scorers.ts')
  const path = join(here, '../scoring.config.json')
  const config = await loadScorerConfig(path, { builtins: builtinScorers })
  const fromDefault = await loadScorerConfig(defaultScorerConfig, { builtins: builtinScorers })
  expect(config.scorers.map((s) => [s.scorer.id, s.weight])).toEqual(
    fromDefault.scorers.map((s) => [s.scorer.id, s.weight]),
  )
  expect(config.dimensionWeights).toEqual(fromDefault.dimensionWeights)
})
