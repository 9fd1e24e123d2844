import { formatScore, scorerName } from './format'
import type { ScorerTick } from './room-types'

/** A skeleton row per scorer, each ticking in as its event arrives; read out politely. */
export function ProcessingPanel({
  scorerIds,
  ticks,
  online,
  waiting,
}: {
  scorerIds: string[]
  ticks: Record<string, ScorerTick>
  online: boolean
  /** true before the first scorer starts (the answer is being saved or transcribed) */
  waiting: boolean
}) {
  const done = scorerIds.filter((id) => ticks[id] && ticks[id].status !== 'RUNNING').length
  return (
    <section aria-labelledby="processing-heading" className="space-y-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="processing-heading" className="text-lg font-semibold">
          Scoring your answer
        </h2>
        <span className="text-sm tabular-nums text-slate-500">
          {done} of {scorerIds.length}
        </span>
      </div>
      {!online ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Reconnecting… your answer is saved, and the scores carry on from where they were.
        </p>
      ) : waiting && done === 0 ? (
        <p className="text-sm text-slate-600">Your answer is saved. The scorers are starting…</p>
      ) : null}
      <ul
        className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        aria-live="polite"
        aria-relevant="additions text"
      >
        {scorerIds.map((id) => (
          <ScorerRow key={id} id={id} tick={ticks[id]} />
        ))}
      </ul>
    </section>
  )
}

function ScorerRow({ id, tick }: { id: string; tick: ScorerTick | undefined }) {
  const name = scorerName(id)
  return (
    <li
      className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm"
      data-testid={`scorer-${id}`}
    >
      <span className="text-slate-800">{name}</span>
      {!tick ? (
        <span
          className="h-4 w-12 rounded bg-slate-100 motion-safe:animate-pulse"
          aria-hidden="true"
        />
      ) : tick.status === 'RUNNING' ? (
        <span className="text-slate-500">scoring…</span>
      ) : tick.status === 'OK' ? (
        <span className="font-semibold tabular-nums text-slate-900">
          <span className="sr-only">{name}: </span>
          {tick.score === null ? 'done' : formatScore(tick.score)}
        </span>
      ) : tick.status === 'ABSTAINED' ? (
        <span className="text-slate-500" title={tick.reason ?? undefined}>
          <span className="sr-only">{name}: </span>not measured
        </span>
      ) : (
        <span className="text-amber-700" title={tick.reason ?? undefined}>
          <span className="sr-only">{name}: </span>
          {tick.status === 'TIMEOUT' ? 'took too long' : 'failed'}
        </span>
      )}
    </li>
  )
}
