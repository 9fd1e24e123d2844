import { scaleLinear } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { competencyLabel } from '~/components/library/competencies'

export type CompetencyTrend = {
  competency: string
  /** one per session; null when the session asked nothing about it */
  scores: (number | null)[]
}

const round = (value: number) => Math.round(value)

function Sparkline({ scores }: { scores: (number | null)[] }) {
  const width = 96
  const height = 28
  const x = scaleLinear<number>({
    domain: scores.length > 1 ? [0, scores.length - 1] : [-1, 1],
    range: [2, width - 2],
  })
  const y = scaleLinear<number>({ domain: [0, 100], range: [height - 2, 2] })
  const points = scores.map((value, index) => ({ value, index }))
  const measured = points.filter((p) => p.value !== null)
  return (
    <svg width={width} height={height} aria-hidden="true" className="overflow-visible">
      <LinePath
        data={measured}
        x={(p) => x(p.index)}
        y={(p) => y(p.value!)}
        stroke="#6366f1"
        strokeWidth={2}
      />
      {measured.length > 0 ? (
        <circle
          cx={x(measured.at(-1)!.index)}
          cy={y(measured.at(-1)!.value!)}
          r={3}
          fill="#6366f1"
        />
      ) : null}
    </svg>
  )
}

/** Each competency's first and latest score, its change and a sparkline; a table first. */
export function CompetencyTrends({ trends }: { trends: CompetencyTrend[] }) {
  return (
    <section
      aria-labelledby="competency-trends-heading"
      className="min-w-0 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="competency-trends-heading" className="font-semibold text-slate-900">
        Per competency
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each competency’s score in the sessions that asked about it, first to latest.
      </p>
      {trends.length === 0 ? (
        <p className="mt-4 rounded-xl bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
          No competency scored yet.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm tabular-nums">
            <caption className="sr-only">Score per competency: first, latest and change</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Competency
                </th>
                <th scope="col" className="py-2 pr-3">
                  Sessions
                </th>
                <th scope="col" className="py-2 pr-3">
                  First
                </th>
                <th scope="col" className="py-2 pr-3">
                  Latest
                </th>
                <th scope="col" className="py-2 pr-3">
                  Change
                </th>
                <th scope="col" className="hidden py-2 sm:table-cell">
                  <span className="sr-only">Trend</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {trends.map((trend) => {
                const measured = trend.scores.filter((s): s is number => s !== null)
                const first = measured[0]
                const latest = measured.at(-1)
                const change =
                  measured.length > 1 && first !== undefined && latest !== undefined
                    ? round(latest) - round(first)
                    : null
                return (
                  <tr key={trend.competency}>
                    <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                      {competencyLabel(trend.competency)}
                    </th>
                    <td className="py-2 pr-3">{measured.length}</td>
                    <td className="py-2 pr-3">{first === undefined ? '—' : round(first)}</td>
                    <td className="py-2 pr-3">{latest === undefined ? '—' : round(latest)}</td>
                    <td
                      className={`py-2 pr-3 font-medium ${
                        change === null
                          ? 'text-slate-400'
                          : change > 0
                            ? 'text-emerald-700'
                            : change < 0
                              ? 'text-rose-700'
                              : 'text-slate-600'
                      }`}
                    >
                      {change === null ? '—' : change > 0 ? `+${change}` : String(change)}
                    </td>
                    <td className="hidden py-2 sm:table-cell">
                      <Sparkline scores={trend.scores} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
