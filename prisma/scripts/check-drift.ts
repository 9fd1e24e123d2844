import path from 'node:path'
import { checkDrift, defaultMigrationsDir, defaultSchemaPath } from '../migrations.ts'
import { runScript } from './env.ts'

runScript(async () => {
  const report = await checkDrift()
  const schema = path.relative(process.cwd(), defaultSchemaPath)
  const migrations = path.relative(process.cwd(), defaultMigrationsDir)
  if (!report.drift) {
    console.log(`${schema} and ${migrations} agree.`)
    return 0
  }
  console.error(
    `${schema} and ${migrations} disagree: the migrations lack this SQL.\n` +
      'Create a migration for it with `npm run db:migration -- <name>` and commit it.\n\n' +
      report.sql,
  )
  return 1
})
