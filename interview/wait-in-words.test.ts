import { waitInWords } from './wait-in-words.ts'

test.each([
  [1, 'in a few seconds'],
  [10, 'in a few seconds'],
  [30, 'in less than a minute'],
  [50, 'in about a minute'],
  [89, 'in about a minute'],
  [90, 'in about 2 minutes'],
  [3499, 'in about 58 minutes'],
  [3540, 'in about 59 minutes'],
  [3570, 'in about an hour'],
  [5399, 'in about an hour'],
  [2 * 3600, 'in about 2 hours'],
  [23 * 3600, 'in about 23 hours'],
  [24 * 3600, 'in about a day'],
  [3 * 24 * 3600, 'in about 3 days'],
])('a wait of %i s reads "%s"', (seconds, words) => {
  expect(waitInWords(seconds)).toBe(words)
})
