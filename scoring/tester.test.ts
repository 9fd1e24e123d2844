import { z } from 'zod'
import { abstain, defineScorer } from './define.ts'
import { defineCases } from './tester-cases.ts'
import { ScorerTester } from './tester.ts'
import type { Span } from './types.ts'

const ums = defineScorer({
  id: 'ums',
  version: '1.0.0',
  dimension: 'delivery',
  description: 'counts "um"',
  options: z.object({ perUm: z.number().default(20) }),
  async score(input, { options }) {
    if (input.transcript.trim() === '') return abstain('The answer is empty.')
    const spans: Span[] = [...input.transcript.matchAll(/\bum\b/gi)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }))
    return {
      score: Math.max(0, 100 - spans.length * options.perUm),
      label: spans.length ? 'some fillers' : 'fluent',
      feedback: spans.length
        ? [{ kind: 'improvement', message: 'Pause instead of saying "um".', evidence: spans }]
        : [],
      metrics: { ums: spans.length },
      suggestions: [],
    }
  },
})

const input = (transcript: string) => ({
  question: 'Tell me about a time…',
  competency: 'teamwork',
  transcript,
})

test('cases that hold pass with no problems', async () => {
  const cases = defineCases(ums, {
    valid: [
      {
        name: 'a fluent answer scores high',
        input: input('I led it.'),
        score: { min: 90 },
        label: 'fluent',
        metrics: { ums: 0 },
      },
    ],
    invalid: [
      {
        name: 'an um costs points',
        input: input('I um led it.'),
        score: { max: 85 },
        feedback: [{ kind: 'improvement', quote: 'um' }],
        metrics: { ums: { min: 1, max: 1 } },
      },
    ],
    abstain: [{ name: 'an empty answer is not judged', input: input(' '), abstain: /empty/ }],
  })
  const { caseProblems, reports } = await new ScorerTester().check(ums, cases)
  expect(caseProblems).toEqual([])
  expect(reports.map((r) => r.problems)).toEqual([[], [], []])
})

test('a wrong quote is reported with what the scorer quoted instead', async () => {
  const { reports } = await new ScorerTester().check(ums, {
    invalid: [
      {
        name: 'quotes the wrong word',
        input: input('Um, so I um led it.'),
        feedback: [{ kind: 'improvement', quote: 'so' }],
      },
    ],
  })
  expect(reports[0].problems).toContain(
    'expected an improvement quoting "so", but the scorer emitted improvement "Pause instead of saying "um"." quoting "Um", "um"',
  )
})

test('an improvement the case does not list is reported', async () => {
  const { reports } = await new ScorerTester().check(ums, {
    valid: [{ name: 'hides an um', input: input('I um led it.') }],
  })
  expect(reports[0].problems).toEqual([
    'the scorer emitted an improvement the case does not list: improvement "Pause instead of saying "um"." quoting "um"; add it to the case\'s feedback',
  ])
})

test('a nondeterministic scorer is reported with where the two runs differ', async () => {
  let calls = 0
  const flaky = defineScorer({
    ...ums,
    id: 'flaky',
    options: undefined,
    async score() {
      calls += 1
      return { score: 50, label: `run ${calls}`, feedback: [], metrics: {}, suggestions: [] }
    },
  })
  const { reports } = await new ScorerTester().check(flaky, {
    valid: [{ name: 'same twice', input: input('I led it.') }],
  })
  expect(reports[0].problems).toEqual([
    'the scorer is not deterministic: two runs on the same input differ at output.label ("run 1" then "run 2")',
  ])
})

test('the cases themselves are checked: duplicate names, quotes not in the transcript, bad options', async () => {
  const { caseProblems } = await new ScorerTester().check(ums, {
    valid: [{ name: 'twice', input: { ...input('I led it.'), options: { perUm: 'lots' } } }],
    invalid: [
      {
        name: 'twice',
        input: input('I um led it.'),
        feedback: [{ kind: 'improvement', quote: 'uh' }],
      },
      { name: 'no improvement listed', input: input('I um led it.') },
    ],
  })
  expect(caseProblems).toEqual([
    'valid case "twice": its options do not match the scorer\'s schema: perUm: Invalid input: expected number, received string',
    'invalid case "twice": another case has the same name; names must be unique',
    'invalid case "twice": the quote "uh" does not occur in the transcript',
    'invalid case "no improvement listed": an invalid case must list the improvement(s) the scorer emits',
  ])
})

test('score out of range, wrong abstention and invalid output read clearly', async () => {
  const broken = defineScorer({
    ...ums,
    id: 'broken',
    options: undefined,
    async score() {
      return { score: 101, label: '', feedback: [], metrics: {}, suggestions: [] }
    },
  })
  const tester = new ScorerTester()
  const range = await tester.check(ums, {
    invalid: [
      {
        name: 'r',
        input: input('um um um'),
        score: { min: 80 },
        feedback: [{ kind: 'improvement', quote: 'um' }],
      },
    ],
  })
  expect(range.reports[0].problems).toEqual(['expected a score in [80, 100], got 40'])
  const abstention = await tester.check(ums, {
    abstain: [{ name: 'a', input: input('I led it.'), abstain: true }],
  })
  expect(abstention.reports[0].problems).toEqual([
    'expected an abstention, but it scored 100 (fluent)',
  ])
  const invalid = await tester.check(broken, { valid: [{ name: 'v', input: input('I led it.') }] })
  expect(invalid.reports[0].problems[0]).toMatch(
    /^the scorer failed: broken: returned invalid output: score: Too big/,
  )
})

test('run registers a suite with a test per case, and `only` focuses one', async () => {
  const registered: { name: string; body: () => Promise<void> }[] = []
  const suites: string[] = []
  const tester = new ScorerTester({
    describe: (name, body) => {
      suites.push(name)
      body()
    },
    test: (name, body) => registered.push({ name, body }),
  })
  tester.run(ums, {
    valid: [
      { name: 'fluent', input: input('I led it.') },
      { name: 'also fluent', input: input('We shipped.'), only: true, score: { max: 10 } },
    ],
  })
  expect(suites).toEqual(['ums'])
  expect(registered.map((t) => t.name)).toEqual(['its cases are well formed', 'valid: also fluent'])
  await expect(registered[1].body()).rejects.toThrow(
    'ums@1.0.0, valid case "also fluent":\n  - expected a score in [0, 10], got 100',
  )
})
