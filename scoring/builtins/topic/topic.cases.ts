import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, OFF_TOPIC, STRONG } from '../sample-answers.ts'
import topic from './topic.ts'

export default defineCases(topic, {
  valid: [
    {
      name: 'a story of a disagreement settled on evidence reads as conflict, as the question asks',
      input: { ...CONFLICT_QUESTION, transcript: STRONG },
      score: { min: 80 },
      metrics: { competency: 'conflict resolution' },
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
  ],
  abstain: [
    {
      name: 'a competency the model was not trained on is not read',
      input: { ...CONFLICT_QUESTION, competency: 'technical depth', transcript: STRONG },
      abstain: /"technical depth" is not one of them/,
    },
    {
      name: 'too few words the model knows to read a topic',
      input: { ...CONFLICT_QUESTION, transcript: 'Honestly? Zorblat qwix, fnord plimp.' },
      abstain: /knows \d of the answer's words: too few/,
    },
  ],
})
