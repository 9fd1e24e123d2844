import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, HYPOTHETICAL, RAMBLING, STRONG, WE_HEAVY } from '../sample-answers.ts'
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
    {
      name: 'a plan in "I would" is the right shape for a situational question',
      input: {
        question: 'What would you do if a teammate kept missing their commitments?',
        kind: 'situational',
        competency: 'teamwork',
        transcript:
          'I would talk to them privately first and ask what is getting in the way. I would look at their workload with them and offer to pair on the hard part. If nothing changed, I would raise it with our lead.',
      },
      score: { min: 90 },
      metrics: { iWouldActions: 0 },
      feedback: [{ kind: 'strength', quote: 'I would talk' }],
    },
  ],
  invalid: [
    {
      name: '"I think I raised it" is a hedge, not an action the candidate owns',
      input: {
        question: 'Tell me about a time you had to push back on a senior stakeholder.',
        kind: 'behavioural',
        competency: 'influence',
        transcript:
          'There was a launch with a risky date. I think I raised it in a meeting, I mean maybe I mentioned the risk to the director, and we moved on. We shipped on the date and it all went fine eventually.',
      },
      score: { max: 50 },
      metrics: { iActions: 0 },
      feedback: [
        { kind: 'improvement', quote: 'we moved' },
        { kind: 'improvement', quote: 'I raised' },
      ],
    },
    {
      name: 'an answer that hides behind "we" scores low and quotes it',
      input: { ...CONFLICT_QUESTION, transcript: WE_HEAVY },
      score: { max: 20 },
      metrics: { weActions: { min: 5 } },
      feedback: [{ kind: 'improvement', quote: 'We discussed', message: /Mostly "we"/ }],
    },
    {
      name: 'an answer told half with "I" is credited for it and asked about the "we" part, not called mostly "we"',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'I planned the rota for the stocktake. I called the supplier about the missing pallets. I booked a second van. I wrote the count sheets. I briefed the night team. We moved the stock to the front bays. We checked every count twice. We cleaned the loading bay. We closed the shift an hour early.',
      },
      metrics: { iActions: 5, weActions: 4 },
      feedback: [
        { kind: 'strength', quote: 'I planned', message: /You say what you did yourself/ },
        { kind: 'improvement', quote: 'We moved', message: /^Part of it is told as "we"/ },
      ],
    },
    {
      name: 'what the candidate would do is not what they did, on a "tell me about a time" question',
      input: { ...CONFLICT_QUESTION, transcript: HYPOTHETICAL },
      score: { max: 20 },
      metrics: { iActions: 0, iWouldActions: { min: 2 } },
      feedback: [
        { kind: 'improvement', quote: 'I would first listen', message: /say what you did/ },
        { kind: 'improvement', message: /Mostly "we"/ },
      ],
    },
    {
      name: 'an answer in which no one acts scores zero',
      input: { ...CONFLICT_QUESTION, transcript: RAMBLING },
      score: { max: 0 },
      feedback: [{ kind: 'improvement', message: /No one acts/ }],
    },
    {
      // written for this case: words that are also names of every JavaScript object's properties
      name: 'a "constructor" or a "valueOf" in the answer is not someone acting',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'The constructor poured the slab two days late, so the inspection slipped. The valueOf figure on the invoice changed after that, and the schedule moved with it.',
      },
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
