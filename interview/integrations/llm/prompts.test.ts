import { contentMessages } from './prompts.ts'

const answer = {
  question: 'Tell me about a time you had to calm an upset guest.',
  kind: 'behavioural' as const,
  competency: 'customer focus',
  transcript: 'A guest at the front desk was furious about a double booking, so I…',
  locale: 'en-US',
  results: {},
}

test('the content judge is given the question’s rubric', () => {
  const rubric = {
    asks: 'A real past example: you calmed an upset guest',
    strongShows: ['finds out what the guest needs'],
    redFlags: ['blames the guest'],
  }
  const prompt = contentMessages({ ...answer, rubric })[1].content
  expect(prompt).toContain('What the question asks: A real past example: you calmed an upset guest')
  expect(prompt).toContain('A strong answer shows: finds out what the guest needs.')
  expect(prompt).toContain('blames the guest')
})

test('a question without a rubric gets one derived from its words', () => {
  const prompt = contentMessages(answer)[1].content
  expect(prompt).toContain(
    'What the question asks: A real past example: you had to calm an upset guest',
  )
  expect(prompt).toMatch(/Red flags .*blaming others/)
})
