// Each test file gets its own database, migrated once per run and cloned per file: a fresh PGlite
// costs 3–4 s on 2 cores, a clone about 1 s; on PostgreSQL `CREATE DATABASE … TEMPLATE` is fast.
import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, test } from 'vitest'
import { createDatabase, type Database, type DatabaseKind } from '../../prisma/database.ts'
import { applyMigrations, defaultMigrationsDir } from '../../prisma/migrations.ts'
import { openEmptyPglite, openPgliteSnapshot } from '../../prisma/pglite-snapshots.ts'
import { postgresAvailable, testDatabaseUrl } from './services.ts'

export type TestDatabase = Database & {
  /** the database's name on the PostgreSQL server; `memory` for PGlite */
  name: string
}

export type TestDatabaseOptions = { kind?: DatabaseKind; migrationsDir?: string }

/** A fresh, fully migrated database of its own; `close()` discards it. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir
  return options.kind === 'postgresql'
    ? createPostgresDatabase(migrationsDir)
    : createPgliteDatabase(migrationsDir)
}

/** An empty database with no tables at all, for proving that migrations apply from zero. */
export async function createEmptyTestDatabase(
  kind: DatabaseKind = 'pglite',
): Promise<TestDatabase> {
  return kind === 'postgresql' ? createEmptyPostgresDatabase() : createEmptyPglite()
}

async function createEmptyPglite(): Promise<TestDatabase> {
  const database = await createDatabase({ pglite: await openEmptyPglite() })
  return { ...database, name: 'memory' }
}

/** The kinds this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
function availableDatabaseKinds(): DatabaseKind[] {
  return postgresAvailable() ? ['pglite', 'postgresql'] : ['pglite']
}

/**
 * Runs a suite once per available database kind, each with its own database for the file.
 * Under CI a missing TEST_DATABASE_URL adds a failing test instead of silently skipping.
 */
export function describeWithDatabases(
  name: string,
  fn: (database: () => TestDatabase, kind: DatabaseKind) => void,
): void {
  let kinds: DatabaseKind[]
  try {
    kinds = availableDatabaseKinds()
  } catch (error) {
    kinds = ['pglite']
    test(`${name}: PostgreSQL is configured`, () => {
      throw error
    })
  }
  for (const kind of kinds) {
    describe(`${name} (${kind})`, () => {
      let database: TestDatabase | undefined
      beforeAll(async () => {
        database = await createTestDatabase({ kind })
      })
      afterAll(async () => {
        await database?.close()
      })
      fn(() => {
        if (!database) throw new Error(`The ${kind} test database failed to open.`)
        return database
      }, kind)
    })
  }
}

async function createPgliteDatabase(migrationsDir: string): Promise<TestDatabase> {
  const name = `template-${await migrationsHash(migrationsDir)}`
  const pglite = await openPgliteSnapshot(name, () => migratedDump(migrationsDir))
  const database = await createDatabase({ pglite })
  return { ...database, name: 'memory' }
}

async function migratedDump(migrationsDir: string): Promise<Blob> {
  const pglite = await openEmptyPglite()
  try {
    await applyMigrations(await createDatabase({ pglite }), { migrationsDir })
    return await pglite.dumpDataDir('none')
  } finally {
    await pglite.close()
  }
}

async function migrationsHash(migrationsDir: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = (await readdir(migrationsDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of entries) {
    hash.update(path.relative(migrationsDir, file)).update('\0')
    hash.update(await readFile(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

// Serialises template builds and copies across parallel vitest workers (and parallel runs).
const templateLockKey = 724_311_002

async function createPostgresDatabase(migrationsDir: string): Promise<TestDatabase> {
  const serverUrl = testDatabaseUrl()
  const template = `encore_template_${await migrationsHash(migrationsDir)}`
  const name = `encore_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [templateLockKey])
    try {
      if (!(await databaseExists(admin, template))) {
        await buildPostgresTemplate(admin, serverUrl, template, migrationsDir)
      }
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [templateLockKey])
    }
  })
  return openDroppingOnClose(serverUrl, name)
}

async function createEmptyPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = testDatabaseUrl()
  const name = `encore_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`))
  return openDroppingOnClose(serverUrl, name)
}

async function openDroppingOnClose(serverUrl: string, name: string): Promise<TestDatabase> {
  const database = await createDatabase({ url: databaseUrl(serverUrl, name) })
  return {
    ...database,
    name,
    close: async () => {
      await database.close()
      await withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      )
    },
  }
}

async function buildPostgresTemplate(
  admin: pg.Client,
  serverUrl: string,
  template: string,
  migrationsDir: string,
): Promise<void> {
  // Built under a temporary name and renamed when complete, so a crash never leaves a
  // half-migrated database under the template's name.
  const building = `${template}_building`
  await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${building}"`)
  const database = await createDatabase({ url: databaseUrl(serverUrl, building) })
  try {
    await applyMigrations(database, { migrationsDir })
  } finally {
    await database.close()
  }
  // The engine's pool has ended, but the server may not have reaped its backends yet.
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [building],
  )
  await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`)
}

async function databaseExists(admin: pg.Client, name: string): Promise<boolean> {
  const result = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  return result.rowCount === 1
}

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    return await fn(admin)
  } finally {
    await admin.end()
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}
