import { defineCases } from '../../tester-cases.ts'
import { calm, filled, lowConfidence, PIPELINE_QUESTION } from '../timed-answers.ts'
import fillers from './fillers.ts'

export default defineCases(fillers, {
  valid: [
    {
      name: 'a fluent answer has no fillers',
      input: { ...PIPELINE_QUESTION, ...calm },
      score: { min: 100 },
      metrics: { fillers: 0 },
    },
    {
      name: '"like" as a verb and "kind of" as a noun phrase are not fillers',
      input: {
        ...PIPELINE_QUESTION,
        transcript:
          'I like pairing with new engineers, and that kind of mentoring is what I did at Acme: I paired with Sam for six weeks on the billing service.',
      },
      metrics: { fillers: 0 },
    },
  ],
  invalid: [
    {
      name: 'spoken fillers, multi-word ones and repeats are counted per minute',
      input: { ...PIPELINE_QUESTION, ...filled },
      score: { max: 20 },
      metrics: { fillers: 11, fillersPerMinute: { min: 20 } },
      feedback: [{ kind: 'improvement', quote: 'you know', message: /fillers/ }],
    },
    {
      name: 'a typed answer counts fillers per 100 words',
      input: { ...PIPELINE_QUESTION, transcript: filled.transcript },
      score: { max: 20 },
      metrics: { fillersPerMinute: null, fillersPer100Words: { min: 15 } },
      feedback: [{ kind: 'improvement', quote: 'I, I', message: /fillers/ }],
    },
  ],
  abstain: [
    {
      name: 'an unreliable transcription is not judged for fillers',
      input: { ...PIPELINE_QUESTION, ...lowConfidence },
      abstain: /confidence/,
    },
  ],
})
