import { describeTarget, readScriptEnv } from './env.ts'

describe('the database scripts open the database npm start opens', () => {
  test('with nothing set, PGlite in data/pglite', () => {
    expect(readScriptEnv({})).toEqual({ databaseUrl: undefined, dataDir: 'data/pglite' })
  })

  test('DATA_DIR moves PGlite just as it moves the server database', () => {
    expect(readScriptEnv({ DATA_DIR: '/srv/encore' }).dataDir).toBe('/srv/encore/pglite')
    expect(readScriptEnv({ DATA_DIR: '  ' }).dataDir).toBe('data/pglite')
  })

  test('DATABASE_URL selects PostgreSQL and its password is never printed', () => {
    const env = readScriptEnv({ DATABASE_URL: ' postgres://encore:s3cret@db:5432/encore ' })
    expect(env.databaseUrl).toBe('postgres://encore:s3cret@db:5432/encore')
    expect(describeTarget(env)).toBe('PostgreSQL (postgres://***@db:5432/encore)')
  })
})
