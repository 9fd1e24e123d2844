/**
 * A candidate's own data: download it all, delete it all, and how long recordings are kept
 * (decision 066). An export is fetched with a single-use key that lives 15 minutes, so that the
 * GraphQL mutation can hand a client (or the web app) a plain download URL.
 */
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Accounts } from '../accounts/accounts.ts'
import type { Viewer } from '../accounts/scopes.ts'
import type { AudioStorage } from '../audio/audio-storage.ts'
import { silentLogger, type EngineLogger } from '../logger.ts'
import { dataArchive } from './data-archive.ts'

const exportTtlMs = 15 * 60_000
const dayMs = 24 * 60 * 60_000

export type Privacy = ReturnType<typeof createPrivacy>

export function createPrivacy({
  db,
  audioStorage,
  accounts,
  clock = () => new Date(),
  logger = silentLogger,
}: {
  db: PrismaClient
  audioStorage: AudioStorage
  accounts: Pick<Accounts, 'deleteAccount'>
  clock?: () => Date
  logger?: EngineLogger
}) {
  const exports = new Map<string, { userId: string; expiresAt: number }>()

  return {
    /** A single-use key for `archive`, valid 15 minutes. */
    createExport(viewer: Viewer): { key: string; expiresAt: Date } {
      const now = clock().getTime()
      for (const [key, entry] of exports) if (entry.expiresAt <= now) exports.delete(key)
      const key = randomBytes(32).toString('base64url')
      const expiresAt = now + exportTtlMs
      exports.set(key, { userId: viewer.userId, expiresAt })
      return { key, expiresAt: new Date(expiresAt) }
    },

    /** The archive a key was made for (the key is used up), or null for an unknown or old key. */
    takeExport(key: string): AsyncGenerator<Uint8Array> | null {
      const entry = exports.get(key)
      exports.delete(key)
      if (!entry || entry.expiresAt <= clock().getTime()) return null
      return dataArchive(db, audioStorage, entry.userId)
    },

    archive: (viewer: Viewer) => dataArchive(db, audioStorage, viewer.userId),

    /**
     * Deletes the account (every row, through the schema's cascades), then the recordings on disk
     * (the user's whole folder, so nothing an interrupted upload left behind survives either).
     */
    async deleteAccount(viewer: Viewer, password: string): Promise<{ userId: string }> {
      await accounts.deleteAccount(viewer, password)
      for (const [key, entry] of exports) if (entry.userId === viewer.userId) exports.delete(key)
      try {
        await audioStorage.deleteAll(viewer.userId)
      } catch (error) {
        logger.error(`[user ${viewer.userId}] deleting the recordings failed:`, error)
        throw error
      }
      return { userId: viewer.userId }
    },

    /** Deletes recordings older than `days` (their transcripts and scores stay); returns how many. */
    async applyRetention({ days }: { days: number }): Promise<number> {
      const cutoff = new Date(clock().getTime() - days * dayMs)
      const old = await db.mockInterviewAttempt.findMany({
        where: { audioRef: { not: null }, createdAt: { lt: cutoff } },
        select: { id: true, audioRef: true },
        take: 500,
      })
      for (const { id, audioRef } of old) {
        await audioStorage.delete(audioRef!)
        await db.mockInterviewAttempt.update({ where: { id }, data: { audioRef: null } })
      }
      return old.length
    },
  }
}
