import { createDatabase } from '../database.ts'
import { applyMigrations } from '../migrations.ts'
import { describeTarget, readScriptEnv, runScript } from './env.ts'

runScript(async () => {
  const env = readScriptEnv()
  const database = await createDatabase({ url: env.databaseUrl, dataDir: env.dataDir })
  try {
    const applied = await applyMigrations(database)
    if (applied.length === 0) console.log(`${describeTarget(env)} is up to date.`)
    else
      console.log(`Applied to ${describeTarget(env)}:\n${applied.map((n) => `  ${n}`).join('\n')}`)
  } finally {
    await database.close()
  }
})
