import { readFileSync } from 'node:fs'
import { envVariables, EnvError, parseEnv } from './env.ts'

test('with no variable set, the embedded profile runs on port 3000 with data/ and introspection on', () => {
  expect(parseEnv({})).toEqual({
    nodeEnv: 'development',
    isProduction: false,
    port: 3000,
    host: '0.0.0.0',
    dataDir: 'data',
    databaseUrl: undefined,
    redisUrl: undefined,
    worker: { concurrency: 4, stalledMs: 30_000 },
    rateLimits: { submitPerMinute: 30 },
    sessionTtlDays: 30,
    openai: { apiKey: undefined, baseUrl: undefined, model: 'gpt-4o-mini' },
    deepgram: { apiKey: undefined },
    heygen: { apiKey: undefined },
    graphql: { introspection: true, graphiql: true },
    scoringConfigPath: 'scoring.config.json',
    trustProxy: false,
    interviewIdleMs: 24 * 60 * 60 * 1000,
    logLevel: 'info',
  })
})

test('the scoring config, proxy trust and idle time are read and typed', () => {
  expect(
    parseEnv({
      SCORING_CONFIG: 'config/strict.scoring.json',
      TRUST_PROXY: 'true',
      INTERVIEW_IDLE_HOURS: '1.5',
    }),
  ).toMatchObject({
    scoringConfigPath: 'config/strict.scoring.json',
    trustProxy: true,
    interviewIdleMs: 90 * 60 * 1000,
  })
  expect(parseEnv({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
  expect(parseEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
  expect(() => parseEnv({ TRUST_PROXY: 'yes please', INTERVIEW_IDLE_HOURS: '0' })).toThrow(
    /TRUST_PROXY: Use true .*\n.*INTERVIEW_IDLE_HOURS: Use a number of hours above 0/,
  )
})

test('production keeps introspection on (GraphiQL off) unless GRAPHQL_INTROSPECTION=false', () => {
  expect(parseEnv({ NODE_ENV: 'production' }).graphql).toEqual({
    introspection: true,
    graphiql: false,
  })
  expect(parseEnv({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' }).graphql).toEqual({
    introspection: false,
    graphiql: false,
  })
})

test('a postgres URL, keys and numbers are read and typed', () => {
  const config = parseEnv({
    PORT: '8080',
    DATABASE_URL: 'postgresql://encore:secret@db:5432/encore',
    REDIS_URL: 'redis://cache:6379',
    SESSION_TTL_DAYS: '7',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: 'http://localhost:11434/v1',
    DEEPGRAM_API_KEY: 'dg-test',
  })
  expect(config).toMatchObject({
    port: 8080,
    databaseUrl: 'postgresql://encore:secret@db:5432/encore',
    redisUrl: 'redis://cache:6379',
    sessionTtlDays: 7,
    openai: { apiKey: 'sk-test', baseUrl: 'http://localhost:11434/v1' },
    deepgram: { apiKey: 'dg-test' },
  })
})

test('the answers-per-minute limit is read as a whole number of at least 1', () => {
  expect(parseEnv({ RATE_LIMIT_SUBMIT_PER_MINUTE: '600' }).rateLimits).toEqual({
    submitPerMinute: 600,
  })
  expect(() => parseEnv({ RATE_LIMIT_SUBMIT_PER_MINUTE: '0', WORKER_CONCURRENCY: '2.5' })).toThrow(
    /WORKER_CONCURRENCY: Use a whole number of jobs.*\n.*RATE_LIMIT_SUBMIT_PER_MINUTE: Allow at least 1 answer a minute/s,
  )
  expect(() => parseEnv({ RATE_LIMIT_SUBMIT_PER_MINUTE: 'lots' })).toThrow(
    /RATE_LIMIT_SUBMIT_PER_MINUTE: Use a number of answers, e.g. RATE_LIMIT_SUBMIT_PER_MINUTE=30/,
  )
  expect(() => parseEnv({ RATE_LIMIT_SUBMIT_PER_MINUTE: '2.5' })).toThrow(
    /RATE_LIMIT_SUBMIT_PER_MINUTE: Use a whole number of answers/,
  )
})

test('REDIS_URL without DATABASE_URL says the scaled-out profile needs both', () => {
  expect(() => parseEnv({ REDIS_URL: 'redis://cache:6379' })).toThrow(
    /REDIS_URL: The scaled-out profile needs DATABASE_URL too/,
  )
})

test('an empty variable counts as unset', () => {
  expect(parseEnv({ PORT: '', DATABASE_URL: '' })).toMatchObject({
    port: 3000,
    databaseUrl: undefined,
  })
})

test('every bad variable is listed at once, each with its fix', () => {
  let failure: unknown
  try {
    parseEnv({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/encore',
      NODE_ENV: 'staging',
      GRAPHQL_INTROSPECTION: 'maybe',
      SESSION_TTL_DAYS: '0',
    })
  } catch (error) {
    failure = error
  }
  expect(failure).toBeInstanceOf(EnvError)
  const { problems, message } = failure as EnvError
  expect(problems.map((problem) => problem.variable).sort()).toEqual([
    'DATABASE_URL',
    'GRAPHQL_INTROSPECTION',
    'NODE_ENV',
    'PORT',
    'SESSION_TTL_DAYS',
  ])
  expect(message).toContain('5 bad variables')
  expect(message).toContain('DATABASE_URL: Use a postgres:// or postgresql:// URL')
  expect(message).toContain('PORT: Use a port number')
})

test('.env.example lists every variable, and its values parse', () => {
  const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
  const entries = text
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  expect(entries.map(([name]) => name).sort()).toEqual([...envVariables].sort())
  expect(() => parseEnv(Object.fromEntries(entries))).not.toThrow()
})
