import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, RAMBLING, STRONG, TOO_SHORT } from '../sample-answers.ts'
import concision from './concision.ts'

const shortStories = { minWords: { behavioural: 60, situational: 50, technical: 40 } }

export default defineCases(concision, {
  valid: [
    {
      name: 'a focused story in range scores high',
      input: { ...CONFLICT_QUESTION, transcript: STRONG, options: shortStories },
      score: { min: 80 },
      feedback: [{ kind: 'strength', message: /moves the story on/ }],
    },
  ],
  invalid: [
    {
      name: 'a one-line answer is too short',
      input: { ...CONFLICT_QUESTION, transcript: TOO_SHORT },
      score: { max: 15 },
      label: 'too short',
      feedback: [{ kind: 'improvement', quote: TOO_SHORT, message: /Too short/ }],
    },
    {
      name: 'a rambling answer that repeats itself scores below a short specific one',
      input: { ...CONFLICT_QUESTION, transcript: RAMBLING, options: shortStories },
      score: { max: 70 },
      metrics: { stalledSentences: { min: 1 } },
      feedback: [{ kind: 'improvement', message: /repeat earlier points/ }],
    },
    {
      name: 'length beyond the limit costs points instead of earning them',
      input: {
        ...CONFLICT_QUESTION,
        transcript: `${STRONG} ${STRONG.replace(/Acme/g, 'Initech')} ${STRONG.replace(/Priya/g, 'Omar')}`,
        options: { maxWords: 150 },
      },
      score: { max: 70 },
      feedback: [
        { kind: 'improvement', message: /Long: keep to one story/ },
        { kind: 'improvement', message: /repeat earlier points/ },
      ],
    },
  ],
  abstain: [
    {
      name: 'an empty answer has nothing to measure',
      input: { ...CONFLICT_QUESTION, transcript: '  ' },
      abstain: /empty/,
    },
  ],
})
