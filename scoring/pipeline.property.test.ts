import fc from 'fast-check'
import { builtinScorers, defaultScorerConfig } from './builtins/builtin-scorers.ts'
import { loadScorerConfig } from './config.ts'
import { runPipeline, type AnswerInput } from './pipeline.ts'
import { MockInterviewAttemptResponse } from './response.ts'
import { configure, fixedScorer } from './test-scorers.ts'
import type { ConfiguredScorer, Scorer, ScorerOutput, Word } from './types.ts'

const config = await loadScorerConfig(defaultScorerConfig, { builtins: builtinScorers })

// NaN-free garbage: negative, reversed, overlapping, huge; JSON can carry all of it
const garbageTime = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
const word: fc.Arbitrary<Word> = fc.record(
  {
    word: fc.string({ unit: 'grapheme', maxLength: 12 }),
    start: garbageTime,
    end: garbageTime,
    confidence: fc.double({ noNaN: true, noDefaultInfinity: true, min: -2, max: 2 }),
    punctuated_word: fc.string({ unit: 'grapheme', maxLength: 14 }),
  },
  { requiredKeys: ['word', 'start', 'end', 'confidence'] },
)

const englishish = fc
  .array(
    fc.constantFrom(
      'I',
      'we',
      'led',
      'um',
      'you know',
      'the',
      'team',
      '40%',
      'result',
      'because',
      'so',
      'I, I',
      'would',
      '.',
      ',',
      '\n',
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(' '))
const transcript = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 600 }),
  englishish,
)

function answerOf(text: fc.Arbitrary<string>): fc.Arbitrary<AnswerInput> {
  return fc.record(
    {
      question: fc.string({ unit: 'grapheme', maxLength: 120 }),
      kind: fc.constantFrom('behavioural', 'situational', 'technical'),
      competency: fc.string({ maxLength: 30 }),
      transcript: text,
      words: fc.array(word, { maxLength: 80 }),
      durationMs: fc.integer({ min: -1000, max: 100_000_000 }),
    },
    { requiredKeys: ['question', 'kind', 'competency', 'transcript'] },
  )
}

// Robustness, not speed (that is the benchmark's job): a generous deadline keeps a busy
// CI machine running test files in parallel from turning a slow huge answer into a timeout.
async function expectEveryBuiltinToAnswer(input: AnswerInput) {
  const response = await runPipeline({ ...config, input, defaultTimeoutMs: 60_000 })
  const broken = response.scorers.filter((s) => s.status === 'failed' || s.status === 'timeout')
  expect(broken.map((s) => s.reason)).toEqual([])
  expect(response.scorers.map((s) => s.id)).toEqual(config.scorers.map((s) => s.scorer.id))
  MockInterviewAttemptResponse.parse(response)
}

test('no built-in scorer fails on any answer: empty, any Unicode, garbage timings', async () => {
  await fc.assert(fc.asyncProperty(answerOf(transcript), expectEveryBuiltinToAnswer), {
    numRuns: 150,
  })
})

test('no built-in scorer fails on a huge answer of 50,000 characters', async () => {
  const huge = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 50_000, maxLength: 50_000 }),
    englishish.map((text) =>
      (text || 'I led it.').repeat(Math.ceil(50_000 / (text.length || 9))).slice(0, 50_000),
    ),
  )
  await fc.assert(fc.asyncProperty(answerOf(huge), expectEveryBuiltinToAnswer), { numRuns: 6 })
}, 180_000)

type Behaviour = 'ok' | 'throws' | 'hangs' | 'invalid' | 'abstains' | 'rejects-late'

function behaving(id: string, behaviour: Behaviour, dependsOn: string[]): Scorer {
  const outputs: Record<Behaviour, () => Promise<ScorerOutput>> = {
    ok: async () => ({ score: 50, label: 'ok', feedback: [], metrics: {}, suggestions: [] }),
    throws: async () => {
      throw new Error('nope')
    },
    hangs: () => new Promise(() => {}),
    invalid: async () => ({ score: -1 }) as unknown as ScorerOutput,
    abstains: async () => ({ abstain: { reason: 'no' } }),
    'rejects-late': () =>
      new Promise((_r, reject) => setTimeout(() => reject(new Error('late')), 40)),
  }
  return fixedScorer(id, 0, { dependsOn, score: outputs[behaviour] })
}

test('the pipeline returns exactly one result per configured scorer whatever the plugins do', async () => {
  const graph = fc
    .array(
      fc.constantFrom<Behaviour>('ok', 'throws', 'hangs', 'invalid', 'abstains', 'rejects-late'),
      { minLength: 1, maxLength: 8 },
    )
    .chain((behaviours) =>
      fc.tuple(
        fc.constant(behaviours),
        // each scorer may depend on any earlier one: always a DAG
        fc.tuple(
          ...behaviours.map((_, i) => fc.subarray(behaviours.map((__, j) => `s${j}`).slice(0, i))),
        ),
      ),
    )
  await fc.assert(
    fc.asyncProperty(graph, async ([behaviours, deps]) => {
      const scorers: ConfiguredScorer[] = behaviours
        .map((b, i) => configure(behaving(`s${i}`, b, deps[i]), 1, { timeoutMs: 20 }))
        .reverse()
      const seen: string[] = []
      const response = await runPipeline({
        scorers,
        input: { question: 'q', kind: 'technical', competency: 'c', transcript: 'x' },
        onResult: (r) => {
          seen.push(r.id)
        },
      })
      expect(response.scorers.map((s) => s.id)).toEqual(scorers.map((s) => s.scorer.id))
      expect(seen.sort()).toEqual(scorers.map((s) => s.scorer.id).sort())
      expect(response.status).toBe(behaviours.every((b) => b === 'ok') ? 'complete' : 'partial')
    }),
    { numRuns: 40 },
  )
})
