import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { formatScore, scorerName } from './format'
import type { AttemptView } from './room-types'
import { TranscriptWithEvidence, type Span } from './transcript-with-evidence'

type Result = NonNullable<AttemptView['result']>
type Tab = 'content' | 'delivery' | 'structure'
const tabs: { id: Tab; label: string }[] = [
  { id: 'content', label: 'Content' },
  { id: 'delivery', label: 'Delivery' },
  { id: 'structure', label: 'Structure' },
]
const starParts = ['situation', 'task', 'action', 'result'] as const

/**
 * The scored answer: overall, then Content, Delivery and Structure tabs, each with its feedback
 * tied to the words it rests on (hover or focus an item to see them in the transcript).
 */
export function FeedbackDashboard({ attempt }: { attempt: AttemptView }) {
  const result = attempt.result
  const [tab, setTab] = useState<Tab>('content')
  const [highlight, setHighlight] = useState<Span[]>([])
  const baseId = useId()
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    content: null,
    delivery: null,
    structure: null,
  })
  if (!result) return null
  const transcript = attempt.transcript ?? ''
  const typed = !attempt.words
  const missing = unexpectedGaps(result, typed)

  function onTabKey(event: KeyboardEvent) {
    const index = tabs.findIndex((t) => t.id === tab)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    event.preventDefault()
    const next = tabs[(index + step + tabs.length) % tabs.length]!.id
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  const dimension = result.dimensions[tab]
  const scorersOf = new Set(result.scorers.filter((s) => s.dimension === tab).map((s) => s.id))
  const items = result.feedback.filter((item) => scorersOf.has(item.scorerId))

  return (
    <section aria-labelledby={`${baseId}-heading`} className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
            Attempt {attempt.attemptNumber}: your feedback
          </h2>
          {result.degraded ? (
            <p className="mt-1 text-sm text-amber-700">{result.degraded.reason}</p>
          ) : null}
        </div>
        <p className="text-right">
          <span className="block text-xs uppercase tracking-wide text-slate-500">Overall</span>
          <span className="text-4xl font-bold tabular-nums" data-testid="overall-score">
            {formatScore(result.overall)}
          </span>
        </p>
      </div>

      {missing.length > 0 ? (
        <div
          role="note"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p className="font-medium">Some checks did not count towards this score:</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((scorer) => (
              <li key={scorer.id}>
                {scorerName(scorer.id)}: {scorer.reason ?? scorer.status.toLowerCase()}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <div
          role="tablist"
          aria-label="Feedback"
          className="flex gap-1 border-b border-slate-200"
          onKeyDown={onTabKey}
        >
          {tabs.map((t) => (
            <button
              key={t.id}
              ref={(node) => {
                tabRefs.current[t.id] = node
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${baseId}-panel`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              className={`-mb-px rounded-t-lg border-b-2 px-4 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${
                tab === t.id
                  ? 'border-indigo-600 text-indigo-700'
                  : 'border-transparent text-slate-600 hover:text-slate-900'
              }`}
            >
              {t.label}{' '}
              <span className="tabular-nums text-slate-500">
                {formatScore(result.dimensions[t.id].score)}
              </span>
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={`${baseId}-panel`}
          aria-labelledby={`${baseId}-tab-${tab}`}
          className="space-y-4 pt-4"
        >
          {dimension.score === null ? (
            <p className="text-sm text-slate-600">
              Not scored: {dimension.reason ?? 'nothing in this answer could be measured here.'}
            </p>
          ) : null}
          {tab === 'delivery' && typed ? (
            <p className="text-sm text-slate-600">
              A typed answer’s delivery counts only its fillers and hedging: pace and pauses need a
              spoken answer.
            </p>
          ) : null}
          {tab === 'delivery' ? <DeliveryFigures result={result} typed={typed} /> : null}
          {tab === 'structure' ? (
            <StarParts result={result} transcript={transcript} onFocusSpans={setHighlight} />
          ) : null}
          <FeedbackList items={items} onFocusSpans={setHighlight} />
        </div>
      </div>

      <div>
        <h3 className="text-sm font-semibold text-slate-800">What you said</h3>
        <TranscriptWithEvidence text={transcript} highlight={highlight} />
      </div>
    </section>
  )
}

/** Scorers that should have scored and did not; typed answers' untimed checks are expected. */
function unexpectedGaps(result: Result, typed: boolean) {
  return result.scorers.filter((scorer) => {
    if (scorer.status === 'OK') return false
    if (typed && scorer.dimension === 'delivery' && scorer.status === 'ABSTAINED') return false
    return true
  })
}

function FeedbackList({
  items,
  onFocusSpans,
}: {
  items: Result['feedback']
  onFocusSpans: (spans: Span[]) => void
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No remarks here.</p>
  return (
    <ul className="space-y-2">
      {items.map((item, index) => {
        const strength = item.kind === 'STRENGTH'
        const show = () => onFocusSpans(item.evidence)
        const hide = () => onFocusSpans([])
        return (
          <li
            key={index}
            tabIndex={item.evidence.length > 0 ? 0 : undefined}
            onMouseEnter={show}
            onMouseLeave={hide}
            onFocus={show}
            onBlur={hide}
            className={`rounded-lg border px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${
              strength
                ? 'border-emerald-200 bg-emerald-50 text-emerald-900'
                : 'border-amber-200 bg-amber-50 text-amber-950'
            }`}
          >
            <span className="font-medium">{strength ? 'Strength: ' : 'To improve: '}</span>
            {item.message}
            {item.evidence.length > 0 ? (
              <span className="sr-only"> (focus shows the words it rests on in your answer)</span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

function DeliveryFigures({ result, typed }: { result: Result; typed: boolean }) {
  const delivery = result.delivery
  const untimed = 'not measured for typed answers'
  const figures = [
    {
      label: 'Pace',
      value:
        delivery?.wpm != null
          ? `${Math.round(delivery.wpm)} words a minute`
          : typed
            ? untimed
            : 'not measured',
    },
    {
      label: 'Fillers',
      value:
        delivery == null
          ? 'not measured'
          : delivery.fillersPerMinute != null
            ? `${delivery.fillersPerMinute.toFixed(1)} a minute (${delivery.fillers.count})`
            : `${delivery.fillers.count} (${delivery.fillersPer100Words.toFixed(1)} per 100 words)`,
      detail: delivery?.fillers.words.length ? delivery.fillers.words.join(', ') : undefined,
    },
    {
      label: 'Long pauses',
      value:
        delivery?.longPauses != null
          ? String(delivery.longPauses)
          : typed
            ? untimed
            : 'not measured',
    },
    {
      label: 'Hedges',
      value: delivery ? String(delivery.hedges.count) : 'not measured',
      detail: delivery?.hedges.words.length ? delivery.hedges.words.join(', ') : undefined,
    },
  ]
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
          <dt className="text-xs uppercase tracking-wide text-slate-500">{figure.label}</dt>
          <dd className="mt-1 text-sm font-medium text-slate-900">{figure.value}</dd>
          {figure.detail ? <dd className="text-xs text-slate-500">“{figure.detail}”</dd> : null}
        </div>
      ))}
    </dl>
  )
}

function StarParts({
  result,
  transcript,
  onFocusSpans,
}: {
  result: Result
  transcript: string
  onFocusSpans: (spans: Span[]) => void
}) {
  if (!result.star)
    return <p className="text-sm text-slate-600">STAR structure was not measured.</p>
  const star = result.star
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {starParts.map((part) => {
        const found = star[part]
        const quote = found.evidence[0]
          ? transcript.slice(found.evidence[0].start, found.evidence[0].end)
          : null
        return (
          <li
            key={part}
            tabIndex={found.evidence.length > 0 ? 0 : undefined}
            onMouseEnter={() => onFocusSpans(found.evidence)}
            onMouseLeave={() => onFocusSpans([])}
            onFocus={() => onFocusSpans(found.evidence)}
            onBlur={() => onFocusSpans([])}
            className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
          >
            <span className="font-medium capitalize">{part}</span>{' '}
            {found.present ? (
              <span className="text-emerald-700">present</span>
            ) : (
              <span className="text-rose-700">missing</span>
            )}
            {quote ? (
              <p className="mt-1 line-clamp-2 text-xs italic text-slate-600">“{quote}”</p>
            ) : null}
          </li>
        )
      })}
      <li className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm">
        <span className="font-medium">Result has a number</span>{' '}
        {star.quantified ? (
          <span className="text-emerald-700">yes</span>
        ) : (
          <span className="text-slate-600">no</span>
        )}
      </li>
    </ul>
  )
}
