import { findLexicon } from './competency-lexicons.ts'

describe('a competency named by the caller', () => {
  test('is found by its id or an alias, in any case and with hyphens or underscores', () => {
    expect(findLexicon('Conflict Resolution')?.id).toBe('conflict resolution')
    expect(findLexicon('decision_making')?.id).toBe('decision making')
    expect(findLexicon('problem-solving')?.id).toBe('problem solving')
  })

  test('is found when the name contains one ("conflict resolution skills")', () => {
    expect(findLexicon('conflict resolution skills')?.id).toBe('conflict resolution')
  })

  test('is found in another form of the same words ("prioritising", "mentored")', () => {
    expect(findLexicon('prioritising')?.id).toBe('prioritisation')
    expect(findLexicon('Mentored')?.id).toBe('mentoring')
  })

  test('is none when no lexicon names it', () => {
    expect(findLexicon('integrity')).toBeUndefined()
  })
})
