/**
 * `npm run --silent score -- (--question "<text>" | --question-id <bank key>) [--competency "<name>"]
 *   --answer-file <path> [--kind behavioural|situational|technical] [--words <deepgram-words.json>]
 *   [--duration-ms <n>] [--config <path>] [--bank <question-bank.json>] [--json]`
 * Scores one answer with the configured scorers and prints the MockInterviewAttemptResponse
 * (--json) or a readable summary. A bank question (its exact text or id) is scored with its
 * rubric, kind and competency, as the app scores it; any other question's kind, when not given,
 * is inferred from its wording. Exit 0 on success, 2 on bad arguments, 1 on a config error.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { EncoreScoringError } from '../errors.ts'
import { runPipeline, type AnswerInput } from '../pipeline.ts'
import type { QuestionKind } from '../types.ts'
import { formatSummary } from './format-summary.ts'
import { DEFAULT_CONFIG_PATH, loadLocalConfig } from './local-config.ts'
import { DEFAULT_BANK_PATH, readCatalogue } from './question-catalogue.ts'
import { readWordsFile, UsageError } from './read-words.ts'

const KINDS: QuestionKind[] = ['behavioural', 'situational', 'technical']
const USAGE =
  'Usage: npm run --silent score -- (--question "<text>" | --question-id <bank key>) [--competency "<name>"] --answer-file <path> ' +
  '[--kind behavioural|situational|technical] [--words <deepgram-words.json>] [--duration-ms <n>] [--config <path>] [--bank <question-bank.json>] [--json]'

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
        'question-id': { type: 'string' },
        competency: { type: 'string' },
        'answer-file': { type: 'string' },
        kind: { type: 'string' },
        bank: { type: 'string', default: DEFAULT_BANK_PATH },
        words: { type: 'string' },
        'duration-ms': { type: 'string' },
        config: { type: 'string', default: DEFAULT_CONFIG_PATH },
        json: { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  let bank
  try {
    bank = await readCatalogue(values.bank)
  } catch (error) {
    throw new UsageError(
      `Cannot read the question bank ${values.bank}: ${(error as Error).message}`,
    )
  }
  const id = values['question-id']?.trim()
  const known = id ? bank.find(id) : values.question ? bank.find(values.question) : undefined
  if (id && !known) throw new UsageError(`No bank question has the id "${id}".`)
  const question = known?.question ?? values.question
  const competency = values.competency?.trim() || known?.competency
  const missing = [
    ...(question?.trim() ? [] : ['--question']),
    ...(competency ? [] : ['--competency']),
    ...(values['answer-file']?.trim() ? [] : ['--answer-file']),
  ]
  if (missing.length > 0) throw new UsageError(`Missing ${missing.join(', ')}.\n${USAGE}`)
  if (values.kind !== undefined && !KINDS.includes(values.kind as QuestionKind)) {
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
      question: question!,
      competency: competency!,
      // not given: the bank question's kind, else the pipeline infers it from the wording
      ...((values.kind ?? known?.kind) && { kind: (values.kind ?? known?.kind) as QuestionKind }),
      ...(known && { rubric: known.rubric }),
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
