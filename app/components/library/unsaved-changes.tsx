import { useBlocker } from '@remix-run/react'
import { useEffect, useRef } from 'react'

/**
 * Warns before unsaved edits are lost: the browser's own prompt when the tab is closed or
 * reloaded (beforeunload), and a dialog of ours when the candidate follows a link in the app.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Chrome before 119 and some others show the prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed()
  }, [blocker, dirty])

  const dialogRef = useRef<HTMLDialogElement>(null)
  const open = blocker.state === 'blocked' && dirty
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-detail"
      onCancel={(event) => {
        event.preventDefault()
        blocker.reset?.()
      }}
      className="w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="unsaved-title" className="text-lg font-semibold text-slate-900">
        Leave without saving?
      </h2>
      <p id="unsaved-detail" className="mt-2 text-sm text-slate-600">
        Your changes to this story are not saved yet. If you leave now, they are lost.
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button
          type="button"
          autoFocus
          onClick={() => blocker.reset?.()}
          className="rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300"
        >
          Keep editing
        </button>
        <button
          type="button"
          onClick={() => blocker.proceed?.()}
          className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-slate-300"
        >
          Discard and leave
        </button>
      </div>
    </dialog>
  )
}
