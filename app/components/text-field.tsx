import type { InputHTMLAttributes, ReactNode } from 'react'

type TextFieldProps = {
  label: string
  name: string
  error?: ReactNode
  hint?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

export function TextField({ label, name, error, hint, ...input }: TextFieldProps) {
  const id = `field-${name}`
  // An error replaces the hint: it states the same rule, now as what to fix.
  const shownHint = error ? undefined : hint
  const describedBy = [shownHint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${
          error
            ? 'border-rose-400 focus:border-rose-500 focus:ring-rose-200'
            : 'border-slate-300 focus:border-indigo-500 focus:ring-indigo-200'
        }`}
        {...input}
      />
      {shownHint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {shownHint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
    </div>
  )
}
