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

const tailored = (competency: string, n: number) => ({
  id: `tailored-${competency}-${n}`,
  text: `Tell me about ${competency} at Ledgerly, case ${n}.`,
  competency,
  kind: 'behavioural' as const,
})

test('tailored questions make the whole plan when they cover it', () => {
  const questions = [
    tailored('conflict', 1),
    tailored('mentoring', 1),
    tailored('prioritisation', 1),
    tailored('conflict', 2),
    tailored('mentoring', 2),
  ]
  const plan = buildQuestionPlan({
    competencies: threeCompetencies,
    bank,
    count: 5,
    seed: 'tailored',
    tailored: questions,
  })
  expect(plan.map((q) => q.source)).toEqual(Array(5).fill('GENERATED'))
  expect(plan.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort())
  expect(new Set(plan.slice(0, 3).map((q) => q.competency)).size).toBe(3)
})

test('too few tailored questions, or ones for competencies the bank lacks, are topped up from the bank in balance', () => {
  for (const seed of ['a', 'b', 'c']) {
    const plan = buildQuestionPlan({
      competencies: threeCompetencies,
      bank,
      count: 5,
      seed,
      tailored: [
        tailored('mentoring', 1),
        { ...tailored('juggling', 1), competency: 'juggling' },
        tailored('conflict', 1),
        tailored('conflict', 1), // the same text twice counts once
      ],
    })
    expect(plan).toHaveLength(5)
    expect(
      plan
        .filter((q) => q.source === 'GENERATED')
        .map((q) => q.competency)
        .sort(),
    ).toEqual(['conflict', 'mentoring'])
    expect(plan.some((q) => q.competency === 'juggling')).toBe(false)
    // every competency once before any repeats; the extras go to the heaviest, as without an LLM
    expect(new Set(plan.slice(0, 3).map((q) => q.competency))).toEqual(
      new Set(['conflict', 'mentoring', 'prioritisation']),
    )
    expect(plan.slice(3).map((q) => q.competency)).toEqual(['conflict', 'conflict'])
    expect(new Set(plan.map((q) => q.id)).size).toBe(5)
  }
})

test('without competencies from the job description, those the tailored questions name come first', () => {
  const plan = buildQuestionPlan({
    competencies: [],
    bank,
    count: 3,
    seed: 'general',
    tailored: [tailored('mentoring', 1)],
  })
  expect(plan[0]).toMatchObject({ competency: 'mentoring', source: 'GENERATED' })
  expect(plan.slice(1).every((q) => q.source === 'BANK')).toBe(true)
  expect(new Set(plan.map((q) => q.competency)).size).toBe(3)
})
