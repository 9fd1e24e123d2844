import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, JARGON, OFF_TOPIC, STRONG } from '../sample-answers.ts'
import relevance from './relevance.ts'

const MISTAKE_QUESTION = {
  question: 'Tell me about a time you made a mistake at work.',
  kind: 'behavioural' as const,
  competency: 'failure',
}

export default defineCases(relevance, {
  valid: [
    {
      name: 'a story about the disagreement asked for is on topic',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 70 },
      metrics: { offTopic: false, competency: 'conflict resolution' },
      feedback: [
        {
          kind: 'strength',
          quote:
            'My colleague Priya disagreed with me: she wanted to replace it with a Kafka consumer.',
        },
      ],
    },
    {
      name: 'a disagreement told without the word "disagree" is on topic',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Tom, our tech lead, wanted every service on GraphQL. I pushed back, because two of our clients were embedded devices with tiny budgets. We were not convinced by each other, so I built both versions of one endpoint and measured them. Tom agreed to keep REST for the devices, and we shipped in two weeks.',
      },
      score: { min: 70 },
      metrics: { offTopic: false, dominantCompetency: 'conflict resolution' },
      feedback: [
        {
          kind: 'strength',
          quote:
            'I pushed back, because two of our clients were embedded devices with tiny budgets.',
        },
      ],
    },
    {
      name: 'a mistake told as "should have" and "without checking" is on topic',
      input: {
        ...MISTAKE_QUESTION,
        transcript:
          'In March I changed a join in our billing report without checking how it treated refunds, so refunds were counted twice. I should have run it against last month first. When finance flagged it I told my manager straight away, corrected the figures the same day and added a test with fifty known invoices. It has not happened since.',
      },
      score: { min: 70 },
      metrics: { offTopic: false, competency: 'learning from failure' },
      feedback: [{ kind: 'strength', quote: 'I should have run it against last month first.' }],
    },
    {
      name: 'a rate-limiter plan answers the design question in its own words',
      input: {
        question: 'How would you design a rate limiter for a public API?',
        kind: 'technical',
        competency: 'technical depth',
        transcript:
          'I would start by asking what we are protecting: the backend from overload, or fair use between customers. I would key limits by API key, keep a token bucket per key in Redis so every instance shares the count, and return a 429 with a Retry-After header. I would log every rejection and load test it before rollout.',
      },
      score: { min: 70 },
      metrics: { offTopic: false },
      feedback: [{ kind: 'strength', message: /answers the question/ }],
    },
  ],
  invalid: [
    {
      name: 'a fine story about something else does not address the question',
      input: { ...CONFLICT_QUESTION, transcript: OFF_TOPIC },
      score: { max: 20 },
      feedback: [{ kind: 'improvement', message: /does not address the question asked/ }],
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
      score: { max: 20 },
      metrics: { offTopic: true },
      feedback: [
        {
          kind: 'improvement',
          message:
            /does not address the question asked: it reads as a story about .*, not mentoring/,
          quote: 'Our checkout service was slow, so I investigated the problem.',
        },
      ],
    },
    {
      name: 'a well-told customer story does not answer a leadership question',
      input: {
        question: 'Tell me about a time you led a team through a difficult period.',
        kind: 'behavioural',
        competency: 'leadership',
        transcript:
          'A customer once called me furious because her order had arrived broken for the second time. I apologised, refunded her straight away, and sent a replacement by courier the same day. I then checked with the warehouse and found the box size was wrong, so I asked them to change it. She wrote a five-star review, and complaints about breakages dropped to zero.',
      },
      score: { max: 20 },
      metrics: { offTopic: true, dominantCompetency: 'customer focus' },
      feedback: [{ kind: 'improvement', message: /a story about customer focus, not leadership/ }],
    },
    {
      name: 'a story that shares a word with the question but is led by another topic scores low',
      input: {
        question: 'Tell me about a time you had to make a decision with incomplete information.',
        kind: 'behavioural',
        competency: 'decision making',
        transcript:
          'My colleague Dana disagreed with me about moving our reports to a new charting library. She thought it would take months; I thought it would take weeks. We argued about it in two meetings without getting anywhere. So I suggested we each estimate one report and compare, and I listened to her concerns about accessibility. Her estimate turned out closer, so we agreed to move only the new reports, and we still work well together.',
      },
      score: { max: 50 },
      metrics: { offTopic: false, dominantCompetency: 'conflict resolution' },
      feedback: [{ kind: 'improvement', message: /Tie the story to the question/ }],
    },
    {
      name: 'buzzwords that never touch the question score low',
      input: { ...CONFLICT_QUESTION, transcript: JARGON },
      score: { max: 30 },
      feedback: [{ kind: 'improvement', message: /does not address the question asked/ }],
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
