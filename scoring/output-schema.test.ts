import { InvalidScorerOutputError } from './errors.ts'
import { assertScorerOutput, checkScorerOutput } from './output-schema.ts'

const transcript = 'I led the team.'

test('a valid output comes back as a fresh copy without unknown fields', () => {
  const output = {
    score: 80,
    label: 'ok',
    feedback: [],
    metrics: { n: 1 },
    suggestions: [],
    extra: 'dropped',
  }
  const checked = checkScorerOutput(output, transcript)
  expect(checked).toEqual({
    ok: true,
    output: { score: 80, label: 'ok', feedback: [], metrics: { n: 1 }, suggestions: [] },
  })
})

test('every problem is listed with where it is', () => {
  const checked = checkScorerOutput(
    {
      score: 50,
      label: 1,
      feedback: [{ kind: 'praise', message: '', evidence: [] }],
      metrics: {},
      suggestions: [],
    },
    transcript,
  )
  expect(checked.ok).toBe(false)
  expect(!checked.ok && checked.issues.map((i) => i.split(':')[0])).toEqual([
    'label',
    'feedback[0].kind',
    'feedback[0].message',
  ])
})

test('STAR evidence outside the transcript is refused', () => {
  const part = { present: true, evidence: [{ start: 0, end: 99 }] }
  const star = { situation: part, task: part, action: part, result: part, quantified: false }
  const checked = checkScorerOutput({ abstain: { reason: 'no' }, artifacts: { star } }, transcript)
  expect(!checked.ok && checked.issues[0]).toBe(
    'artifacts.star.situation.evidence[0]: span [0, 99) lies outside the transcript (length 15)',
  )
})

test('assertScorerOutput throws a typed error naming the scorer', () => {
  expect(() => assertScorerOutput('inner', null, transcript)).toThrow(InvalidScorerOutputError)
  expect(() => assertScorerOutput('inner', { abstain: { reason: '' } }, transcript)).toThrow(
    'inner: returned invalid output: abstain.reason: an abstention needs a reason',
  )
})
