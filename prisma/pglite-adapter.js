// @ts-check
// JavaScript (checked by tsc through its JSDoc) so that PGlite's thread runs without type stripping:
// stripping loads its own compiler into every thread that imports a .ts file (~15 MB resident).
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'

/**
 * @import { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
 */

/**
 * pglite-prisma-adapter with one fix: its `executeScript` (how the schema engine runs a
 * migration) does not await `exec`, so a failing migration became an uncaught exception that
 * killed the process, and the engine recorded the migration as finished. Here it is awaited,
 * and the failure reaches the engine, which marks the migration failed.
 * @param {PGlite} pglite
 * @returns {SqlMigrationAwareDriverAdapterFactory}
 */
export function createPgliteAdapterFactory(pglite) {
  const inner = new PrismaPGlite(pglite)
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withAwaitedScripts(await inner.connect(), pglite),
    connectToShadowDb: connectToShadowPglite,
  }
}

/**
 * The stock shadow database is an in-memory PGlite that is never closed; this one closes.
 * @returns {Promise<SqlDriverAdapter>}
 */
export async function connectToShadowPglite() {
  const shadow = new PGlite()
  const adapter = withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow)
  adapter.dispose = () => shadow.close()
  return adapter
}

/**
 * @param {SqlDriverAdapter} adapter
 * @param {PGlite} pglite
 * @returns {SqlDriverAdapter}
 */
function withAwaitedScripts(adapter, pglite) {
  /** @type {SqlDriverAdapter} */
  const fixed = Object.create(adapter)
  fixed.executeScript = async (script) => {
    await pglite.exec(script)
  }
  return fixed
}
