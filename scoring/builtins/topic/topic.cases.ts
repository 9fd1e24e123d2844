import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, OFF_TOPIC } from '../sample-answers.ts'
import topic from './topic.ts'

/** A clash between two nurses over handover, talked through and settled: a conflict story. */
const CLASH =
  'On the ward I clashed with another senior nurse, Dana, over handover: she kept cutting my staff off mid-report and it was turning into an argument at the desk every morning. I asked her for ten minutes after the shift, told her how it was landing with my team, and listened to why she felt handovers ran over. We agreed a set order and a two-minute limit per bay, and that either of us could pause it. The arguments stopped, handover dropped from forty minutes to twenty-five, and the two of us still work well together.'

/** A till error put right although no one would have known: an integrity story. */
const TILL_ERROR =
  'A customer at my till paid for a television and the card machine charged him for a kettle instead, forty pounds instead of four hundred. He had left before I noticed. My supervisor said it was his luck and our loss and to leave it. I did not think that was right, so I found his details on the delivery note, rang him, explained the error and arranged for him to pay the difference, and I wrote it up for the store manager so the shortfall was on record rather than hidden in the till count.'

const RIGHT_THING = {
  question: 'Tell me about a time you did the right thing when nobody would have known.',
  kind: 'behavioural' as const,
  competency: 'integrity',
}

export default defineCases(topic, {
  valid: [
    {
      name: 'a clash talked through and settled reads as conflict, as the question asks',
      input: { ...CONFLICT_QUESTION, transcript: CLASH },
      score: { min: 80 },
      metrics: { competency: 'conflict resolution', askedFrom: 'competency' },
    },
    {
      name: 'a till error put right reads as integrity, a competency relevance has no lexicon for',
      input: { ...RIGHT_THING, transcript: TILL_ERROR },
      score: { min: 80 },
      metrics: { competency: 'integrity' },
    },
  ],
  invalid: [
    {
      name: 'a fine rollout story told for a disagreement reads as another competency, quoting where',
      input: { ...CONFLICT_QUESTION, transcript: OFF_TOPIC },
      score: { max: 40 },
      label: 'another competency',
      feedback: [
        {
          kind: 'improvement',
          message: /reads more like one about .* than conflict resolution/,
          quote:
            'I planned the rollout zone by zone, I tested every handset on the night shift, and I switched the last zone over on June 14th.',
        },
      ],
    },
    {
      name: 'a clash between nurses told for the right thing done unseen reads as another competency',
      input: { ...RIGHT_THING, transcript: CLASH },
      score: { max: 40 },
      label: 'another competency',
      feedback: [{ kind: 'improvement', message: /reads more like one about .* than integrity/ }],
    },
  ],
  abstain: [
    {
      name: 'a competency the model was not trained on, asked in words that name none, is not read',
      input: {
        question: 'Tell me about yourself.',
        kind: 'behavioural',
        competency: 'technical depth',
        transcript: CLASH,
      },
      abstain: /"technical depth" is not one of them/,
    },
    {
      name: 'too few words the model knows to read a topic',
      input: { ...CONFLICT_QUESTION, transcript: 'Honestly? Zorblat qwix, fnord plimp.' },
      abstain: /knows \d of the answer's words: too few/,
    },
  ],
})
