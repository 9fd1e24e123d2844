import { defineCases } from '../../tester-cases.ts'
import { resultOf } from '../dependency-results.ts'
import { CONFLICT_QUESTION, GENERIC } from '../sample-answers.ts'
import star from '../star/star.ts'
import rewrite from './rewrite.ts'

const MESSY =
  'So, um, the result was that, you know, produce waste dropped from nine percent to four. I think maybe I should say, at Northgate I owned the weekly stock forecast, and my colleague Tomas wanted to replace it with the supplier tool. I, I suggested we test both and I ran his tool beside my forecast for a month.'
const messy = { ...CONFLICT_QUESTION, transcript: MESSY }
const generic = { ...CONFLICT_QUESTION, transcript: GENERIC }

export default defineCases(rewrite, {
  valid: [
    {
      name: 'the polished answer puts the story in STAR order without fillers and hedges',
      input: { ...messy, results: { star: await resultOf(star, messy) } },
      metrics: { faithful: true, rewriteWords: { min: 20 } },
      feedback: [
        {
          kind: 'strength',
          quote: 'I, I suggested we test both and I ran his tool beside my forecast for a month.',
        },
      ],
    },
  ],
  invalid: [],
  abstain: [
    {
      name: 'without a STAR analysis there is nothing to rewrite',
      input: messy,
      abstain: /STAR analysis is missing/,
    },
    {
      name: 'pure self-description offers no clause to build a story from',
      input: { ...generic, results: { star: await resultOf(star, generic) } },
      abstain: /No situation, task, action or result/,
    },
  ],
})
