import { inferQuestionKind } from './question-kind.ts'

test.each([
  ['Tell me about a time you calmed an angry patient.', 'behavioural'],
  ['Describe a situation when a delivery arrived damaged. What did you do?', 'behavioural'],
  ['Give an example of a shift you ran short-staffed.', 'behavioural'],
  ['Tell me about a time a plan failed. What would you do differently now?', 'behavioural'],
  ['What would you do if a guest complained about the noise at midnight?', 'situational'],
  ['How would you handle a pupil who refuses to start the task?', 'situational'],
  ['Imagine the forklift on your shift fails its morning check. What next?', 'situational'],
  ['How would you design a rota for a ward with three night nurses?', 'technical'],
  ['Walk me through how you would price a job you have never quoted before.', 'technical'],
  ['Why do you want this job?', 'behavioural'],
] as const)('"%s" reads as %s', (question, kind) => {
  expect(inferQuestionKind(question).kind).toBe(kind)
})
