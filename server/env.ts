import { z } from 'zod'

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value))

const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'], {
    error: 'Set it to true or false (or leave it unset for the default).',
  })
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'on'].includes(value)))

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'Use development, production or test (unset means development).',
    })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'Use a port number between 0 and 65535, e.g. PORT=3000.' })
    .int('Use a whole port number, e.g. PORT=3000.')
    .min(0, 'Use a port number between 0 and 65535.')
    .max(65535, 'Use a port number between 0 and 65535.')
    .default(3000),
  HOST: z
    .string()
    .trim()
    .min(1, 'Use an interface address such as 0.0.0.0 or 127.0.0.1.')
    .default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1, 'Use a folder path, e.g. DATA_DIR=data.').default('data'),
  DATABASE_URL: optionalString.refine(
    (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
    {
      message: 'Use a postgres:// or postgresql:// URL, or unset it to use the embedded database.',
    },
  ),
  REDIS_URL: optionalString.refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
    message: 'Use a redis:// or rediss:// URL, or unset it to keep queues and events in memory.',
  }),
  WORKER_CONCURRENCY: z.coerce
    .number({ error: 'Use a number of jobs, e.g. WORKER_CONCURRENCY=4.' })
    .int('Use a whole number of jobs, e.g. WORKER_CONCURRENCY=4.')
    .min(1, 'A worker runs at least 1 job at a time.')
    .max(64, 'Use at most 64 jobs per worker; start more workers instead.')
    .default(4),
  SCORING_STALLED_SECONDS: z.coerce
    .number({ error: 'Use a number of seconds, e.g. SCORING_STALLED_SECONDS=30.' })
    .min(1, 'Use at least 1 second.')
    .max(3600, 'Use at most 3600 seconds.')
    .default(30),
  RATE_LIMIT_SUBMIT_PER_MINUTE: z.coerce
    .number({ error: 'Use a number of answers, e.g. RATE_LIMIT_SUBMIT_PER_MINUTE=30.' })
    .int('Use a whole number of answers, e.g. RATE_LIMIT_SUBMIT_PER_MINUTE=30.')
    .min(1, 'Allow at least 1 answer a minute, or a candidate cannot answer at all.')
    .max(1_000_000, 'Use at most 1000000 answers a minute.')
    // decision 043's 30: a candidate answers a few times a minute at most
    .default(30),
  SESSION_TTL_DAYS: z.coerce
    .number({ error: 'Use a number of days, e.g. SESSION_TTL_DAYS=30.' })
    .int('Use a whole number of days, e.g. SESSION_TTL_DAYS=30.')
    .min(1, 'Sessions must last at least 1 day.')
    .max(365, 'Sessions may last at most 365 days.')
    .default(30),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.refine((value) => value === undefined || URL.canParse(value), {
    message: 'Use a full URL such as https://api.openai.com/v1, or unset it.',
  }),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  DEEPGRAM_API_KEY: optionalString,
  HEYGEN_API_KEY: optionalString,
  GRAPHQL_INTROSPECTION: flag,
  SCORING_CONFIG: z
    .string()
    .trim()
    .min(1, 'Use the path of a scoring config file, e.g. SCORING_CONFIG=scoring.config.json.')
    .default('scoring.config.json'),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|on|off|\d+)$/, {
      message:
        'Use true (behind a reverse proxy that sets X-Forwarded-For), a number of proxy hops, or false.',
    })
    .optional()
    .transform((value): boolean | number => {
      if (value === undefined || value === 'false' || value === 'off') return false
      if (value === 'true' || value === 'on') return true
      return Number(value) === 0 ? false : Number(value)
    }),
  INTERVIEW_IDLE_HOURS: z.coerce
    .number({ error: 'Use a number of hours, e.g. INTERVIEW_IDLE_HOURS=24.' })
    .positive('Use a number of hours above 0, e.g. INTERVIEW_IDLE_HOURS=24.')
    .max(24 * 365, 'Use at most 8760 hours (a year).')
    .default(24),
  RECORDING_RETENTION_DAYS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'Use a number of days, e.g. RECORDING_RETENTION_DAYS=30, or unset it.' })
      .int('Use a whole number of days, e.g. RECORDING_RETENTION_DAYS=30.')
      .min(1, 'Keep recordings at least 1 day, or unset RECORDING_RETENTION_DAYS to keep them.')
      .optional(),
  ),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'], {
      error: 'Use one of debug, info, warn, error, silent.',
    })
    .default('info'),
})

