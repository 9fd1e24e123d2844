// Guards for tests that need a server. Locally a missing server skips those tests with a notice;
// under CI=true it is a failure, so a misconfigured pipeline cannot pass by skipping.

export type Env = Record<string, string | undefined>

export type Service = {
  /** what the tests need, for messages */
  label: string
  /** the environment variable that points at it */
  variable: 'TEST_DATABASE_URL' | 'REDIS_URL'
  example: string
}

export const postgresService: Service = {
  label: 'PostgreSQL',
  variable: 'TEST_DATABASE_URL',
  example: 'postgres://postgres@127.0.0.1:5432/test',
}

export const redisService: Service = {
  label: 'Redis',
  variable: 'REDIS_URL',
  example: 'redis://127.0.0.1:6379',
}

export function isCi(env: Env = process.env): boolean {
  return env.CI === 'true' || env.CI === '1'
}

function serviceUrl(service: Service, env: Env = process.env) {
  return env[service.variable]?.trim() || undefined
}

function missingServiceMessage(service: Service): string {
  return (
    `${service.variable} is not set, so the ${service.label} tests cannot run. ` +
    `Set it to a ${service.label} server, e.g. ${service.variable}=${service.example}.`
  )
}

const noticed = new Set<string>()

/**
 * True when the service is configured. When it is not: under CI this throws (the suite must
 * not pass by skipping); locally it prints a notice once and returns false.
 */
function serviceAvailable(service: Service, env: Env = process.env): boolean {
  if (serviceUrl(service, env)) return true
  if (isCi(env))
    throw new Error(`${missingServiceMessage(service)} Under CI=true this is a failure.`)
  if (!noticed.has(service.variable)) {
    noticed.add(service.variable)
    console.warn(`Skipping ${service.label} tests: ${missingServiceMessage(service)}`)
  }
  return false
}

export function postgresAvailable(env: Env = process.env): boolean {
  return serviceAvailable(postgresService, env)
}

export function redisAvailable(env: Env = process.env): boolean {
  return serviceAvailable(redisService, env)
}

/** The PostgreSQL server test databases are created on; throws with the fix when unset. */
export function testDatabaseUrl(env: Env = process.env): string {
  const url = serviceUrl(postgresService, env)
  if (!url) throw new Error(missingServiceMessage(postgresService))
  return url
}

export function redisUrl(env: Env = process.env): string {
  const url = serviceUrl(redisService, env)
  if (!url) throw new Error(missingServiceMessage(redisService))
  return url
}
