import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, GENERIC, HYPOTHETICAL, STRONG, WE_HEAVY } from '../sample-answers.ts'
import star from './star.ts'

export default defineCases(star, {
  valid: [
    {
      name: 'a measured story in STAR order scores high and quotes its result',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 75 },
      metrics: { quantified: true, hypotheticalRatio: 0 },
      feedback: [
        {
          kind: 'strength',
          quote: 'As a result, unmatched transactions dropped from forty a day to three.',
        },
        { kind: 'improvement', message: /Set the scene/ },
      ],
    },
    {
      name: '"I would…" is the right shape for a situational question',
      input: {
        ...CONFLICT_QUESTION,
        kind: 'situational',
        question: 'What would you do if a colleague disagreed with your design?',
        transcript: HYPOTHETICAL,
      },
      score: { min: 35 },
      metrics: { hypotheticalRatio: { min: 0.5 } },
      feedback: [
        { kind: 'improvement', message: /Set the scene/ },
        { kind: 'improvement', message: /responsible/ },
        { kind: 'improvement', message: /outcome/ },
      ],
    },
  ],
  invalid: [
    {
      name: 'a hypothetical answer to a behavioural question scores low',
      input: { ...CONFLICT_QUESTION, transcript: HYPOTHETICAL },
      score: { max: 25 },
      feedback: [
        { kind: 'improvement', message: /what you would do/ },
        { kind: 'improvement', message: /Set the scene/ },
        { kind: 'improvement', message: /responsible/ },
        { kind: 'improvement', message: /outcome/ },
      ],
    },
    {
      name: 'self-description instead of a story is flagged',
      input: { ...CONFLICT_QUESTION, transcript: GENERIC },
      score: { max: 20 },
      feedback: [
        {
          kind: 'improvement',
          quote: "I'm a team player and I'm very open-minded.",
          message: /Self-description/,
        },
        { kind: 'improvement', message: /Set the scene/ },
        { kind: 'improvement', message: /responsible/ },
        { kind: 'improvement', message: /steps you took/ },
        { kind: 'improvement', message: /outcome/ },
      ],
    },
    {
      name: 'a story told only with "we" loses action credit',
      input: { ...CONFLICT_QUESTION, transcript: WE_HEAVY },
      score: { max: 80 },
      metrics: { iCount: { max: 1 }, weCount: { min: 8 } },
      feedback: [
        {
          kind: 'improvement',
          quote: 'We discussed it in a meeting and we looked at the options.',
          message: /Mostly "we"/,
        },
        { kind: 'improvement', message: /responsible/ },
      ],
    },
  ],
  abstain: [
    {
      name: 'a few words have no structure to find',
      input: { ...CONFLICT_QUESTION, transcript: 'I fixed it.' },
      abstain: /too short/,
    },
  ],
})
