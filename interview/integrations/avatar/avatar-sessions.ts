/**
 * The avatar sessions this server opened, so that it can close them: a HeyGen session streams
 * (and costs) until it is stopped, and a candidate who finishes, walks away or closes the tab
 * does not stop it. A session belongs to the user who opened it and, when given, to one of
 * their interviews. It is closed when the interview finishes (`closeForInterview`), when the
 * candidate asks (`close`, the tab-close case), by `sweep` once its interview ended or went
 * quiet for `idleMs` (or, without an interview, after `maxAgeMs`), when the account is deleted
 * (`closeForUser`) and at shutdown (`closeAll`). The registry is in memory: a session opened by
 * a process that crashed ends at the provider's own duration limit (decision 063).
 */
import type { PrismaClient } from '../../../generated/prisma/client.ts'
import type { Viewer } from '../../accounts/scopes.ts'
import { InterviewClosedError, NotFoundError } from '../../errors.ts'
import { silentLogger, type EngineLogger } from '../../logger.ts'
import type { AvatarProvider, AvatarSession } from './avatar-provider.ts'

type OpenSession = {
  userId: string
  interviewId?: string
  openedAt: number
  expiresAt?: number
}

export type AvatarSessions = ReturnType<typeof createAvatarSessions>

export function createAvatarSessions({
  provider,
  db,
  clock = () => new Date(),
  logger = silentLogger,
  idleMs = 10 * 60_000,
  maxAgeMs = 60 * 60_000,
}: {
  provider: AvatarProvider
  db: PrismaClient
  clock?: () => Date
  logger?: EngineLogger
  /** an interview without activity this long no longer needs its avatar */
  idleMs?: number
  /** a session opened without an interview lasts at most this long */
  maxAgeMs?: number
}) {
  const open = new Map<string, OpenSession>()

  async function closeOne(sessionId: string): Promise<void> {
    if (!open.delete(sessionId)) return
    try {
      await provider.closeSession(sessionId)
    } catch (error) {
      // the provider ends it at its own limit anyway; nothing for a candidate to do
      logger.warn(`[avatar ${sessionId}] closing the ${provider.provider} session failed:`, error)
    }
  }

  async function closeWhere(matches: (session: OpenSession) => boolean): Promise<number> {
    const ids = [...open].filter(([, session]) => matches(session)).map(([id]) => id)
    await Promise.all(ids.map(closeOne))
    return ids.length
  }

  return {
    provider: provider.provider,

    async create(viewer: Viewer, { interviewId }: { interviewId?: string } = {}) {
      if (interviewId !== undefined) {
        const interview = await db.mockInterview.findFirst({
          where: { id: interviewId, userId: viewer.userId },
          select: { status: true },
        })
        if (!interview) throw new NotFoundError('Interview', interviewId)
        if (interview.status === 'COMPLETED' || interview.status === 'ABANDONED')
          throw new InterviewClosedError(interviewId, interview.status)
      }
      const session: AvatarSession = await provider.createSession()
      open.set(session.sessionId, {
        userId: viewer.userId,
        ...(interviewId ? { interviewId } : {}),
        openedAt: clock().getTime(),
        ...(session.expiresAt ? { expiresAt: session.expiresAt.getTime() } : {}),
      })
      return session
    },

    /** The viewer's own session only: another user's, or an unknown one, is NOT_FOUND. */
    async close(viewer: Viewer, sessionId: string): Promise<{ sessionId: string }> {
      const session = open.get(sessionId)
      if (!session || session.userId !== viewer.userId)
        throw new NotFoundError('Avatar session', sessionId)
      await closeOne(sessionId)
      return { sessionId }
    },

    closeForInterview: (interviewId: string) =>
      closeWhere((session) => session.interviewId === interviewId),

    closeForUser: (userId: string) => closeWhere((session) => session.userId === userId),

    /** Closes sessions whose interview ended or went quiet, and old ones without an interview. */
    async sweep(): Promise<number> {
      const now = clock().getTime()
      const interviewIds = [
        ...new Set([...open.values()].flatMap((s) => (s.interviewId ? [s.interviewId] : []))),
      ]
      const active = new Set(
        interviewIds.length === 0
          ? []
          : (
              await db.mockInterview.findMany({
                where: {
                  id: { in: interviewIds },
                  status: { in: ['PLANNED', 'IN_PROGRESS'] },
                  lastActivityAt: { gt: new Date(now - idleMs) },
                },
                select: { id: true },
              })
            ).map((row) => row.id),
      )
      return closeWhere(
        (session) =>
          (session.expiresAt !== undefined && session.expiresAt <= now) ||
          (session.interviewId
            ? !active.has(session.interviewId)
            : now - session.openedAt > maxAgeMs),
      )
    },

    closeAll: () => closeWhere(() => true),

    /** how many are open (tests, health) */
    size: () => open.size,
  }
}
