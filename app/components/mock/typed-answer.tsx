import { useEffect, useId, useState } from 'react'

const maxLength = 10_000

/**
 * A typed answer, kept in the tab's session storage as it is written so that a reload or a
 * failed send never loses it. Ctrl/⌘+Enter sends.
 */
export function TypedAnswer({
  draftKey,
  label,
  submitLabel,
  hint,
  onSubmit,
  onSpeakInstead,
}: {
  draftKey: string
  label: string
  submitLabel: string
  hint?: string
  onSubmit: (text: string) => void
  onSpeakInstead?: () => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  useEffect(() => {
    setText(window.sessionStorage.getItem(draftKey) ?? '')
  }, [draftKey])

  function change(value: string) {
    setText(value)
    if (value) window.sessionStorage.setItem(draftKey, value)
    else window.sessionStorage.removeItem(draftKey)
  }

  const words = text.trim() ? text.trim().split(/\s+/).length : 0
  const submit = () => {
    if (text.trim()) onSubmit(text.trim())
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        maxLength={maxLength}
        rows={8}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            submit()
          }
        }}
        aria-describedby={`${id}-hint`}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint ??
          'Answer as you would say it: situation, what you had to do, what you did, and the result.'}{' '}
        {words} {words === 1 ? 'word' : 'words'} · Ctrl+Enter sends.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={!text.trim()}>
          {submitLabel}
        </button>
        {onSpeakInstead ? (
          <button type="button" className="btn-secondary" onClick={onSpeakInstead}>
            Answer by voice
          </button>
        ) : null}
      </div>
    </form>
  )
}

/** Forgets a draft once the server has the answer. */
export function clearDraft(draftKey: string) {
  window.sessionStorage.removeItem(draftKey)
}
