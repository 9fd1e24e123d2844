// PGlite data folders dumped to files, so that work costing an initdb (3–4 s on 2 cores) or a
// full migration run is done once and then loaded in about 1 s. A dump fits only the PGlite build
// that wrote it, so PGlite's version is part of every snapshot's name.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pgliteStartParams } from './database.ts'

const loaded = new Map<string, Promise<Blob>>()

/**
 * A new in-memory PGlite loaded from the snapshot `name`, which is kept per process and on disk
 * (`node_modules/.cache/encore`) and made by `build` when neither has it. A snapshot that does not
 * load (an interrupted write, a foreign file) is deleted and built again, once.
 */
export async function openPgliteSnapshot(
  name: string,
  build: () => Promise<Blob>,
): Promise<PGlite> {
  try {
    return await loadInto(await snapshot(name, build))
  } catch {
    loaded.delete(name)
    await rm(snapshotFile(name), { force: true })
    return loadInto(await snapshot(name, build))
  }
}

/** An empty in-memory PGlite: the shadow database of every diff, and where tests start. */
export function openEmptyPglite(): Promise<PGlite> {
  return openPgliteSnapshot('empty', async () => {
    const pglite = await PGlite.create()
    try {
      return await pglite.dumpDataDir('none')
    } finally {
      await pglite.close()
    }
  })
}

function snapshot(name: string, build: () => Promise<Blob>): Promise<Blob> {
  let pending = loaded.get(name)
  if (!pending) {
    pending = readFile(snapshotFile(name)).then(
      (bytes) => new Blob([bytes]),
      async () => {
        const built = await build()
        await keep(name, built)
        return built
      },
    )
    loaded.set(name, pending)
    pending.catch(() => loaded.delete(name))
  }
  return pending
}

async function loadInto(data: Blob): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: data, startParams: pgliteStartParams })
  await pglite.waitReady
  return pglite
}

// Parallel processes may write the same snapshot: each writes its own file and renames it into
// place, which is atomic. A cache that cannot be written is no failure.
async function keep(name: string, data: Blob): Promise<void> {
  const file = snapshotFile(name)
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(partial, Buffer.from(await data.arrayBuffer()))
    await rename(partial, file)
  } catch {
    await rm(partial, { force: true })
  }
}

/** Where the snapshot `name` lives on disk. */
export function snapshotFile(name: string): string {
  const nodeModules = path.resolve('node_modules')
  const dir = existsSync(nodeModules)
    ? path.join(nodeModules, '.cache', 'encore')
    : path.join(os.tmpdir(), 'encore-cache')
  return path.join(dir, `pglite-${pgliteVersion()}-${name}.tar`)
}

let version: string | undefined

function pgliteVersion(): string {
  // The package exports no package.json; its CommonJS entry sits in dist/, one level below.
  version ??= String(
    JSON.parse(
      readFileSync(
        path.join(
          createRequire(import.meta.url).resolve('@electric-sql/pglite'),
          '../../package.json',
        ),
        'utf8',
      ),
    ).version,
  )
  return version
}
