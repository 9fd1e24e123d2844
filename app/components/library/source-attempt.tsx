import { Link } from '@remix-run/react'
import { competencyLabel } from './competencies'

export type SourceAttempt = {
  id: string
  attemptNumber: number
  transcript: string | null
  overallScore: number | null
  contentScore: number | null
  deliveryScore: number | null
  structureScore: number | null
  exchange: {
    questionText: string
    competency: string
    interview: { id: string; title: string }
  }
}

const score = (value: number | null) => (value === null ? '—' : String(Math.round(value)))

/** The answer the story was saved from: its question, scores and words, as the candidate said them. */
export function SourceAttemptPanel({ attempt }: { attempt: SourceAttempt | null }) {
  if (!attempt) {
    return (
      <section
        aria-labelledby="source-heading"
        className="rounded-2xl border border-slate-200 bg-white p-4 text-sm text-slate-600 shadow-sm"
      >
        <h2 id="source-heading" className="font-semibold text-slate-900">
          Source answer
        </h2>
        <p className="mt-2">
          Written by hand. Stories saved from an interview answer keep a link to it here.
        </p>
      </section>
    )
  }
  const scores = [
    ['Overall', attempt.overallScore],
    ['Content', attempt.contentScore],
    ['Delivery', attempt.deliveryScore],
    ['Structure', attempt.structureScore],
  ] as const
  return (
    <section
      aria-labelledby="source-heading"
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="source-heading" className="font-semibold text-slate-900">
        Source answer
      </h2>
      <p className="mt-2 text-sm font-medium text-slate-800">{attempt.exchange.questionText}</p>
      <p className="mt-1 text-xs text-slate-500">
        {competencyLabel(attempt.exchange.competency)} · attempt {attempt.attemptNumber} ·{' '}
        {attempt.exchange.interview.title}
      </p>
      <dl className="mt-3 grid grid-cols-4 gap-2 text-center">
        {scores.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 px-1 py-2">
            <dt className="text-[0.7rem] uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{score(value)}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-3 text-sm" open>
        <summary className="cursor-pointer font-medium text-slate-700">
          Transcript, as you said it
        </summary>
        <blockquote className="mt-2 whitespace-pre-line border-l-4 border-indigo-200 pl-3 text-slate-700">
          {attempt.transcript || 'No transcript.'}
        </blockquote>
      </details>
      <Link
        to={`/dashboard/mock/${attempt.exchange.interview.id}/summary`}
        className="mt-3 inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500"
      >
        Open the interview’s summary →
      </Link>
    </section>
  )
}
