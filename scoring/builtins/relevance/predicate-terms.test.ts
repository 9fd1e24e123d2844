import { readFileSync } from 'node:fs'
import { analyseText } from '../../text/nlp.ts'
import { PREDICATES } from './predicate-terms.ts'
import { compileTerms, matchTerms } from './topic-terms.ts'

// A predicate term is evidence of one act only if stories about other acts rarely use it
// (decision 055): measured as the share of labelled questions whose answers contain it.
const SETS = ['dev', 'holdout', 'unseen-1', 'unseen-2']
const GENERIC_SHARE = 0.25

interface LabelledSet {
  questions: { id: string }[]
  answers: { questionId: string; transcript: string }[]
}

function answersByQuestion() {
  const byQuestion = new Map<string, ReturnType<typeof analyseText>[]>()
  for (const name of SETS) {
    const set = JSON.parse(
      readFileSync(new URL(`../../../tests/fixtures/eval/${name}.json`, import.meta.url), 'utf8'),
    ) as LabelledSet
    for (const a of set.answers) {
      const key = `${name}/${a.questionId}`
      byQuestion.set(key, [...(byQuestion.get(key) ?? []), analyseText(a.transcript)])
    }
  }
  return [...byQuestion.values()]
}

describe('predicate terms', () => {
  test('no term is one that answers to a quarter of all questions use', () => {
    const questions = answersByQuestion()
    const terms = new Set(PREDICATES.flatMap((p) => p.terms.split(',').map((t) => t.trim())))
    const generic = [...terms].filter((term) => {
      const set = compileTerms([term])
      const used = questions.filter((answers) => answers.some((a) => matchTerms(a, set).length > 0))
      return used.length / questions.length > GENERIC_SHARE
    })
    expect(generic).toEqual([])
  })
})
