import { questionBank } from '../../prisma/seed/question-bank.ts'
import { inferQuestionKind } from '../../scoring/question/question-kind.ts'

// The bank and the scorers meet here: what the app stores about a question is what the CLI, the
// eval and a plugin would infer or look up for the same words.

test('the inferred kind agrees with every bank question’s stated kind', () => {
  const wrong = questionBank.filter((q) => inferQuestionKind(q.text).kind !== q.kind)
  expect(wrong.map((q) => q.key)).toEqual([])
})
