import { createDatabase } from '../database.ts'
import { applyMigrations } from '../migrations.ts'
import { seedDatabase } from '../seed.ts'
import { describeTarget, readScriptEnv, runScript } from './env.ts'

runScript(async () => {
  const env = readScriptEnv()
  const database = await createDatabase({ url: env.databaseUrl, dataDir: env.dataDir })
  try {
    // Seeding needs the tables; applying is a no-op when they are current.
    await applyMigrations(database)
    const counts = await seedDatabase(database.prisma)
    console.log(
      `Seeded ${describeTarget(env)}: ${counts.created} questions created, ` +
        `${counts.updated} updated, ${counts.unchanged} unchanged.`,
    )
  } finally {
    await database.close()
  }
})
