import { expect, test } from 'vitest'
import { questionBank } from '../../prisma/seed/question-bank.ts'
import { buildQuestionPlan } from './plan.ts'

const bank = questionBank.map((q) => ({
  id: q.key,
  text: q.text,
  competency: q.competency,
  kind: q.kind,
}))
const threeCompetencies = [
  { competency: 'conflict', weight: 0.5 },
  { competency: 'mentoring', weight: 0.3 },
  { competency: 'prioritisation', weight: 0.2 },
]

test('five questions for three competencies cover all three before any repeats', () => {
  for (const seed of ['a', 'b', 'c', 42]) {
    const plan = buildQuestionPlan({ competencies: threeCompetencies, bank, count: 5, seed })
    expect(plan).toHaveLength(5)
    expect(new Set(plan.slice(0, 3).map((q) => q.competency))).toEqual(
      new Set(['conflict', 'mentoring', 'prioritisation']),
    )
    expect(new Set(plan.map((q) => q.id)).size).toBe(5)
    // the extra questions go to the heaviest competencies
    expect(plan.slice(3).map((q) => q.competency)).toEqual(['conflict', 'conflict'])
  }
})

test('the same seed gives the same plan, another seed another', () => {
  const one = buildQuestionPlan({ competencies: threeCompetencies, bank, count: 8, seed: 'seed-1' })
  const again = buildQuestionPlan({
    competencies: threeCompetencies,
    bank,
    count: 8,
    seed: 'seed-1',
  })
  const other = buildQuestionPlan({
    competencies: threeCompetencies,
    bank,
    count: 8,
    seed: 'seed-2',
  })
  expect(again).toEqual(one)
  expect(other.map((q) => q.id)).not.toEqual(one.map((q) => q.id))
})

test('a plan mixes behavioural and situational questions', () => {
  const plan = buildQuestionPlan({ competencies: threeCompetencies, bank, count: 6, seed: 'mix' })
  const kinds = plan.map((q) => q.kind)
  expect(kinds).toContain('behavioural')
  expect(kinds).toContain('situational')
})

test('questions seen in recent sessions are not asked again while others remain', () => {
  const first = buildQuestionPlan({ competencies: threeCompetencies, bank, count: 5, seed: 's' })
  const second = buildQuestionPlan({
    competencies: threeCompetencies,
    bank,
    count: 5,
    seed: 's',
    recentlySeenQuestionIds: first.map((q) => q.id),
  })
  expect(second.filter((q) => first.some((f) => f.id === q.id))).toEqual([])
  expect(new Set(second.slice(0, 3).map((q) => q.competency)).size).toBe(3)
})

test('without a job description the plan spreads over different competencies', () => {
  const plan = buildQuestionPlan({ competencies: [], bank, count: 10, seed: 'general' })
  expect(new Set(plan.map((q) => q.competency)).size).toBe(10)
})

test('a question count outside 1–15 is refused', () => {
  expect(() => buildQuestionPlan({ competencies: [], bank, count: 0, seed: 1 })).toThrow(RangeError)
  expect(() => buildQuestionPlan({ competencies: [], bank, count: 16, seed: 1 })).toThrow(
    RangeError,
  )
  expect(buildQuestionPlan({ competencies: [], bank, count: 15, seed: 1 })).toHaveLength(15)
})
