// The embedded database as `npm start` opens it: PGlite in a thread of its own, behind Prisma.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Prisma } from '../generated/prisma/client.ts'
import { createDatabase, type Database } from './database.ts'
import { applyMigrations } from './migrations.ts'

let dir: string
let database: Database

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'encore-thread-'))
  database = await createDatabase({ dataDir: path.join(dir, 'pglite') })
  await applyMigrations(database)
}, 120_000)
afterAll(async () => {
  await database?.close()
  await rm(dir, { recursive: true, force: true })
})

const user = (email: string) =>
  database.prisma.user.create({ data: { email, passwordHash: 'not a real hash' } })

test('a constraint broken in the thread is the Prisma error an engine caller handles', async () => {
  await user('same@example.com')
  const again = await user('same@example.com').catch((error: unknown) => error)
  expect(again).toBeInstanceOf(Prisma.PrismaClientKnownRequestError)
  expect((again as Prisma.PrismaClientKnownRequestError).code).toBe('P2002')
})

test('a transaction that throws leaves nothing behind; one that ends keeps everything', async () => {
  await expect(
    database.prisma.$transaction(async (tx) => {
      await tx.user.create({ data: { email: 'rolled-back@example.com', passwordHash: 'x' } })
      throw new Error('changed my mind')
    }),
  ).rejects.toThrow('changed my mind')
  await database.prisma.$transaction(async (tx) => {
    await tx.user.create({ data: { email: 'kept@example.com', passwordHash: 'x' } })
  })
  const emails = (await database.prisma.user.findMany({ select: { email: true } })).map(
    (row) => row.email,
  )
  expect(emails).toContain('kept@example.com')
  expect(emails).not.toContain('rolled-back@example.com')
})

test('concurrent transactions each see the last one’s write (one at a time, none lost)', async () => {
  const { id } = await user('counter@example.com')
  // read-modify-write in each transaction: an interleaving would lose increments
  await Promise.all(
    Array.from({ length: 20 }, () =>
      database.prisma.$transaction(async (tx) => {
        const row = await tx.user.findUniqueOrThrow({ where: { id } })
        await tx.user.update({
          where: { id },
          data: { passwordHash: String(Number(row.passwordHash.replace(/\D/g, '') || 0) + 1) },
        })
      }),
    ),
  )
  expect((await database.prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe('20')
})

test('what was written is there after the database is closed and opened again', async () => {
  await user('durable@example.com')
  await database.close()
  database = await createDatabase({ dataDir: path.join(dir, 'pglite') })
  expect(await database.prisma.user.count({ where: { email: 'durable@example.com' } })).toBe(1)
})

test('a closed database refuses calls with a clear error instead of hanging', async () => {
  const other = await createDatabase({ dataDir: path.join(dir, 'closed') })
  await other.close()
  await expect(other.prisma.user.count()).rejects.toThrow(/closed/i)
})
