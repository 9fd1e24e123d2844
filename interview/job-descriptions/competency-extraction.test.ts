import { expect, test } from 'vitest'
import { extractCompetencies, matchCompetencyName } from './competency-extraction.ts'

const jd =
  'You will resolve conflicts between teams and handle disagreement with respect. ' +
  'You will mentor junior engineers. You must prioritise competing priorities under tight deadlines.'

test('a job description yields the competencies it asks for, each with its words as evidence', () => {
  const found = extractCompetencies(jd)
  const ids = found.map((c) => c.competency)
  expect(ids).toEqual(expect.arrayContaining(['conflict', 'mentoring', 'prioritisation']))
  for (const entry of found) {
    for (const span of entry.evidence)
      expect(jd.slice(span.start, span.end).length).toBeGreaterThan(2)
  }
  const conflict = found.find((c) => c.competency === 'conflict')!
  expect(conflict.evidence.map((s) => jd.slice(s.start, s.end).toLowerCase())).toContain(
    'disagreement',
  )
  expect(found.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 2)
})

test('keywords match whole words only, in any case', () => {
  expect(extractCompetencies('CONFLICT resolution matters').map((c) => c.competency)).toContain(
    'conflict',
  )
  expect(extractCompetencies('We use conflictfree replicated data types.')).toEqual([])
})

test('the most asked-for competency weighs the most', () => {
  const found = extractCompetencies(`${jd} Mentoring matters: mentor, coach and mentor again.`)
  expect(found[0]!.competency).toBe('mentoring')
})

test('a competency named by an LLM maps onto the taxonomy', () => {
  expect(matchCompetencyName('Conflict resolution')).toBe('conflict')
  expect(matchCompetencyName('customer focus')).toBe('customer-focus')
  expect(matchCompetencyName('Underwater basket weaving')).toBeNull()
})
