import { PGlite } from '@electric-sql/pglite'
import {
  discardPgliteSnapshot,
  readPgliteSnapshot,
  writePgliteSnapshot,
} from './pglite-snapshots.ts'

const snapshotName = 'empty'
let snapshot: Promise<Blob> | undefined

/**
 * An empty in-memory PGlite: every diff needs one for its shadow database, and tests start from
 * them. It loads a snapshot of a fresh initdb (about 1 s) kept per process and on disk, so only
 * the first run on a machine pays for initdb itself (3–4 s on 2 cores).
 */
export async function openEmptyPglite(): Promise<PGlite> {
  try {
    return await PGlite.create({ loadDataDir: await emptySnapshot() })
  } catch {
    // A snapshot from an interrupted or foreign run: build a fresh one once.
    snapshot = undefined
    await discardPgliteSnapshot(snapshotName)
    return PGlite.create({ loadDataDir: await emptySnapshot() })
  }
}

function emptySnapshot(): Promise<Blob> {
  snapshot ??= readPgliteSnapshot(snapshotName).then((cached) => cached ?? buildEmptySnapshot())
  return snapshot
}

async function buildEmptySnapshot(): Promise<Blob> {
  const pglite = await PGlite.create()
  try {
    const dump = await pglite.dumpDataDir('none')
    await writePgliteSnapshot(snapshotName, dump)
    return dump
  } finally {
    await pglite.close()
  }
}
