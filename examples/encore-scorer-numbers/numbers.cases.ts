import { defineCases } from '../../scoring/index.ts'
import numbers from './numbers.ts'

const question = 'Tell me about a time you improved a process.'
const competency = 'ownership'

export default defineCases(numbers, {
  valid: [
    {
      name: 'an answer with measured impact scores high',
      input: {
        question,
        competency,
        transcript:
          'I rewrote our deploy script and cut release time from 40 minutes to 6, so we shipped 3x more often.',
      },
      score: { min: 90 },
      label: 'quantified',
      feedback: [
        { kind: 'strength', quote: '40' },
        { kind: 'strength', quote: '3x' },
      ],
      metrics: { numbers: 3, vague: 0 },
    },
    {
      name: 'a percentage counts as a number',
      input: {
        question,
        competency,
        transcript:
          'After I added the checks, invoice errors dropped by 40 percent within the first quarter of the year.',
      },
      score: { min: 55, max: 65 },
      feedback: [{ kind: 'strength', quote: '40 percent' }],
    },
  ],
  invalid: [
    {
      name: 'vague amounts are flagged with the words that stand in for a number',
      input: {
        question,
        competency,
        transcript:
          'I improved the process a lot and it saved many hours, which helped the team significantly overall.',
      },
      score: { max: 10 },
      label: 'unquantified',
      feedback: [
        { kind: 'improvement', quote: 'a lot' },
        { kind: 'improvement', quote: 'significantly' },
      ],
      metrics: { vague: 3 },
    },
    {
      name: 'an answer with no amounts at all is asked for one number',
      input: {
        question,
        competency,
        transcript:
          'I looked at how we worked, talked to the team, and changed how we review code before merging it.',
      },
      score: { min: 40, max: 40 },
      feedback: [{ kind: 'improvement', message: /Add one number/ }],
    },
    {
      name: 'custom vague words from the options are flagged',
      input: {
        question,
        competency,
        transcript:
          'We reduced the backlog by 30 tickets and the customers were super happy with the loads of fixes we made.',
        options: { vagueWords: ['loads of', 'super'] },
      },
      feedback: [
        { kind: 'strength', quote: '30' },
        { kind: 'improvement', quote: 'loads of' },
        { kind: 'improvement', quote: 'super' },
      ],
    },
  ],
  abstain: [
    {
      name: 'a one-line answer is too short to judge',
      input: { question, competency, transcript: 'I fixed it.' },
      abstain: /3 words/,
    },
  ],
})
