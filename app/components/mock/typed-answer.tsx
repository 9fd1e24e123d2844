import { useEffect, useId, useRef, useState } from 'react'

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
  dictation = false,
}: {
  draftKey: string
  label: string
  submitLabel: string
  hint?: string
  onSubmit: (text: string) => void
  onSpeakInstead?: () => void
  /** offer the browser's own speech recognition, where it has one, to fill the field */
  dictation?: boolean
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

  const dictate = useDictation((heard) => change(text ? `${text} ${heard}` : heard))

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
      {dictation && dictate.available ? (
        <p className="text-xs text-slate-500">
          Dictation uses your browser’s speech recognition, which may send the audio to its maker
          (Google, for Chrome).
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={!text.trim()}>
          {submitLabel}
        </button>
        {dictation && dictate.available ? (
          <button
            type="button"
            className="btn-secondary"
            onClick={dictate.toggle}
            aria-pressed={dictate.listening}
          >
            {dictate.listening ? 'Stop dictating' : 'Dictate with your browser'}
          </button>
        ) : null}
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

type Recognition = {
  continuous: boolean
  interimResults: boolean
  onresult: (event: {
    resultIndex: number
    results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>
  }) => void
  onend: () => void
  start: () => void
  stop: () => void
}

/** The browser's SpeechRecognition, where it exists; final phrases go to `onHeard`. */
function useDictation(onHeard: (text: string) => void) {
  const [available, setAvailable] = useState(false)
  const [listening, setListening] = useState(false)
  const recognition = useRef<Recognition | null>(null)
  const heard = useRef(onHeard)
  heard.current = onHeard
  useEffect(() => {
    const w = window as unknown as Record<string, (new () => Recognition) | undefined>
    setAvailable(Boolean(w.SpeechRecognition ?? w.webkitSpeechRecognition))
    return () => recognition.current?.stop()
  }, [])
  function toggle() {
    if (recognition.current) {
      recognition.current.stop()
      return
    }
    const w = window as unknown as Record<string, (new () => Recognition) | undefined>
    const Constructor = w.SpeechRecognition ?? w.webkitSpeechRecognition
    if (!Constructor) return
    const next = new Constructor()
    next.continuous = true
    next.interimResults = false
    next.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!
        if (result.isFinal) heard.current(result[0].transcript.trim())
      }
    }
    next.onend = () => {
      recognition.current = null
      setListening(false)
    }
    recognition.current = next
    next.start()
    setListening(true)
  }
  return { available, listening, toggle }
}
