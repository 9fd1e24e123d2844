import { sameFamily } from './question-overlap.ts'

test('a word family joins a word with its derivations', () => {
  expect(sameFamily('own', 'owner')).toBe(true)
  expect(sameFamily('own', 'ownership')).toBe(true)
  expect(sameFamily('decid', 'decis')).toBe(true)
})

test('short words that merely share letters are not one family', () => {
  // "news" in a question must not be found in "new clients"
  expect(sameFamily('new', 'news')).toBe(false)
  expect(sameFamily('car', 'care')).toBe(false)
  expect(sameFamily('art', 'artist')).toBe(false)
})
