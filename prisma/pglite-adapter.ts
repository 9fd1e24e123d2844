import { PGlite } from '@electric-sql/pglite'
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'

/**
 * pglite-prisma-adapter with one fix: its `executeScript` (how the schema engine runs a
 * migration) does not await `exec`, so a failing migration became an uncaught exception that
 * killed the process, and the engine recorded the migration as finished. Here it is awaited,
 * and the failure reaches the engine, which marks the migration failed.
 */
export function createPgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(pglite)
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withAwaitedScripts(await inner.connect(), pglite),
    connectToShadowDb: connectToShadowPglite,
  }
}

/** The stock shadow database is an in-memory PGlite that is never closed; this one closes. */
export async function connectToShadowPglite(): Promise<SqlDriverAdapter> {
  const shadow = new PGlite()
  const adapter = withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow)
  adapter.dispose = () => shadow.close()
  return adapter
}

function withAwaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  const fixed: SqlDriverAdapter = Object.create(adapter)
  fixed.executeScript = async (script: string) => {
    await pglite.exec(script)
  }
  return fixed
}
