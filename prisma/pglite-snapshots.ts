// PGlite data folders dumped to files, so that work costing an initdb (3–4 s on 2 cores) or a
// full migration run is done once and then loaded in about 1 s. A dump fits only the PGlite build
// that wrote it, so PGlite's version is part of every snapshot's name.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

let version: string | undefined

function pgliteVersion(): string {
  if (version) return version
  // The package exports no package.json; its CommonJS entry sits in dist/, one level below.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const manifest = JSON.parse(readFileSync(path.join(entry, '../../package.json'), 'utf8'))
  version = String(manifest.version)
  return version
}

function cacheDir(): string {
  const nodeModules = path.resolve('node_modules')
  return existsSync(nodeModules)
    ? path.join(nodeModules, '.cache', 'encore')
    : path.join(os.tmpdir(), 'encore-cache')
}

function snapshotFile(name: string): string {
  return path.join(cacheDir(), `pglite-${pgliteVersion()}-${name}.tar`)
}

/** A snapshot written earlier by this PGlite version, or undefined. */
export async function readPgliteSnapshot(name: string): Promise<Blob | undefined> {
  const bytes = await readFile(snapshotFile(name)).catch(() => undefined)
  return bytes ? new Blob([bytes]) : undefined
}

/**
 * Keeps a snapshot for later runs. Parallel processes may write the same one: each writes its own
 * file and renames it into place, which is atomic. A cache that cannot be written is no failure.
 */
export async function writePgliteSnapshot(name: string, snapshot: Blob): Promise<void> {
  const file = snapshotFile(name)
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()))
    await rename(partial, file)
  } catch {
    await rm(partial, { force: true })
  }
}

/** Forgets a snapshot that failed to load, so the next run rebuilds it. */
export async function discardPgliteSnapshot(name: string): Promise<void> {
  await rm(snapshotFile(name), { force: true })
}
