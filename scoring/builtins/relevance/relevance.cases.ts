import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, JARGON, OFF_TOPIC, STRONG } from '../sample-answers.ts'
import relevance from './relevance.ts'

export default defineCases(relevance, {
  valid: [
    {
      name: 'a story about the disagreement asked for is on topic',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 55 },
      metrics: { offTopic: false, competency: 'conflict resolution' },
      feedback: [
        {
          kind: 'strength',
          quote:
            'My colleague Priya disagreed with me: she wanted to replace it with a Kafka consumer.',
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a fine story about something else scores low',
      input: { ...CONFLICT_QUESTION, transcript: OFF_TOPIC },
      score: { max: 20 },
      feedback: [{ kind: 'improvement', message: /Tie the story to the question/ }],
    },
    {
      name: 'an answer mostly about another competency is called off topic',
      input: {
        question: 'Tell me about a time you mentored a colleague.',
        kind: 'behavioural',
        competency: 'mentoring',
        transcript:
          'Our checkout service was slow, so I investigated the problem. I reproduced the bug, traced the root cause to a query in the logs, tested a fix and debugged the data issue. The issue was an index: I fixed it and the endpoint went from 4 seconds to 300 ms.',
      },
      score: { max: 30 },
      metrics: { offTopic: true, dominantCompetency: 'problem solving' },
      feedback: [{ kind: 'improvement', message: /a story about problem solving, not mentoring/ }],
    },
    {
      name: 'buzzwords that never touch the question score low',
      input: { ...CONFLICT_QUESTION, transcript: JARGON },
      score: { max: 30 },
      feedback: [{ kind: 'improvement', message: /Tie the story/ }],
    },
  ],
  abstain: [
    {
      name: 'a few words cannot be judged for relevance',
      input: { ...CONFLICT_QUESTION, transcript: 'Yes, that happened.' },
      abstain: /too short/,
    },
  ],
})