export type RawEnv = z.input<typeof envSchema>

/** Every variable Encore reads (each is listed in .env.example). */
export const envVariables = Object.keys(envSchema.shape)

export type Config = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  port: number
  host: string
  dataDir: string
  databaseUrl?: string
  redisUrl?: string
  /** the scaled-out profile's scoring workers (`npm run worker`) */
  worker: {
    /** jobs one worker runs at once */
    concurrency: number
    /** a job whose worker died (its lock was not renewed) is taken over after this long */
    stalledMs: number
  }
  /** per user (else per address): answers submitted or retried in a minute (decision 043) */
  rateLimits: { submitPerMinute: number }
  sessionTtlDays: number
  openai: { apiKey?: string; baseUrl?: string; model: string }
  deepgram: { apiKey?: string }
  heygen: { apiKey?: string }
  graphql: { introspection: boolean; graphiql: boolean }
  /** the scoring config file (scorers, weights, gate, calibration) */
  scoringConfigPath: string
  /** Express's `trust proxy`: false ignores X-Forwarded-For; true or a hop count honours it */
  trustProxy: boolean | number
  /** an interview without activity for this long is abandoned */
  interviewIdleMs: number
  /** recordings older than this many days are deleted (transcripts kept); unset: kept */
  recordingRetentionDays?: number
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent'
}

export class EnvError extends Error {
  readonly problems: { variable: string; message: string }[]

  constructor(problems: { variable: string; message: string }[]) {
    super(
      `The environment has ${problems.length} bad variable${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${problem.variable}: ${problem.message}`).join('\n') +
        '\nEvery variable is optional: see .env.example.',
    )
    this.problems = problems
    this.name = 'EnvError'
  }
}

/** Parses the environment once; throws an EnvError that lists every bad variable and its fix. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`PORT=`) means unset, as in most dotenv tools.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  )
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        message: issue.message,
      })),
    )
  }
  const env = parsed.data
  if (env.REDIS_URL && !env.DATABASE_URL) {
    throw new EnvError([
      {
        variable: 'REDIS_URL',
        message:
          'The scaled-out profile needs DATABASE_URL too: scoring workers and server instances share one PostgreSQL database. Set DATABASE_URL, or unset REDIS_URL for the embedded profile.',
      },
    ])
  }
  const isProduction = env.NODE_ENV === 'production'
  return {
    nodeEnv: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    worker: {
      concurrency: env.WORKER_CONCURRENCY,
      stalledMs: Math.round(env.SCORING_STALLED_SECONDS * 1000),
    },
    rateLimits: { submitPerMinute: env.RATE_LIMIT_SUBMIT_PER_MINUTE },
    sessionTtlDays: env.SESSION_TTL_DAYS,
    openai: { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL },
    deepgram: { apiKey: env.DEEPGRAM_API_KEY },
    heygen: { apiKey: env.HEYGEN_API_KEY },
    graphql: {
      // a public API whose schema is published: on unless turned off (decision 065)
      introspection: env.GRAPHQL_INTROSPECTION ?? true,
      graphiql: !isProduction,
    },
    scoringConfigPath: env.SCORING_CONFIG,
    trustProxy: env.TRUST_PROXY,
    interviewIdleMs: Math.round(env.INTERVIEW_IDLE_HOURS * 60 * 60 * 1000),
    recordingRetentionDays: env.RECORDING_RETENTION_DAYS,
    logLevel: env.LOG_LEVEL,
  }
}
