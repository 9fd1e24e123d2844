// `prisma migrate dev` for the WASM engine, whose createMigration is unusable: diff the schema
// against the migrations, write the new folder, prove it applies, prove nothing drifts.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  applyMigrations,
  checkDrift,
  defaultMigrationsDir,
  defaultSchemaPath,
  diffSchemaToMigrations,
  lockfileContent,
  lockfileName,
  type MigrationPaths,
} from './migrations.ts'
import { createScratchFactory } from './schema-engine.ts'

export type CreateMigrationOptions = MigrationPaths & {
  /** letters, digits and underscores, e.g. `add_attempt_notes` */
  name: string
  now?: Date
}

export type CreateMigrationResult =
  { created: false } | { created: true; name: string; directory: string; sql: string }

export async function createMigration(
  options: CreateMigrationOptions,
): Promise<CreateMigrationResult> {
  const slug = migrationSlug(options.name)
  const paths = {
    migrationsDir: options.migrationsDir ?? defaultMigrationsDir,
    schemaPath: options.schemaPath ?? defaultSchemaPath,
  }
  const sql = await diffSchemaToMigrations(paths)
  if (sql.trim() === '') return { created: false }

  const name = `${timestamp(options.now ?? new Date())}_${slug}`
  const directory = path.join(paths.migrationsDir, name)
  await mkdir(directory, { recursive: true })
  const lockfile = path.join(paths.migrationsDir, lockfileName)
  if (!(await exists(lockfile))) await writeFile(lockfile, lockfileContent)
  await writeFile(path.join(directory, 'migration.sql'), sql)

  try {
    await applyToScratch(paths)
    const report = await checkDrift(paths)
    if (report.drift) {
      throw new Error(`The new migration still leaves the schema ahead:\n${report.sql}`)
    }
  } catch (error) {
    // A migration that does not apply cleanly must not be left behind for someone to commit.
    await rm(directory, { recursive: true, force: true })
    throw error
  }
  return { created: true, name, directory, sql }
}

function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (slug === '') {
    throw new Error('Name the migration, e.g. `npm run db:migration -- add_attempt_notes`.')
  }
  return slug
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

async function applyToScratch(paths: MigrationPaths): Promise<void> {
  const scratch = createScratchFactory()
  try {
    await applyMigrations({ kind: 'pglite', adapterFactory: scratch.factory }, paths)
  } finally {
    await scratch.close()
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}
