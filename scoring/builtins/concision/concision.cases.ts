import { defineCases } from '../../tester-cases.ts'
import { CONFLICT_QUESTION, RAMBLING, STRONG, TOO_SHORT } from '../sample-answers.ts'
import concision from './concision.ts'

const shortStories = { minWords: { behavioural: 60, situational: 50, technical: 40 } }

const DENSE_LONG =
  'At Northgate in 2023 I owned the weekly stock forecast for 120 stores. My colleague Tomas wanted to switch to the supplier ordering tool, and I disagreed, because our promotions change demand every week. I wrote a two-page note on where each approach goes wrong. I ran his tool next to my forecast in four stores for a month. I found that it ordered fresh produce better but overstocked tinned goods by 12 percent. I proposed a split: his tool for produce and my forecast for dry goods. I trained the four store managers on it for two weeks and we rolled it out in March. Produce waste fell from 9 percent to 4, and I wrote the guide the buying team still uses.'

const DILUTED =
  'So this was at a company I was at a while back, and it was quite a big place with a lot going on, and the culture was pretty relaxed, which I liked. There was a colleague there who had quite strong views about most things, and he was quite well known for it. Mostly we got on fine, but sometimes it was a bit tricky, you know, with the way things were. The office was in an old building near the river, and there was always something going on with the heating or the lifts, so people were often a bit grumpy in the mornings. There were also a lot of new people joining around then, because the company was growing fast, and the managers were quite stretched, so decisions tended to take a while. At one point there was a question about which database to use for a new project, and people had different opinions about it, as they always do. It went back and forth for a while and there were a few meetings about it. Eventually it kind of worked itself out and we went with something that everyone was reasonably happy with. I think it taught me that these things usually settle down if you give them time.'

export default defineCases(concision, {
  valid: [
    {
      name: 'a focused story in range scores high',
      input: { ...CONFLICT_QUESTION, transcript: STRONG, options: shortStories },
      score: { min: 80 },
      feedback: [{ kind: 'strength', message: /moves the story on/ }],
    },
    {
      name: 'a long story dense with what the candidate did is not penalised for its length',
      input: { ...CONFLICT_QUESTION, transcript: DENSE_LONG },
      score: { min: 85 },
      metrics: { detailsPer100Words: { min: 6 } },
      feedback: [{ kind: 'strength', message: /moves the story on/ }],
    },
    {
      name: 'a short story with its setting, action and result is not marked down for its length',
      input: {
        ...CONFLICT_QUESTION,
        transcript:
          'Last year I was managing a small bakery, and my head baker wanted to switch flour suppliers. I asked him for one week of side-by-side loaves, and I tracked waste daily. His loaves rose better, so I changed over. Our waste fell by a quarter.',
      },
      score: { min: 80 },
      metrics: { shortButComplete: true, words: { max: 60 } },
      feedback: [{ kind: 'strength', message: /moves the story on/ }],
    },
  ],
  invalid: [
    {
      name: 'a long story with few concrete details loses points for its length',
      input: { ...CONFLICT_QUESTION, transcript: DILUTED },
      score: { max: 55 },
      metrics: { detailsPer100Words: { max: 2 } },
      feedback: [
        { kind: 'improvement', message: /Long for what it tells/ },
        {
          kind: 'improvement',
          message: /tell no action, number or name/,
          quote:
            'Mostly we got on fine, but sometimes it was a bit tricky, you know, with the way things were.',
        },
      ],
    },
    {
      name: 'a one-line answer is too short',
      input: { ...CONFLICT_QUESTION, transcript: TOO_SHORT },
      score: { max: 15 },
      label: 'too short',
      feedback: [{ kind: 'improvement', quote: TOO_SHORT, message: /Too short/ }],
    },
    {
      name: 'a rambling answer that repeats itself scores below a short specific one',
      input: { ...CONFLICT_QUESTION, transcript: RAMBLING, options: shortStories },
      score: { max: 70 },
      metrics: { stalledSentences: { min: 1 } },
      feedback: [
        { kind: 'improvement', message: /repeat earlier points/ },
        {
          kind: 'improvement',
          message: /tell no action, number or name/,
          quote:
            'The team had opinions about the decision, and the opinions about the decision were different opinions.',
        },
      ],
    },
    {
      name: 'length beyond the limit costs points instead of earning them',
      input: {
        ...CONFLICT_QUESTION,
        transcript: `${STRONG} ${STRONG.replace(/Northgate/g, 'Initech')} ${STRONG.replace(/Tomas/g, 'Omar')}`,
        options: { maxWords: 150 },
      },
      score: { max: 70 },
      feedback: [
        { kind: 'improvement', message: /Long: keep to one story/ },
        { kind: 'improvement', message: /repeat earlier points/ },
      ],
    },
  ],
  abstain: [
    {
      name: 'an empty answer has nothing to measure',
      input: { ...CONFLICT_QUESTION, transcript: '  ' },
      abstain: /empty/,
    },
  ],
})
