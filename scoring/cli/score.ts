/**
 * `npm run --silent score -- --question "<text>" --competency "<name>" --answer-file <path>
 *   [--kind behavioural] [--words <deepgram-words.json>] [--duration-ms <n>] [--config <path>] [--json]`
 * Scores one answer with the configured scorers and prints the MockInterviewAttemptResponse
 * (--json) or a readable summary. Exit 0 on success, 2 on bad arguments, 1 on a config error.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { EncoreScoringError } from '../errors.ts'
import { runPipeline, type AnswerInput } from '../pipeline.ts'
import type { QuestionKind } from '../types.ts'
import { formatSummary } from './format-summary.ts'
import { DEFAULT_CONFIG_PATH, loadLocalConfig } from './local-config.ts'
import { readWordsFile, UsageError } from './read-words.ts'

const KINDS: QuestionKind[] = ['behavioural', 'situational', 'technical']
const USAGE =
  'Usage: npm run --silent score -- --question "<text>" --competency "<name>" --answer-file <path> ' +
  '[--kind behavioural|situational|technical] [--words <deepgram-words.json>] [--duration-ms <n>] [--config <path>] [--json]'

async function parse(
  argv: string[],
): Promise<{ input: AnswerInput; configPath: string; json: boolean }> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        question: { type: 'string' },
        competency: { type: 'string' },
        'answer-file': { type: 'string' },
        kind: { type: 'string', default: 'behavioural' },
        words: { type: 'string' },
        'duration-ms': { type: 'string' },
        config: { type: 'string', default: DEFAULT_CONFIG_PATH },
        json: { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  const missing = (['question', 'competency', 'answer-file'] as const).filter(
    (name) => !values[name]?.trim(),
  )
  if (missing.length > 0)
    throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.\n${USAGE}`)
  if (!KINDS.includes(values.kind as QuestionKind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(', ')}; got "${values.kind}".`)
  }
  let durationMs: number | undefined
  if (values['duration-ms'] !== undefined) {
    durationMs = Number(values['duration-ms'])
    if (!/^\d+(\.\d+)?$/.test(values['duration-ms']) || !Number.isFinite(durationMs)) {
      throw new UsageError(
        `--duration-ms must be a non-negative number of milliseconds; got "${values['duration-ms']}".`,
      )
    }
  }
  let transcript: string
  try {
    transcript = await readFile(values['answer-file']!, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read the answer file ${values['answer-file']}: ${(error as Error).message}`,
    )
  }
  const words = values.words === undefined ? undefined : await readWordsFile(values.words)
  return {
    input: {
      question: values.question!,
      competency: values.competency!,
      kind: values.kind as QuestionKind,
      transcript: transcript.trim(),
      ...(words && { words }),
      ...(durationMs !== undefined && { durationMs }),
    },
    configPath: values.config!,
    json: values.json!,
  }
}

async function main(): Promise<number> {
  try {
    const { input, configPath, json } = await parse(process.argv.slice(2))
    const config = await loadLocalConfig(configPath)
    const response = await runPipeline({ ...config, input })
    process.stdout.write(json ? `${JSON.stringify(response)}\n` : `${formatSummary(response)}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    if (error instanceof EncoreScoringError) {
      process.stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  }
}

process.exitCode = await main()
