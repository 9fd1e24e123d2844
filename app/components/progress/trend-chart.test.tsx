import { renderToString } from 'react-dom/server'
import { describeSeries, tickIndexes, TrendChart, type Series } from './trend-chart'

const sessionsOf = (count: number) => Array.from({ length: count }, (_, i) => `#${i + 1}`)

function render(values: (number | null)[]) {
  const series: Series[] = [{ key: 'overall', label: 'Overall', color: '#4f46e5', values }]
  return renderToString(
    <TrendChart
      title="Scores"
      description="Overall"
      sessions={sessionsOf(values.length)}
      series={series}
      domain={[0, 100]}
      empty="No scores yet."
    />,
  )
}

const rows = (html: string) => html.match(/<tr>/g)!.length - 1 // minus the header row

test('with no session the chart says what is missing and draws nothing', () => {
  const html = render([])
  expect(html).toContain('No scores yet.')
  expect(html).not.toContain('role="img"')
})

test('with one session the point is drawn and the page says a trend needs another', () => {
  const html = render([64])
  expect(html).toContain('aria-label="Scores. Overall: 64 in one session."')
  expect(html).toContain('your next finished interview draws the trend')
  expect(rows(html)).toBe(1)
})

test('with fifty sessions the axis keeps a few labels and the table keeps every number', () => {
  const values = Array.from({ length: 50 }, (_, i) => 40 + i * 0.8)
  const html = render(values)
  expect(html).toContain('Overall: 40 to 79.2 (up 39.2) over 50 sessions')
  expect(rows(html)).toBe(50)
  expect(tickIndexes(50)).toEqual([0, 7, 14, 21, 28, 35, 42, 49])
  expect(tickIndexes(50, 5)).toEqual([0, 13, 26, 39, 49])
  expect(tickIndexes(3)).toEqual([0, 1, 2])
})

test('a session that measured nothing leaves a gap, not a zero', () => {
  const series: Series = { key: 'wpm', label: 'Pace', color: '#000', values: [150, null, 130] }
  expect(describeSeries(series, ' wpm')).toBe('Pace: 150 wpm to 130 wpm (down 20) over 2 sessions')
  expect(describeSeries({ ...series, values: [null, null] })).toBe('Pace: not measured')
})
