import { defineCases } from '../../tester-cases.ts'
import { calm, longPauses, lowConfidence, PIPELINE_QUESTION } from '../timed-answers.ts'
import pauses from './pauses.ts'

export default defineCases(pauses, {
  valid: [
    {
      name: 'steady speech has no long pauses',
      input: { ...PIPELINE_QUESTION, ...calm },
      score: { min: 100 },
      metrics: { longPauses: 0 },
    },
  ],
  invalid: [
    {
      name: 'silences over two seconds are counted and quoted where they fall',
      input: { ...PIPELINE_QUESTION, ...longPauses },
      score: { max: 90 },
      metrics: { longPauses: 3 },
      feedback: [{ kind: 'improvement', quote: 'Fridays. I', message: /3 long pauses/ }],
    },
  ],
  abstain: [
    {
      name: 'a typed answer has no pauses to measure',
      input: { ...PIPELINE_QUESTION, transcript: calm.transcript },
      abstain: /typed/,
    },
    {
      name: 'an unreliable transcription is not judged for pauses',
      input: { ...PIPELINE_QUESTION, ...lowConfidence },
      abstain: /confidence/,
    },
  ],
})
