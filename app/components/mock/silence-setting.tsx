import { useEffect, useState } from 'react'

const silenceChoices = [
  { ms: 2000, label: 'after 2 seconds of silence' },
  { ms: 3000, label: 'after 3 seconds of silence' },
  { ms: 5000, label: 'after 5 seconds of silence' },
  { ms: 0, label: 'never' },
]

/** How long a silence is before the room offers to finish the answer (0: never). */
export function SilenceSetting({
  value,
  onChange,
}: {
  value: number
  onChange: (ms: number) => void
}) {
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
      Offer to finish
      <select
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      >
        {silenceChoices.map((choice) => (
          <option key={choice.ms} value={choice.ms}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The candidate's choice, kept in this browser. */
export function useSilenceSetting(): [number, (ms: number) => void] {
  const [ms, setMs] = useState(3000)
  useEffect(() => {
    const stored = window.localStorage.getItem('encore:silence-ms')
    if (stored !== null) setMs(Number(stored))
  }, [])
  return [
    ms,
    (next) => {
      window.localStorage.setItem('encore:silence-ms', String(next))
      setMs(next)
    },
  ]
}
