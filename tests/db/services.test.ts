import { expect, test, vi } from 'vitest'
import { postgresAvailable, redisAvailable } from '../setup/services.ts'

test('a missing PostgreSQL server fails the run under CI and says which variable to set', () => {
  expect(() => postgresAvailable({ CI: 'true' })).toThrow(/TEST_DATABASE_URL is not set.*CI=true/s)
  expect(() => redisAvailable({ CI: 'true' })).toThrow(/REDIS_URL is not set/)
})

test('a missing server outside CI skips its tests with a notice', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  try {
    expect(postgresAvailable({})).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('TEST_DATABASE_URL='))
  } finally {
    warn.mockRestore()
  }
})

test('a configured server is available', () => {
  expect(
    postgresAvailable({ TEST_DATABASE_URL: 'postgres://127.0.0.1:5432/test', CI: 'true' }),
  ).toBe(true)
  expect(redisAvailable({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(true)
})
