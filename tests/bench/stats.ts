// Percentiles and the few number formats every figure of `npm run bench` uses.

export type Summary = { n: number; p50: number; p99: number }

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
  }
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`
}

/** "2.3×": how many times the baseline a figure is */
export function times(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return '—'
  const ratio = value / baseline
  return `${ratio >= 0.1 ? ratio.toFixed(1) : ratio.toPrecision(2)}×`
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
