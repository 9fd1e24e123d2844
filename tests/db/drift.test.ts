import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMigration } from '../../prisma/create-migration.ts'
import {
  applyMigrations,
  checkDrift,
  defaultMigrationsDir,
  defaultSchemaPath,
} from '../../prisma/migrations.ts'
import { createEmptyTestDatabase } from '../setup/database.ts'

let workDir: string
let migrationsDir: string
let changedSchemaPath: string

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'encore-drift-'))
  migrationsDir = path.join(workDir, 'migrations')
  await cp(defaultMigrationsDir, migrationsDir, { recursive: true })
  const schema = await readFile(defaultSchemaPath, 'utf8')
  const withNickname = schema.replace(
    /(model User \{\n\s+id\s+String[^\n]*\n)/,
    '$1  nickname     String?\n',
  )
  expect(withNickname).not.toBe(schema)
  changedSchemaPath = path.join(workDir, 'schema.prisma')
  await writeFile(changedSchemaPath, withNickname)
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort()
}

describe('schema drift', () => {
  test('the committed schema and migrations agree', async () => {
    expect(await checkDrift()).toEqual({ drift: false, sql: '' })
  })

  test('a field added to the schema without a migration is reported with the SQL it needs', async () => {
    const report = await checkDrift({ migrationsDir, schemaPath: changedSchemaPath })
    expect(report.drift).toBe(true)
    expect(report.sql).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"nickname" TEXT/)
  })

  test('creating a migration when nothing changed writes nothing', async () => {
    const before = await listing(migrationsDir)
    const result = await createMigration({ name: 'nothing', migrationsDir })
    expect(result).toEqual({ created: false })
    expect(await listing(migrationsDir)).toEqual(before)
  })

  test('creating a migration for a new field writes a folder that applies and ends the drift', async () => {
    const scratch = await cp(migrationsDir, path.join(workDir, 'next'), { recursive: true }).then(
      () => path.join(workDir, 'next'),
    )
    const result = await createMigration({
      name: 'Add user nickname',
      migrationsDir: scratch,
      schemaPath: changedSchemaPath,
      now: new Date('2030-01-02T03:04:05Z'),
    })
    expect(result).toMatchObject({ created: true, name: '20300102030405_add_user_nickname' })
    const sql = await readFile(
      path.join(scratch, '20300102030405_add_user_nickname', 'migration.sql'),
      'utf8',
    )
    expect(sql).toContain('"nickname" TEXT')

    const database = await createEmptyTestDatabase()
    try {
      const applied = await applyMigrations(database, {
        migrationsDir: scratch,
        schemaPath: changedSchemaPath,
      })
      expect(applied.at(-1)).toBe('20300102030405_add_user_nickname')
      const user = await database.prisma.$queryRaw<{ nickname: string | null }[]>`
        INSERT INTO users (id, email, password_hash, updated_at)
        VALUES ('u1', 'a@example.com', 'x', now()) RETURNING nickname`
      expect(user).toEqual([{ nickname: null }])
    } finally {
      await database.close()
    }
  })
})
