import { defineCases } from '../../tester-cases.ts'
import { calm, lowConfidence, PIPELINE_QUESTION, rushed } from '../timed-answers.ts'
import pace from './pace.ts'

export default defineCases(pace, {
  valid: [
    {
      name: 'a conversational pace scores full marks',
      input: { ...PIPELINE_QUESTION, ...calm },
      score: { min: 95 },
      metrics: { wpm: { min: 130, max: 160 } },
      feedback: [{ kind: 'strength', message: /comfortable pace/ }],
    },
    {
      name: 'the recording length gives the pace when there are no word timings',
      input: { ...PIPELINE_QUESTION, transcript: calm.transcript, durationMs: 24_000 },
      metrics: { wpm: { min: 140, max: 150 } },
      feedback: [{ kind: 'strength', message: /comfortable pace/ }],
    },
  ],
  invalid: [
    {
      name: 'a rushed answer is called fast',
      input: { ...PIPELINE_QUESTION, ...rushed },
      score: { max: 30 },
      label: 'fast',
      feedback: [{ kind: 'improvement', message: /Fast \(\d+ words per minute\)/ }],
    },
  ],
  abstain: [
    {
      name: 'a typed answer has no pace',
      input: { ...PIPELINE_QUESTION, transcript: calm.transcript },
      abstain: /typed/,
    },
    {
      name: 'an unreliable transcription is not judged',
      input: { ...PIPELINE_QUESTION, ...lowConfidence },
      abstain: /confidence/,
    },
  ],
})
