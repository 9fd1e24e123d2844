import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { applyMigrations, readMigrations } from '../../prisma/migrations.ts'
import {
  createEmptyTestDatabase,
  describeWithDatabases,
  type TestDatabase,
} from '../setup/database.ts'

const expectedTables = [
  '_prisma_migrations',
  'api_tokens',
  'job_descriptions',
  'mock_interview_attempts',
  'mock_interview_exchanges',
  'mock_interviews',
  'questions',
  'score_results',
  'sessions',
  'star_stories',
  'users',
]

async function tableNames(database: TestDatabase): Promise<string[]> {
  const rows = await database.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
  return rows.map((row) => row.table_name)
}

describeWithDatabases('migrations', (database, kind) => {
  test('a new database has every table and a record of each migration', async () => {
    expect(await tableNames(database())).toEqual(expectedTables)
    const folder = await readMigrations()
    const applied = await database().prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`
    expect(applied.map((row) => row.migration_name)).toEqual(
      folder.migrationDirectories.map((migration) => migration.path),
    )
  })

  test('applying the migrations again changes nothing', async () => {
    expect(await applyMigrations(database())).toEqual([])
    expect(await tableNames(database())).toEqual(expectedTables)
  })

  test('a failing migration stops with the database error and is not recorded as applied', async () => {
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), 'encore-bad-migration-'))
    const empty = await createEmptyTestDatabase(kind)
    try {
      await mkdir(path.join(migrationsDir, '20200101000000_broken'))
      await writeFile(
        path.join(migrationsDir, '20200101000000_broken', 'migration.sql'),
        'CREATE TABLE "notes" ("id" TEXT PRIMARY KEY);\nSELECT * FROM "missing_table";\n',
      )
      await expect(applyMigrations(empty, { migrationsDir })).rejects.toThrow(
        /Migration 20200101000000_broken failed: .*missing_table/,
      )
      const rows = await empty.prisma.$queryRaw<{ finished_at: Date | null }[]>`
        SELECT finished_at FROM _prisma_migrations WHERE migration_name = '20200101000000_broken'`
      expect(rows).toEqual([{ finished_at: null }])
      // started again, the failed migration is still reported, not passed over
      await expect(applyMigrations(empty, { migrationsDir })).rejects.toThrow(
        /20200101000000_broken/,
      )
    } finally {
      await empty.close()
      await rm(migrationsDir, { recursive: true, force: true })
    }
  })

  test(`migrations apply from zero on an empty ${kind} database`, async () => {
    // the test database came from a template; this proves the folder itself applies from zero
    const empty = await createEmptyTestDatabase(kind)
    try {
      const applied = await applyMigrations(empty)
      const folder = await readMigrations()
      expect(applied).toEqual(folder.migrationDirectories.map((migration) => migration.path))
      expect(await tableNames(empty)).toEqual(expectedTables)
    } finally {
      await empty.close()
    }
  })
})
