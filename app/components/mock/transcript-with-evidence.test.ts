import { evidenceSegments } from './transcript-with-evidence'

test('the words a feedback item rests on are marked, and nothing else', () => {
  const text = 'I led the team. We shipped in May.'
  expect(evidenceSegments(text, [{ start: 2, end: 5 }])).toEqual([
    { text: 'I ', marked: false },
    { text: 'led', marked: true },
    { text: ' the team. We shipped in May.', marked: false },
  ])
})

test('overlapping and out-of-range spans still cover the transcript exactly once', () => {
  const text = 'abcdefghij'
  const segments = evidenceSegments(text, [
    { start: 2, end: 6 },
    { start: 4, end: 8 },
    { start: 9, end: 40 },
  ])
  expect(segments.map((s) => s.text).join('')).toBe(text)
  expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['cd', 'ef', 'gh', 'j'])
})
