import { actsOf, subjectOf } from './agency.ts'
import { analyseText } from './nlp.ts'

test('the speaker, or someone else, is the subject of an act', () => {
  const text =
    'Two of my nurses disagreed about the rota, and the charge nurse disagreed with both. I disagreed with neither.'
  expect(actsOf(analyseText(text), new Set(['disagree']))).toEqual({ self: 1, others: 2 })
})

test('a verb with no subject in its clause has none', () => {
  const { tokens } = analyseText('Disagreed, as usual.')
  expect(subjectOf(tokens, 0)).toBeNull()
})
