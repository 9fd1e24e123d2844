import { analyseStar } from './star-analysis.ts'
import { ScorerTester } from '../../tester.ts'
import cases from './star.cases.ts'
import star from './star.ts'

new ScorerTester().run(star, cases)

describe('the clauses a story’s actions are read from', () => {
  // written for this test
  const story =
    'Last winter our ward lost two nurses to flu on the same weekend. I had to keep every bay ' +
    'covered. I re-set the rota for the next three shifts, and phoned the agency for a cover ' +
    'nurse. By Monday every bay had its nurse and no shift ran short.'
  const partOf = (text: string) =>
    analyseStar(story).clauses.find((clause) => clause.text.startsWith(text))?.part

  test('a verb the tagger reads as a noun ("I re-set the rota") is still an action', () => {
    expect(partOf('I re-set the rota')).toBe('action')
  })

  test('"…, and phoned the agency" goes on with the clause before’s "I"', () => {
    expect(partOf('and phoned the agency')).toBe('action')
  })
})
