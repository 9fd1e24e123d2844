import path from 'node:path'
import { createMigration } from '../create-migration.ts'
import { runScript } from './env.ts'

runScript(async () => {
  const name = process.argv.slice(2).join('_')
  const result = await createMigration({ name })
  if (!result.created) {
    console.log('No changes: prisma/schema.prisma and prisma/migrations agree. Nothing written.')
    return 0
  }
  console.log(
    `Created ${path.relative(process.cwd(), result.directory)}/migration.sql ` +
      '(applied to a scratch database; no drift left). Review it and commit it.',
  )
  return 0
})
