import { runPipeline } from '../../pipeline.ts'
import { ScorerTester } from '../../tester.ts'
import cases from './concision.cases.ts'
import scorer from './concision.ts'

new ScorerTester().run(scorer, cases)

test('a story with a sentence that repeats is never also told each sentence moves it on', async () => {
  // written for the room's end-to-end tests (tests/e2e/room-steps.ts): its last sentence
  // brings few words the story had not said
  const transcript =
    'On my last night shift at a parcel depot, two pickers called in sick before a 4 a.m. trailer ' +
    'cut-off. I had to get 900 orders out with ten people instead of twelve. I re-split the pick ' +
    'zones so the two fastest pickers covered the heavy aisles, moved myself onto packing for the ' +
    'first two hours, and told the transport planner at 1 a.m. that one trailer might leave ' +
    'fifteen minutes late. Every trailer left on time and we had zero mis-picks that night.'
  let feedback: { kind: string; message: string }[] = []
  await runPipeline({
    scorers: [{ scorer, weight: 1, options: {} }],
    input: {
      question: 'Tell me about a time you delivered under pressure.',
      kind: 'behavioural',
      competency: 'delivery under pressure',
      transcript,
    },
    onResult: (result) => void (feedback = result.feedback),
  })
  const messages = feedback.map((item) => item.message)
  expect(messages).toContain('These sentences repeat earlier points without moving the story on.')
  expect(messages).not.toContain('Each sentence moves the story on.')
})
