import { hashPassword, verifyPassword } from './passwords.ts'

test('the right password matches its hash and a wrong one does not', async () => {
  const stored = await hashPassword('correct horse battery')
  expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/)
  expect(await verifyPassword('correct horse battery', stored)).toBe(true)
  expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
})

test('the same password twice gets two different hashes', async () => {
  expect(await hashPassword('correct horse battery')).not.toBe(
    await hashPassword('correct horse battery'),
  )
})

test('a password typed with composed or decomposed accents matches either way', async () => {
  const stored = await hashPassword('caf\u00e9 au lait noir')
  expect(await verifyPassword('cafe\u0301 au lait noir', stored)).toBe(true)
})

test.each([
  ['an unknown algorithm', '$argon2id$v=19$m=65536$salt$hash'],
  ['a missing hash', 'scrypt$32768$8$1$c2FsdA'],
  ['costs that are not numbers', 'scrypt$x$y$z$c2FsdA$aGFzaA'],
  ['a cost that is not a power of two', 'scrypt$1000$8$1$c2FsdA$aGFzaA'],
  ['a cost too large to compute', 'scrypt$1073741824$8$1$c2FsdA$aGFzaA'],
  ['extra fields', 'scrypt$32768$8$1$c2FsdA$aGFzaA$more'],
  ['an empty string', ''],
])('a stored hash with %s never matches, and signing in does not crash', async (_name, stored) => {
  await expect(verifyPassword('correct horse battery', stored)).resolves.toBe(false)
})
