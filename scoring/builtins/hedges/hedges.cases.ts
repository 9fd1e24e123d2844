import { defineCases } from '../../tester-cases.ts'
import { calm, PIPELINE_QUESTION } from '../timed-answers.ts'
import hedges from './hedges.ts'

export default defineCases(hedges, {
  valid: [
    {
      name: 'plain statements carry no hedges',
      input: { ...PIPELINE_QUESTION, ...calm },
      score: { min: 100 },
      metrics: { hedges: 0 },
    },
  ],
  invalid: [
    {
      name: 'hedges make an achievement sound unsure',
      input: {
        ...PIPELINE_QUESTION,
        transcript:
          'I think maybe the pipeline was failing because of a test, I guess. I probably rewrote it, and perhaps it passed forty runs after that, I suppose.',
      },
      score: { max: 10 },
      metrics: { hedges: 5 },
      feedback: [{ kind: 'improvement', quote: 'I think maybe', message: /hedges/ }],
    },
  ],
  abstain: [
    {
      name: 'a few words are too few to judge hedging',
      input: { ...PIPELINE_QUESTION, transcript: 'Maybe, I guess.' },
      abstain: /too few/,
    },
  ],
})
