import { aggregate } from './aggregate.ts'
import { gateSchema, loadScorerConfig } from './config.ts'
import { ScoringConfigError } from './errors.ts'
import { MockInterviewAttemptResponse } from './response.ts'
import type { ScorerResult } from './types.ts'

function result(
  id: string,
  dimension: string,
  score: number | null,
  fields: Partial<ScorerResult> = {},
): ScorerResult {
  return {
    id,
    version: '1.0.0',
    dimension,
    status: score === null ? 'abstained' : 'ok',
    score,
    label: null,
    feedback: [],
    metrics: {},
    suggestions: [],
    artifacts: {},
    reason: score === null ? `${id}: too short` : null,
    durationMs: 1,
    ...fields,
  }
}

const offTopic =
  'This answer does not address the question asked: it reads as a story about delivery, not conflict.'
const gate = gateSchema.parse({ scorer: 'relevance', below: 50, floor: 0.4 })
const polished = (relevance: number | null) => [
  result('star', 'structure', 80, {
    feedback: [
      { kind: 'strength', message: 'The result is clear.', evidence: [{ start: 0, end: 4 }] },
    ],
  }),
  result('relevance', 'content', relevance, {
    feedback: [{ kind: 'improvement', message: offTopic, evidence: [{ start: 0, end: 4 }] }],
  }),
  result('specificity', 'content', 100),
  result('fillers', 'delivery', 100),
]

test('a polished answer that misses the question loses most of its content and structure score', () => {
  const response = aggregate({ results: polished(0), gate })
  expect(response.dimensions.structure.score).toBe(32)
  expect(response.dimensions.content.score).toBe(20)
  expect(response.dimensions.delivery.score).toBe(100)
  expect(response.overall).toBeLessThan(55)
  expect(MockInterviewAttemptResponse.parse(response)).toEqual(response)
})

test('the candidate reads why: the dimensions name the gate and the first feedback says what was missed', () => {
  const response = aggregate({ results: polished(0), gate })
  expect(response.dimensions.content.reason).toMatch(
    /^This answer does not address the question asked.*relevance scored 0, below 50: this dimension counts 40%/,
  )
  expect(response.dimensions.structure.reason).toContain('it reads as a story about delivery')
  expect(response.feedback[0]).toMatchObject({
    scorerId: 'relevance',
    kind: 'improvement',
    message: offTopic,
  })
})

test('the gate scales gradually: halfway below the threshold costs less than at zero', () => {
  const half = aggregate({ results: polished(25), gate }).dimensions.structure.score!
  expect(half).toBe(56)
  expect(half).toBeGreaterThan(
    aggregate({ results: polished(0), gate }).dimensions.structure.score!,
  )
})

test('an answer on the question is untouched by the gate', () => {
  const gated = aggregate({ results: polished(50), gate })
  const open = aggregate({ results: polished(50) })
  expect(gated).toEqual(open)
  expect(gated.dimensions.structure).toEqual({ score: 80, reason: null, scorers: ['star'] })
})

test('a gate scorer that abstained leaves the scores alone', () => {
  const response = aggregate({ results: polished(null), gate })
  expect(response.dimensions.structure.score).toBe(80)
  expect(response.dimensions.structure.reason).toBeNull()
})

/** A built-in that always scores 50, to load configs with. */
const fixed = (id: string, dimension: string) => ({
  id,
  version: '1.0.0',
  dimension,
  description: 'fixed',
  async score() {
    return { score: 50, label: '', feedback: [], metrics: {}, suggestions: [] }
  },
})

test('a config whose gate names a scorer it does not run is refused with the fix', async () => {
  const load = loadScorerConfig(
    { scorers: [{ use: 'star' }], gate: { scorer: 'relevance' } },
    { builtins: [fixed('star', 'structure')] },
  )
  await expect(load).rejects.toThrow(ScoringConfigError)
  await expect(load).rejects.toThrow(
    /the gate names the scorer "relevance", which is not configured/,
  )
})

test('of several gate scorers the lowest decides, and a red flag says its own reason', () => {
  const both = gateSchema.parse({ scorer: ['relevance', 'judgement'], below: 50, floor: 0.4 })
  const redFlag = 'Blaming others is a red flag: say what you could control.'
  const results = [
    ...polished(90),
    result('judgement', 'content', 10, {
      feedback: [{ kind: 'improvement', message: redFlag, evidence: [{ start: 0, end: 4 }] }],
    }),
  ]
  const response = aggregate({ results, gate: both })
  expect(response.dimensions.structure.score).toBe(80 * (0.4 + (0.6 * 10) / 50))
  expect(response.dimensions.structure.reason).toMatch(/^Blaming others is a red flag/)
  expect(aggregate({ results: polished(90), gate: both }).dimensions.structure.score).toBe(80)
})

describe('a gate held by the mean of two readings of the question (relevance and topic)', () => {
  const onTopic = gateSchema.parse({ scorer: [{ mean: ['relevance', 'topic'] }, 'judgement'] })
  const otherCompetency = 'This reads as a story about teamwork; the question asks about conflict.'
  const withTopic = (relevance: number | null, topic: number | null) => [
    ...polished(relevance),
    result('topic', 'content', topic, {
      feedback: [{ kind: 'improvement', message: otherCompetency, evidence: [] }],
    }),
  ]

  test('an answer worded far from the question but on its competency is not gated', () => {
    const response = aggregate({ results: withTopic(20, 100), gate: onTopic })
    expect(response.dimensions.structure).toEqual({ score: 80, reason: null, scorers: ['star'] })
  })

  test('a story on another competency is gated even when it shares the question’s words, and the lower reading says why', () => {
    const response = aggregate({ results: withTopic(60, 0), gate: onTopic })
    expect(response.dimensions.structure.score).toBe(80 * (0.4 + (0.6 * 30) / 50))
    expect(response.dimensions.structure.reason).toContain(
      'relevance and topic scored 30 on average, below 50',
    )
    expect(response.dimensions.structure.reason).toContain(otherCompetency)
    expect(response.feedback[0]).toMatchObject({ scorerId: 'topic', message: otherCompetency })
  })

  test('a reading that abstained is left out: the other decides alone', () => {
    const response = aggregate({ results: withTopic(20, null), gate: onTopic })
    expect(response.dimensions.structure.reason).toContain('(relevance scored 20, below 50')
  })

  test('a config whose mean names a scorer it does not run is refused', async () => {
    const load = loadScorerConfig(
      { scorers: [{ use: 'relevance' }], gate: { scorer: { mean: ['relevance', 'topic'] } } },
      { builtins: [fixed('relevance', 'content')] },
    )
    await expect(load).rejects.toThrow(/the gate names the scorer "topic", which is not configured/)
  })
})
