// Prisma's schema engine compiled to WASM, driven through a driver adapter: the Prisma CLI's
// native engine cannot be downloaded here. See docs/decisions/001-prisma-migrations-through-wasm-schema-engine.md
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg'
import { openEmptyPglite } from './pglite-snapshots.ts'
import { createPgliteAdapterFactory } from './pglite-adapter.js'

export type { SchemaEngine }

let loading: Promise<void> | undefined

/** Instantiates the engine's WASM module once per process (~100 ms). */
function loadSchemaEngineWasm(): Promise<void> {
  loading ??= (async () => {
    // the package exports only its JS; the .wasm sits beside the glue
    const gluePath = createRequire(import.meta.url).resolve(
      '@prisma/schema-engine-wasm/schema_engine_bg',
    )
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue })
    glue.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
  })()
  return loading
}

export type SchemaEngineRun = {
  /** the Prisma schema the engine reads (its datasource picks the connector) */
  schemaPath: string
  /** the database the engine works on; its shadow database is always a throwaway PGlite */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory
}

/**
 * Runs `fn` with a fresh engine, then frees it and disposes every connection it opened: on
 * PostgreSQL a kept connection would hold the migration advisory lock and stall the next apply.
 */
export async function withSchemaEngine<T>(
  run: SchemaEngineRun,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadSchemaEngineWasm()
  const tracked = trackConnections(run.adapterFactory)
  const bound = bindMigrationAwareSqlAdapterFactory(tracked.factory)
  const datamodel = await readFile(run.schemaPath, 'utf8')
  const logs: string[] = []
  let engine: SchemaEngine | undefined
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: [[run.schemaPath, datamodel]] },
      (line: string) => logs.push(line),
      bound,
    )
    return await fn(engine)
  } catch (error) {
    throw readableError(error, bound.errorRegistry, logs)
  } finally {
    engine?.free()
    await tracked.disposeAll()
  }
}

/** A PGlite-backed factory for work that needs no real database (diffs, drift checks). */
export function createScratchFactory(): {
  factory: SqlMigrationAwareDriverAdapterFactory
  close: () => Promise<void>
} {
  // Opened on first connect: a diff may never touch its main database.
  let opened: Promise<PGlite> | undefined
  const open = () => (opened ??= openEmptyPglite())
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pglite',
    connect: async () => createPgliteAdapterFactory(await open()).connect(),
    connectToShadowDb: async () => {
      throw new Error('Run the scratch factory through withSchemaEngine: it brings the shadow.')
    },
  }
  const close = async () => {
    const pglite = await opened
    if (pglite && !pglite.closed) await pglite.close()
  }
  return { factory, close }
}

function trackConnections(inner: SqlMigrationAwareDriverAdapterFactory) {
  const adapters: SqlDriverAdapter[] = []
  const shadows: PGlite[] = []
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect()
      adapters.push(adapter)
      return adapter
    },
    // The stock shadow databases leak: PGlite's is never closed, PrismaPg's breaks on
    // introspection of Postgres's internal "char" type. An in-memory PGlite works for both.
    async connectToShadowDb() {
      const shadow = await openEmptyPglite()
      shadows.push(shadow)
      return createPgliteAdapterFactory(shadow).connect()
    },
  }
  const disposeAll = async () => {
    for (const adapter of adapters.splice(0)) await adapter.dispose()
    for (const shadow of shadows.splice(0)) if (!shadow.closed) await shadow.close()
  }
  return { factory, disposeAll }
}

const externalErrorPattern = /External error id#(\d+)/

function readableError(error: unknown, registry: ErrorRegistry, logs: string[]): Error {
  const message = error instanceof Error ? error.message : String(error)
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1]
  const what = migration ? `Migration ${migration} failed` : 'The schema engine failed'
  const external = externalErrorPattern.exec(message)
  const record = external ? registry.consumeError(Number(external[1])) : undefined
  const detail = record ? describeAdapterError(record.error) : summarise(message)
  if (detail) return new Error(`${what}: ${detail}`, { cause: record?.error ?? error })
  return new Error(`${what}: ${message}\nengine log:\n${logs.slice(-5).join('\n')}`, {
    cause: error,
  })
}

/** The engine's message without its Rust span trace and generic first line. */
function summarise(message: string): string {
  const lines = message.split('\n')
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line))
  return lines
    .slice(0, traceStart === -1 ? undefined : traceStart)
    .filter((line) => line.trim() !== '' && line.trim() !== 'external connector error')
    .join('\n')
    .trim()
}

function describeAdapterError(error: unknown): string {
  if (error instanceof Error) return error.message
  if (error && typeof error === 'object') {
    const record = error as { kind?: string; message?: string; originalMessage?: string }
    const text = record.originalMessage ?? record.message
    return [record.kind, text].filter(Boolean).join(': ') || JSON.stringify(error)
  }
  return String(error)
}
