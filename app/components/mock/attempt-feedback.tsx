import { useEffect, useRef } from 'react'
import { AttemptHistory } from './attempt-history'
import { FeedbackDashboard } from './feedback-dashboard'
import type { RoomContext } from './room-types'
import { RewritePanel } from './rewrite-panel'

/** The FEEDBACK state: the scored attempt, its rewrite and history, and the ways on. */
export function AttemptFeedback({
  context,
  actor,
  keeping,
}: {
  context: RoomContext
  actor: { send: (event: { type: 'RETRY' | 'KEEP' | 'NEXT' | 'FINISH' | 'RESCORE' }) => void }
  keeping: boolean
}) {
  const attempt = context.result
  const headingRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [attempt?.id])
  if (context.failure || !attempt || attempt.status === 'FAILED') {
    return (
      <div className="space-y-3" role="alert">
        <h2 className="text-lg font-semibold">This answer could not be scored</h2>
        <p className="text-slate-600">
          {context.failure ?? attempt?.error ?? 'Scoring stopped before it finished.'} Your answer
          is saved.
        </p>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            className="btn-primary"
            onClick={() => actor.send({ type: 'RESCORE' })}
          >
            Score it again
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => actor.send({ type: 'RETRY' })}
          >
            Answer again
          </button>
        </div>
      </div>
    )
  }
  const kept = context.exchange?.finalAttempt?.id === attempt.id
  return (
    <div className="space-y-8">
      <div ref={headingRef} tabIndex={-1} className="focus:outline-none">
        <FeedbackDashboard attempt={attempt} />
      </div>
      <RewritePanel before={attempt.transcript ?? ''} after={attempt.rewrite ?? null} />
      {context.exchange ? <AttemptHistory exchange={context.exchange} attempt={attempt} /> : null}
      {context.followUpCreated ? (
        <p className="rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
          Your interviewer has a follow-up question about this answer.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-5">
        <button
          type="button"
          className="btn-secondary"
          onClick={() => actor.send({ type: 'RETRY' })}
        >
          Retry this question
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={kept || keeping}
          onClick={() => actor.send({ type: 'KEEP' })}
        >
          {kept ? 'Kept ✓' : keeping ? 'Keeping…' : 'Keep this attempt'}
        </button>
        <button type="button" className="btn-primary" onClick={() => actor.send({ type: 'NEXT' })}>
          {context.followUpCreated ? 'Answer the follow-up' : 'Next question'}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => actor.send({ type: 'FINISH' })}
        >
          Finish interview
        </button>
      </div>
    </div>
  )
}
