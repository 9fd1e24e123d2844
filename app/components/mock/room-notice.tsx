import type { RoomContext } from './room-types'

/** What went wrong and what the candidate can do about it; an unsent answer can be sent again. */
export function RoomNotice({
  context,
  listening,
  onDismiss,
  onSendAgain,
}: {
  context: RoomContext
  listening: boolean
  onDismiss: () => void
  onSendAgain: () => void
}) {
  if (!context.notice) return null
  const resend = listening && context.pending !== null
  return (
    <div
      role="alert"
      className="mt-4 flex flex-wrap items-start justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1">{context.notice.message}</p>
      <div className="flex gap-2">
        {resend ? (
          <button type="button" className="btn-primary px-3 py-1.5 text-sm" onClick={onSendAgain}>
            Send my answer again
          </button>
        ) : null}
        <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  )
}

/** A placeholder while the room waits on the server. */
export function Skeleton({ label }: { label: string }) {
  return (
    <div className="space-y-3" role="status">
      <p className="text-slate-600">{label}</p>
      <div className="h-4 w-3/4 rounded bg-slate-100 motion-safe:animate-pulse" />
      <div className="h-4 w-1/2 rounded bg-slate-100 motion-safe:animate-pulse" />
    </div>
  )
}
