import { randomBytes } from 'node:crypto'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openEmptyPglite, openPgliteSnapshot, snapshotFile } from './pglite-snapshots.ts'

async function dumpWithNote(note: string): Promise<Blob> {
  const pglite = await openEmptyPglite()
  try {
    await pglite.exec(`CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('${note}')`)
    return await pglite.dumpDataDir('none')
  } finally {
    await pglite.close()
  }
}

test('a damaged snapshot on disk is rebuilt, and the database opens with the rebuilt data', async () => {
  const name = `test-${randomBytes(4).toString('hex')}`
  const file = snapshotFile(name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, 'half a tar file')
  const build = vi.fn(() => dumpWithNote('rebuilt'))
  try {
    const pglite = await openPgliteSnapshot(name, build)
    try {
      expect((await pglite.query('SELECT text FROM notes')).rows).toEqual([{ text: 'rebuilt' }])
    } finally {
      await pglite.close()
    }
    expect(build).toHaveBeenCalledTimes(1)
    expect((await stat(file)).size).toBeGreaterThan(1_000_000)
  } finally {
    await rm(file, { force: true })
  }
})
