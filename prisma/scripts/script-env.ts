// The database scripts are entry points, so they may read the environment; they read it here only.
import { defaultPgliteDataDir } from '../database.ts'

export type ScriptEnv = { databaseUrl?: string; dataDir: string }

export function readScriptEnv(env: NodeJS.ProcessEnv = process.env): ScriptEnv {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  return { databaseUrl, dataDir: defaultPgliteDataDir }
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
