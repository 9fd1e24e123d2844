import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { useId } from 'react'

export type Series = {
  key: string
  label: string
  /** a Tailwind-independent colour (SVG stroke) */
  color: string
  /** a dash pattern, so that no two lines differ by colour alone */
  dash?: string
  values: (number | null)[]
}

type TrendChartProps = {
  title: string
  description: string
  /** one label per session, for the table ("#3 · 7 Dec 2026") */
  sessions: string[]
  series: Series[]
  /** fixed domain (scores 0–100) or null to fit the data */
  domain?: [number, number]
  unit?: string
  /** shown instead of the chart when no series has a value */
  empty: string
}

const margin = { top: 16, right: 20, bottom: 36, left: 44 }
const maxTicks = 8

const round = (value: number) => Math.round(value * 10) / 10

/** "Overall 52 → 70 (up 18) over 3 sessions": what a glance at the line tells. */
export function describeSeries(series: Series, unit = ''): string {
  const points = series.values.filter((v): v is number => v !== null)
  if (points.length === 0) return `${series.label}: not measured`
  const first = round(points[0]!)
  const last = round(points.at(-1)!)
  if (points.length === 1) return `${series.label}: ${last}${unit} in one session`
  const change = round(last - first)
  const trend = change === 0 ? 'no change' : change > 0 ? `up ${change}` : `down ${-change}`
  return `${series.label}: ${first}${unit} to ${last}${unit} (${trend}) over ${points.length} sessions`
}

/** Evenly spread session indexes, at most `maxTicks`, always the first and the last. */
export function tickIndexes(count: number, most = maxTicks): number[] {
  if (count <= most) return Array.from({ length: count }, (_, i) => i)
  const step = Math.ceil((count - 1) / (most - 1))
  const ticks = []
  for (let i = 0; i < count - 1; i += step) ticks.push(i)
  ticks.push(count - 1)
  return ticks
}

export function TrendChart({
  title,
  description,
  sessions,
  series,
  domain,
  unit = '',
  empty,
}: TrendChartProps) {
  const id = useId()
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null)
  const count = sessions.length
  const summary = series.map((s) => describeSeries(s, unit)).join('. ')
  const drawing = { title, summary, series, count, values, domain, unit }

  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="min-w-0 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <figcaption>
        <h2 id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </figcaption>
      {values.length === 0 ? (
        <p className="mt-4 rounded-xl bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
          {empty}
        </p>
      ) : (
        <>
          {/* a narrow drawing for phones and a wide one from `sm` up: SVG text scales with the
              drawing, so one size would be unreadable on one of them; the hidden one is out of
              the accessibility tree (display: none) */}
          <div className="mt-4 sm:hidden">
            <ChartSvg {...drawing} width={360} height={240} />
          </div>
          <div className="mt-4 hidden sm:block">
            <ChartSvg {...drawing} width={640} height={260} />
          </div>
          <ul
            className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600"
            aria-hidden="true"
          >
            {series.map((s) => (
              <li key={s.key} className="flex items-center gap-1.5">
                <svg width="24" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    x2="24"
                    y1="4"
                    y2="4"
                    stroke={s.color}
                    strokeWidth="2.5"
                    strokeDasharray={s.dash}
                  />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
          {count === 1 ? (
            <p className="mt-2 text-sm text-slate-500">
              One session so far: your next finished interview draws the trend.
            </p>
          ) : null}
        </>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700">
          Show the numbers as a table
        </summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{title}, per session</caption>
            <thead className="sticky top-0 bg-white text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  Session
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-3">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sessions.map((session, index) => (
                <tr key={session}>
                  <th scope="row" className="py-1 pr-3 font-normal text-slate-600">
                    {session}
                  </th>
                  {series.map((s) => {
                    const value = s.values[index]
                    return (
                      <td key={s.key} className="py-1 pr-3">
                        {value === null || value === undefined ? (
                          <span className="text-slate-400">—</span>
                        ) : (
                          `${round(value)}${unit}`
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}

function ChartSvg({
  title,
  summary,
  series,
  count,
  values,
  domain,
  unit,
  width,
  height,
}: {
  title: string
  summary: string
  series: Series[]
  count: number
  values: number[]
  domain?: [number, number]
  unit: string
  width: number
  height: number
}) {
  const innerWidth = width - margin.left - margin.right
  const innerHeight = height - margin.top - margin.bottom
  const low = domain?.[0] ?? Math.max(0, Math.floor(Math.min(...values) * 0.8))
  const high = domain?.[1] ?? Math.ceil(Math.max(...values) * 1.15) + 1
  const x = scaleLinear<number>({
    domain: count > 1 ? [0, count - 1] : [-1, 1],
    range: [0, innerWidth],
  })
  const y = scaleLinear<number>({ domain: [low, high], range: [innerHeight, 0], nice: true })
  const radius = count > 30 ? 2 : 3.5
  const ticks = tickIndexes(count, width < 500 ? 5 : maxTicks)
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}.`}
      className="h-auto w-full"
    >
      <Group left={margin.left} top={margin.top}>
        {y.ticks(5).map((tick) => (
          <line
            key={tick}
            x1={0}
            x2={innerWidth}
            y1={y(tick)}
            y2={y(tick)}
            stroke="#e2e8f0"
            strokeDasharray="2 3"
          />
        ))}
        <AxisLeft
          scale={y}
          numTicks={5}
          stroke="#cbd5e1"
          tickStroke="#cbd5e1"
          tickLabelProps={{ fill: '#475569', fontSize: 12, textAnchor: 'end', dx: -4 }}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={count > 1 ? ticks : [0]}
          tickFormat={(value) => `#${Number(value) + 1}`}
          stroke="#cbd5e1"
          tickStroke="#cbd5e1"
          tickLabelProps={{ fill: '#475569', fontSize: 12, textAnchor: 'middle' }}
        />
        {series.map((s) => {
          const points = s.values.map((value, index) => ({ value, index }))
          return (
            <g key={s.key}>
              <LinePath
                data={points}
                x={(p) => x(p.index)}
                y={(p) => y(p.value ?? 0)}
                defined={(p) => p.value !== null}
                stroke={s.color}
                strokeWidth={s.key === 'overall' ? 3 : 2}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
              {points.map((p) =>
                p.value === null ? null : (
                  <circle
                    key={p.index}
                    cx={x(p.index)}
                    cy={y(p.value)}
                    r={radius}
                    fill="white"
                    stroke={s.color}
                    strokeWidth={2}
                  >
                    <title>{`${s.label}, session ${p.index + 1}: ${round(p.value)}${unit}`}</title>
                  </circle>
                ),
              )}
            </g>
          )
        })}
      </Group>
    </svg>
  )
}
