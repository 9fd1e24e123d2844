// The database scripts are entry points, so they may read the environment; they read it here only.
import path from 'node:path'

export type ScriptEnv = { databaseUrl?: string; dataDir: string }

/**
 * The database `npm start` would open: DATABASE_URL, else PGlite in `$DATA_DIR/pglite`. Read
 * the way server/env.ts reads them (blank means unset), so a migrate or seed run never lands in
 * a different database from the server's.
 */
export function readScriptEnv(env: Record<string, string | undefined> = process.env): ScriptEnv {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  const dataDir = env.DATA_DIR?.trim() || 'data'
  return { databaseUrl, dataDir: path.join(dataDir, 'pglite') }
}

export function describeTarget({ databaseUrl, dataDir }: ScriptEnv): string {
  return databaseUrl
    ? `PostgreSQL (${databaseUrl.replace(/\/\/[^@/]*@/, '//***@')})`
    : `PGlite in ${dataDir}`
}

/** Runs a script's main function, printing a failure as one readable message and exit code 1. */
export function runScript(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
