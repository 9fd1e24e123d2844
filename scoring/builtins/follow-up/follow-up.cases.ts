import type { ScorerInput } from '../../types.ts'
import { defineCases } from '../../tester-cases.ts'
import { resultOf } from '../dependency-results.ts'
import ownership from '../ownership/ownership.ts'
import relevance from '../relevance/relevance.ts'
import { CONFLICT_QUESTION, HYPOTHETICAL, OFF_TOPIC, STRONG, WE_HEAVY } from '../sample-answers.ts'
import specificity from '../specificity/specificity.ts'
import star from '../star/star.ts'
import followUp from './follow-up.ts'

async function withResults(transcript: string) {
  const input: Omit<ScorerInput, 'results' | 'locale'> = { ...CONFLICT_QUESTION, transcript }
  const results = Object.fromEntries(
    await Promise.all(
      [star, relevance, ownership, specificity].map(async (s) => [s.id, await resultOf(s, input)]),
    ),
  )
  return { ...input, results }
}

export default defineCases(followUp, {
  valid: [],
  invalid: [
    {
      name: 'a complete, measured story is asked what was learned, not told its result is missing',
      input: await withResults(STRONG),
      metrics: { target: 'reflection' },
      feedback: [
        {
          kind: 'improvement',
          quote: 'As a result, produce waste dropped from nine percent to four.',
          message: /^The answer reaches its outcome\. Follow-up: .*learn/,
        },
      ],
    },
    {
      name: 'an unmeasured result is asked how it was measured',
      input: await withResults(
        STRONG.replace('dropped from nine percent to four', 'went down')
          .replace(' in four stores for a month', '')
          .replace(' in three weeks', ''),
      ),
      metrics: { target: 'unmeasured' },
      feedback: [
        {
          kind: 'improvement',
          message: /^The result is not measured\. Follow-up: How did you measure/,
        },
      ],
    },
    {
      name: 'a hypothetical answer is asked for one real time',
      input: await withResults(HYPOTHETICAL),
      metrics: { target: 'hypothetical' },
      feedback: [{ kind: 'improvement', message: /specific time that actually happened/ }],
    },
    {
      name: 'an off-topic story is asked how it shows the competency',
      input: await withResults(OFF_TOPIC),
      metrics: { target: 'relevance' },
      feedback: [{ kind: 'improvement', message: /show your conflict/ }],
    },
    {
      name: 'a "we" story is asked for the personal contribution',
      input: await withResults(WE_HEAVY),
      metrics: { target: 'ownership' },
      feedback: [
        {
          kind: 'improvement',
          quote: 'We discussed it in a meeting and we looked at the options.',
          message: /personal contribution/,
        },
      ],
    },
  ],
  abstain: [
    {
      name: 'without a STAR analysis there is no gap to ask about',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      abstain: /STAR analysis is missing/,
    },
  ],
})
