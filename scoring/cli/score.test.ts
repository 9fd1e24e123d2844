import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { MockInterviewAttemptResponse } from '../response.ts'

const script = fileURLToPath(new URL('./score.ts', import.meta.url))
const fixture = fileURLToPath(
  new URL('../fixtures/answers/payments-migration-300-words.json', import.meta.url),
)
const run = promisify(execFile)

async function score(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script, ...args], { encoding: 'utf8' })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

let dir: string
let answerFile: string
let wordsFile: string
let deepgramFile: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'encore-score-cli-'))
  const answer = JSON.parse(await readFile(fixture, 'utf8'))
  answerFile = join(dir, 'answer.txt')
  wordsFile = join(dir, 'words.json')
  deepgramFile = join(dir, 'deepgram.json')
  await writeFile(answerFile, answer.transcript)
  await writeFile(wordsFile, JSON.stringify(answer.words))
  await writeFile(
    deepgramFile,
    JSON.stringify({
      metadata: {},
      results: {
        channels: [{ alternatives: [{ transcript: answer.transcript, words: answer.words }] }],
      },
    }),
  )
})

const base = () => [
  '--question',
  'Tell me about a time you delivered under a tight deadline.',
  '--competency',
  'delivering under pressure',
  '--answer-file',
  answerFile,
]

test('--json prints one response object with every built-in scorer listed', async () => {
  const { code, stdout, stderr } = await score(...base(), '--words', wordsFile, '--json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const response = MockInterviewAttemptResponse.parse(JSON.parse(stdout))
  expect(response.overall).toBeGreaterThan(0)
  expect(response.delivery?.wpm).toBeGreaterThan(100)
  expect(response.star).not.toBeNull()
  expect(response.scorers.map((s) => s.id)).toContain('pace')
  expect(response.scorers.find((s) => s.id === 'pace')?.status).toBe('ok')
})

test('a whole Deepgram response is accepted as the words file', async () => {
  const fromWords = JSON.parse((await score(...base(), '--words', wordsFile, '--json')).stdout)
  const fromDeepgram = JSON.parse(
    (await score(...base(), '--words', deepgramFile, '--json')).stdout,
  )
  expect(fromDeepgram.delivery).toEqual(fromWords.delivery)
})

test('without --json a readable summary is printed', async () => {
  const { code, stdout } = await score(...base(), '--duration-ms', '60000')
  expect(code).toBe(0)
  expect(stdout).toMatch(/^Overall: [\d.]+ \/ 100 \((complete|partial)\)/)
  expect(stdout).toContain('Scorers:')
})

test('a plugin config given with --config is used instead of the built-ins', async () => {
  const config = join(dir, 'numbers.config.json')
  const plugin = fileURLToPath(
    new URL('../../examples/encore-scorer-numbers/numbers.ts', import.meta.url),
  )
  await writeFile(config, JSON.stringify({ scorers: [{ use: plugin }] }))
  const { code, stdout } = await score(...base(), '--config', config, '--json')
  expect(code).toBe(0)
  expect(JSON.parse(stdout).scorers.map((s: { id: string }) => s.id)).toEqual(['numbers'])
})

test.each([
  [['--question', 'Q?', '--answer-file', 'x.txt'], /^Missing --competency\.\nUsage: /],
  [['--nope'], /Unknown option '--nope'/],
  [['--kind', 'casual'], /--kind must be one of behavioural, situational, technical; got "casual"/],
  [
    ['--duration-ms', 'soon'],
    /--duration-ms must be a non-negative number of milliseconds; got "soon"/,
  ],
])('bad arguments (%j) print one clear message and exit 2', async (args, message) => {
  const full = args[0] === '--question' ? args : [...base(), ...args]
  const { code, stdout, stderr } = await score(...full)
  expect(code).toBe(2)
  expect(stdout).toBe('')
  expect(stderr).toMatch(message)
})

test('an unreadable answer file and invalid words JSON are reported', async () => {
  const missing = await score(
    '--question',
    'Q?',
    '--competency',
    'c',
    '--answer-file',
    join(dir, 'missing.txt'),
  )
  expect(missing.code).toBe(2)
  expect(missing.stderr).toMatch(/^Cannot read the answer file .*missing\.txt: ENOENT/)
  const bad = join(dir, 'bad-words.json')
  await writeFile(bad, JSON.stringify([{ word: 'hi', start: 'soon', end: 1, confidence: 1 }]))
  const invalid = await score(...base(), '--words', bad)
  expect(invalid.code).toBe(2)
  expect(invalid.stderr).toMatch(/has an invalid word at 0\.start: Invalid input: expected number/)
  await writeFile(bad, '{"results": {}}')
  expect((await score(...base(), '--words', bad)).stderr).toMatch(
    /neither a list of words nor a Deepgram response/,
  )
})

test('a broken config exits 1 naming the problem', async () => {
  const config = join(dir, 'broken.config.json')
  await writeFile(config, JSON.stringify({ scorers: [{ use: './nowhere.js' }] }))
  const { code, stderr } = await score(...base(), '--config', config)
  expect(code).toBe(1)
  expect(stderr).toMatch(/^Could not load scorer plugin "\.\/nowhere\.js"/)
})

describe('the question as the app would see it', () => {
  const PLAN =
    "First I'd call the guest's room and apologise, then I'd ask the night porter to check the corridor, because the noise may come from elsewhere. If it went on, I'd move the guest to a quiet room and leave a note for the morning manager."
  let planFile: string
  beforeAll(async () => {
    planFile = join(dir, 'plan.txt')
    await writeFile(planFile, PLAN)
  })

  test('without --kind, a "What would you do if…" question is judged as a plan', async () => {
    const args = ['--competency', 'customer focus', '--answer-file', planFile, '--json']
    const q = 'What would you do if a guest complained about noise at midnight?'
    const inferred = JSON.parse((await score('--question', q, ...args)).stdout)
    const given = JSON.parse(
      (await score('--question', q, '--kind', 'situational', ...args)).stdout,
    )
    expect(inferred.overall).toBe(given.overall)
    expect(inferred.feedback.map((f: { message: string }) => f.message)).toContain(
      'The plan is laid out in concrete steps.',
    )
  })

  test('a bank question given by its id or its exact text scores alike, with its competency', async () => {
    const bank = JSON.parse(
      await readFile(new URL('../../prisma/seed/question-bank.json', import.meta.url), 'utf8'),
    ) as { questions: { id: string; question: string }[] }
    const { id, question } = bank.questions[0]
    const byId = await score('--question-id', id, '--answer-file', answerFile, '--json')
    const byText = await score('--question', question, '--answer-file', answerFile, '--json')
    expect(byId.code).toBe(0)
    expect(JSON.parse(byId.stdout).overall).toBe(JSON.parse(byText.stdout).overall)
  })

  test('an unknown question id exits 2', async () => {
    const { code, stderr } = await score('--question-id', 'no-such-key', '--answer-file', planFile)
    expect(code).toBe(2)
    expect(stderr).toMatch(/No bank question has the id "no-such-key"/)
  })
})
