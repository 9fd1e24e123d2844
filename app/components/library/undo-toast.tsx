import { useFetcher } from '@remix-run/react'
import { useEffect, useRef } from 'react'

export type DeletedStory = {
  id: string
  title: string
  competencies: string[]
  situation: string
  task: string
  action: string
  result: string
  polishedAnswer: string
  coachNotes: string
  jobDescriptionId: string | null
  sourceAttemptId: string | null
}

/**
 * "Deleted “…”. Undo": stays until the candidate undoes or dismisses it (no timer: a screen
 * reader user gets as long as they need). Undo posts the story back to the library's action.
 */
export function UndoToast({ story, onClose }: { story: DeletedStory; onClose: () => void }) {
  const fetcher = useFetcher<{ restored?: string; formError?: string }>()
  const undoRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    undoRef.current?.focus()
  }, [])
  useEffect(() => {
    if (fetcher.state === 'idle' && fetcher.data?.restored) onClose()
  }, [fetcher.state, fetcher.data, onClose])
  const busy = fetcher.state !== 'idle'
  return (
    <div
      role="status"
      aria-live="polite"
      className="fixed inset-x-4 bottom-4 z-20 mx-auto flex max-w-md flex-wrap items-center justify-between gap-3 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg print:hidden"
    >
      <p className="min-w-0 flex-1">
        Deleted <span className="font-semibold">“{story.title}”</span>.
        {fetcher.data?.formError ? (
          <span className="block text-rose-300">{fetcher.data.formError}</span>
        ) : null}
      </p>
      <fetcher.Form method="post" action="/dashboard/library?index" className="flex gap-2">
        <input type="hidden" name="intent" value="restore" />
        <input type="hidden" name="story" value={JSON.stringify(story)} />
        <button
          ref={undoRef}
          type="submit"
          disabled={busy}
          className="rounded-lg bg-white px-3 py-1.5 font-semibold text-slate-900 hover:bg-indigo-50 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-70"
        >
          {busy ? 'Restoring…' : 'Undo'}
        </button>
        <button
          type="button"
          onClick={onClose}
          aria-label="Dismiss"
          className="rounded-lg px-2 py-1.5 text-slate-300 hover:text-white focus:outline-none focus:ring-2 focus:ring-indigo-300"
        >
          ✕
        </button>
      </fetcher.Form>
    </div>
  )
}
