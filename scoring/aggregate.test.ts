import { aggregate, aggregateDimension, weightedMean } from './aggregate.ts'
import { MockInterviewAttemptResponse } from './response.ts'
import type { ScorerResult } from './types.ts'

function result(id: string, fields: Partial<ScorerResult> = {}): ScorerResult {
  return {
    id,
    version: '1.0.0',
    dimension: 'content',
    status: 'ok',
    score: 50,
    label: null,
    feedback: [],
    metrics: {},
    suggestions: [],
    artifacts: {},
    reason: null,
    durationMs: 1,
    ...fields,
  }
}

const star = (present: boolean) => ({
  situation: { present, evidence: [] },
  task: { present, evidence: [] },
  action: { present, evidence: [] },
  result: { present, evidence: [{ start: 0, end: 3 }] },
  quantified: present,
})

test('a dimension is the weighted mean of the scorers that returned a score', () => {
  const dimension = aggregateDimension([result('a', { score: 90 }), result('b', { score: 30 })], {
    a: 2,
    b: 1,
  })
  expect(dimension).toEqual({ score: 70, reason: null, scorers: ['a', 'b'] })
})

test('abstained and failed scorers are listed with their reasons, not silently dropped', () => {
  const dimension = aggregateDimension([
    result('a', { score: 80 }),
    result('pace', { status: 'abstained', score: null, reason: 'pace: no timings' }),
    result('b', {
      status: 'timeout',
      score: null,
      reason: 'b: did not finish within its 50 ms deadline',
    }),
  ])
  expect(dimension.score).toBe(80)
  expect(dimension.reason).toBe(
    'Scored without abstained: pace: no timings; timeout: b: did not finish within its 50 ms deadline',
  )
})

test('a dimension with no score says why', () => {
  const dimension = aggregateDimension([
    result('pace', { status: 'abstained', score: null, reason: 'pace: no timings' }),
  ])
  expect(dimension).toEqual({
    score: null,
    reason: 'No scorer returned a score (abstained: pace: no timings)',
    scorers: ['pace'],
  })
})

test('a scorer with weight 0 runs and is listed but does not move the score', () => {
  const dimension = aggregateDimension(
    [result('a', { score: 80 }), result('rewriter', { score: 0 })],
    { rewriter: 0 },
  )
  expect(dimension.score).toBe(80)
})

test('overall weighs the dimensions that have a score by the configured dimension weights', () => {
  const response = aggregate({
    results: [
      result('c', { score: 90 }),
      result('d', { dimension: 'delivery', score: 60 }),
      result('s', {
        dimension: 'structure',
        status: 'failed',
        score: null,
        reason: 's: threw Error: x',
      }),
    ],
    dimensionWeights: { content: 2, delivery: 1 },
  })
  expect(response.overall).toBe(80)
  expect(response.status).toBe('partial')
  expect(response.dimensions.structure.score).toBeNull()
})

test('with every scorer ok the result is complete, and with no score at all overall is null', () => {
  expect(aggregate({ results: [result('a')] }).status).toBe('complete')
  expect(aggregate({ results: [] }).overall).toBeNull()
})

test('a plugin dimension of its own appears beside the built-in three and counts in overall', () => {
  const response = aggregate({
    results: [result('c', { score: 40 }), result('x', { dimension: 'inclusivity', score: 100 })],
  })
  expect(response.dimensions.inclusivity).toEqual({ score: 100, reason: null, scorers: ['x'] })
  expect(response.overall).toBe(70)
})

test('artifacts come from the first configured producer, delivery merges field by field', () => {
  const response = aggregate({
    results: [
      result('star-llm', {
        status: 'abstained',
        score: null,
        reason: 'star-llm: no key',
        artifacts: { star: star(true), rewrite: 'first' },
      }),
      result('star', {
        artifacts: {
          star: star(false),
          rewrite: 'second',
          followUp: { question: 'What changed?', targets: 'result', reason: 'no result' },
        },
      }),
      result('pace', { dimension: 'delivery', artifacts: { delivery: { wpm: 142 } } }),
      result('fillers', {
        dimension: 'delivery',
        artifacts: { delivery: { wpm: 999, fillers: { count: 2, words: ['um', 'you know'] } } },
      }),
    ],
  })
  expect(response.star?.quantified).toBe(true)
  expect(response.rewrite).toBe('first')
  expect(response.followUp?.question).toBe('What changed?')
  expect(response.delivery).toMatchObject({
    wpm: 142,
    fillers: { count: 2, words: ['um', 'you know'] },
    longPauses: null,
  })
})

test('feedback is concatenated in configured order, tagged with the scorer id', () => {
  const response = aggregate({
    results: [
      result('a', { feedback: [{ kind: 'strength', message: 'Clear result.', evidence: [] }] }),
      result('b', {
        feedback: [
          { kind: 'improvement', message: 'Fewer fillers.', evidence: [{ start: 0, end: 2 }] },
        ],
      }),
    ],
    degraded: { reason: 'The LLM was unavailable; local scorers only.' },
  })
  expect(response.feedback.map((f) => `${f.scorerId}: ${f.message}`)).toEqual([
    'a: Clear result.',
    'b: Fewer fillers.',
  ])
  expect(response.degraded).toEqual({ reason: 'The LLM was unavailable; local scorers only.' })
  expect(() => MockInterviewAttemptResponse.parse(response)).not.toThrow()
})

test('the weighted mean ignores zero weights and rounds to one decimal', () => {
  expect(
    weightedMean([
      { value: 10, weight: 1 },
      { value: 20, weight: 2 },
      { value: 99, weight: 0 },
    ]),
  ).toBe(16.7)
  expect(weightedMean([{ value: 10, weight: 0 }])).toBeNull()
})

test('an abstention blaming an unavailable service marks the response degraded unless the caller says otherwise', () => {
  const llm = result('llm', {
    status: 'abstained',
    score: null,
    reason: 'llm: no key',
    degraded: { service: 'OpenAI', reason: 'no API key is configured' },
  })
  expect(aggregate({ results: [llm, result('a')] }).degraded).toEqual({
    reason: 'OpenAI: no API key is configured',
  })
  expect(aggregate({ results: [llm], degraded: { reason: 'Deepgram is down' } }).degraded).toEqual({
    reason: 'Deepgram is down',
  })
  expect(aggregate({ results: [result('a')] }).degraded).toBeNull()
})
