import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, RAMBLING, STRONG, WE_HEAVY } from '../sample-answers.ts'
import ownership from './ownership.ts'

export default defineCases(ownership, {
  valid: [
    {
      name: 'what the candidate did themselves earns full ownership',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 90 },
      feedback: [{ kind: 'strength', quote: 'I suggested' }],
    },
    {
      name: 'a technical explanation is not punished for lacking "I"',
      input: {
        question: 'How would you design a rate limiter?',
        kind: 'technical',
        competency: 'technical depth',
        transcript:
          'A token bucket per client works well: each request takes a token, and tokens refill at a fixed rate. The buckets live in Redis so that every server shares them.',
      },
      score: { min: 60 },
    },
  ],
  invalid: [
    {
      name: 'an answer that hides behind "we" scores low and quotes it',
      input: { ...CONFLICT_QUESTION, transcript: WE_HEAVY },
      score: { max: 20 },
      metrics: { weActions: { min: 5 } },
      feedback: [{ kind: 'improvement', quote: 'We discussed', message: /Mostly "we"/ }],
    },
    {
      name: 'an answer in which no one acts scores zero',
      input: { ...CONFLICT_QUESTION, transcript: RAMBLING },
      score: { max: 0 },
      feedback: [{ kind: 'improvement', message: /No one acts/ }],
    },
  ],
  abstain: [
    {
      name: 'a few words cannot show whose actions they are',
      input: { ...CONFLICT_QUESTION, transcript: 'We did it.' },
      abstain: /too short/,
    },
  ],
})
