import { formatDelta, formatScore } from './format'
import type { AttemptView, RoomExchange } from './room-types'

const starWords: Record<string, string> = {
  GAINED: 'now present',
  LOST: 'now missing',
}

/** Every attempt at this question, and what changed since the previous one. */
export function AttemptHistory({
  exchange,
  attempt,
}: {
  exchange: RoomExchange
  attempt: AttemptView
}) {
  const attempts = exchange.attempts.edges.map(({ node }) => node)
  const comparison = attempt.comparison
  const starChanges = comparison
    ? (['situation', 'task', 'action', 'result'] as const).filter(
        (part) => comparison.star[part] in starWords,
      )
    : []
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        Your attempts at this question
      </h2>
      <ol className="flex flex-wrap gap-2">
        {attempts.map((a) => {
          const kept = exchange.finalAttempt?.id === a.id
          const current = a.id === attempt.id
          return (
            <li
              key={a.id}
              aria-current={current ? 'true' : undefined}
              className={`rounded-lg border px-3 py-1.5 text-sm ${
                current ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200 bg-white'
              }`}
            >
              <span className="font-medium">#{a.attemptNumber}</span>{' '}
              <span className="tabular-nums">
                {a.status === 'SCORED'
                  ? formatScore(a.overallScore)
                  : a.status.toLowerCase().replace('_', ' ')}
              </span>
              {kept ? (
                <span className="ml-1 rounded bg-emerald-100 px-1.5 text-xs text-emerald-800">
                  kept
                </span>
              ) : null}
            </li>
          )
        })}
      </ol>
      {comparison ? (
        <div
          className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm"
          data-testid="comparison"
        >
          <p>
            Since attempt {attempt.attemptNumber - 1}: overall{' '}
            {formatScore(comparison.overall.before)} →{' '}
            <strong>{formatScore(comparison.overall.after)}</strong>{' '}
            <Delta value={comparison.overall.delta} />
          </p>
          <p className="mt-1 text-slate-600">
            Content <Delta value={comparison.dimensions.content.delta} /> · Delivery{' '}
            <Delta value={comparison.dimensions.delivery.delta} /> · Structure{' '}
            <Delta value={comparison.dimensions.structure.delta} />
          </p>
          {starChanges.length > 0 ? (
            <p className="mt-1 text-slate-600">
              {starChanges
                .map(
                  (part) =>
                    `${part[0]!.toUpperCase()}${part.slice(1)} ${starWords[comparison.star[part]]}`,
                )
                .join('; ')}
              .
            </p>
          ) : null}
        </div>
      ) : attempts.length > 1 ? (
        <p className="text-sm text-slate-600">No earlier scored attempt to compare with.</p>
      ) : null}
    </section>
  )
}

function Delta({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return <span className="text-slate-500">(n/a)</span>
  const rounded = Math.round(value)
  const tone = rounded > 0 ? 'text-emerald-700' : rounded < 0 ? 'text-rose-700' : 'text-slate-500'
  return <span className={`font-medium tabular-nums ${tone}`}>{formatDelta(value)}</span>
}
