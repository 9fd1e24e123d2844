import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { PrismaClient } from '../generated/prisma/client.ts'
import { createPgliteAdapterFactory } from './pglite-adapter.js'
import { openPgliteThread } from './pglite-thread.ts'

export type DatabaseKind = 'pglite' | 'postgresql'

const defaultPgliteDataDir = 'data/pglite'

export type DatabaseOptions = {
  /** `postgres://` or `postgresql://` selects a PostgreSQL server; unset selects embedded PGlite. */
  url?: string
  /** where PGlite keeps its files when no url is given (default `data/pglite`) */
  dataDir?: string
  /**
   * an already open PGlite instance, used on this thread (tests clone one per file); closed by
   * `close()`
   */
  pglite?: PGlite
}

export type Database = {
  prisma: PrismaClient
  kind: DatabaseKind
  /** the driver adapter factory behind `prisma`; the schema engine needs one for migrations */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory
  /** for PostgreSQL, the connection string (migrations open their own connection with it) */
  url?: string
  /** disconnects Prisma, then closes PGlite or ends the PostgreSQL pool; safe to call twice */
  close: () => Promise<void>
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined && options.url !== '') {
    if (!isPostgresUrl(options.url)) {
      throw new Error(
        `DATABASE_URL must start with postgres:// or postgresql:// (got "${redact(options.url)}"); ` +
          'unset it to use the embedded PGlite database.',
      )
    }
    return openPostgres(options.url)
  }
  if (options.pglite) return openPglitePrisma(options.pglite)
  return openPgliteInThread(options.dataDir ?? defaultPgliteDataDir)
}

/**
 * Opens (creating when missing) a PGlite database persisted in `dataDir`, in a thread of its own
 * (./pglite-thread.ts, decision 087).
 */
async function openPgliteInThread(dataDir: string): Promise<Database> {
  // PGlite creates the data folder itself but not its parents.
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true })
  const thread = await openPgliteThread(dataDir, pgliteStartParams)
  const prisma = createClient(thread.adapterFactory)
  return {
    prisma,
    kind: 'pglite',
    adapterFactory: thread.adapterFactory,
    close: once(async () => {
      await prisma.$disconnect()
      await thread.close()
    }),
  }
}

/**
 * PostgreSQL's default 128 MB of shared buffers is most of an idle embedded server's memory;
 * one user's interviews fit in far less (docs/scaling.md, "What each part costs").
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']

function openPglitePrisma(pglite: PGlite): Database {
  const adapterFactory = createPgliteAdapterFactory(pglite)
  const prisma = createClient(adapterFactory)
  return {
    prisma,
    kind: 'pglite',
    adapterFactory,
    close: once(async () => {
      await prisma.$disconnect()
      if (!pglite.closed) await pglite.close()
    }),
  }
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url })
  // An idle connection the server drops (restart, DROP DATABASE … WITH (FORCE)) emits 'error' on
  // the pool; unheard, it would crash the process. The pool discards that client and reconnects.
  pool.on('error', () => {})
  const adapterFactory = new PrismaPg(pool)
  const prisma = createClient(adapterFactory)
  return {
    prisma,
    kind: 'postgresql',
    adapterFactory,
    url,
    close: once(async () => {
      await prisma.$disconnect()
      await pool.end()
    }),
  }
}

function createClient(adapter: SqlMigrationAwareDriverAdapterFactory): PrismaClient {
  return new PrismaClient({ adapter })
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined
  return () => (closing ??= fn())
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@')
}
