import { evaluate, readLabelledSet } from './evaluate.ts'
import { belowThresholds, labelledSetPaths, readThresholds, thresholdsFor } from './eval-report.ts'
import { pairwiseAccuracy, prf, spearman } from './eval-metrics.ts'

const SETS = labelledSetPaths()

const knownGapStyles = (file: Awaited<ReturnType<typeof readThresholds>>, path: string) =>
  new Set(thresholdsFor(file, path).knownGaps.map((gap) => gap.style))

describe('the scoring evaluation', () => {
  test.each(SETS)(
    'agreement with the human labels on %s stays at or above the thresholds',
    async (path) => {
      const report = await evaluate(await readLabelledSet(path))
      expect(belowThresholds(report, thresholdsFor(await readThresholds(), path))).toEqual([])
    },
  )

  const TRAPS = [
    'rambling',
    'hypothetical',
    'generic',
    'jargon',
    'too-short',
    'we-heavy',
    'off-topic',
  ]
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length

  test.each(SETS)(
    'every trap style averages below strong answers, and below the short strong ones, on %s',
    async (path) => {
      const set = await readLabelledSet(path)
      const { outcomes } = await evaluate(set)
      const gaps = knownGapStyles(await readThresholds(), path)
      const words = new Map(
        set.answers.map((a) => [a.id, a.transcript.split(/\s+/).filter(Boolean).length]),
      )
      const strong = outcomes.filter((o) => o.style === 'strong')
      // "length is not quality": a short, specific answer must beat every trap too
      const shortStrong = strong.filter((o) => words.get(o.id)! <= 130)
      expect(strong.length).toBeGreaterThan(0)
      expect(shortStrong.length).toBeGreaterThan(0)
      for (const trap of TRAPS.filter((style) => !gaps.has(style))) {
        const scores = outcomes.filter((o) => o.style === trap).map((o) => o.overall)
        if (scores.length === 0) continue
        expect(mean(scores), `${trap} vs strong`).toBeLessThan(mean(strong.map((o) => o.overall)))
        expect(mean(scores), `${trap} vs short strong`).toBeLessThan(
          mean(shortStrong.map((o) => o.overall)),
        )
      }
    },
  )

  // the overall's calibration is fitted on the three sets' label means (scoring/builtins/builtin-scorers.ts)
  test.each(SETS)(
    "excellent answers read high and poor ones low (the set's labelMeans thresholds) on %s",
    async (path) => {
      const { outcomes } = await evaluate(await readLabelledSet(path))
      const thresholds = thresholdsFor(await readThresholds(), path)
      const gaps = new Set(thresholds.knownGaps.map((gap) => gap.style))
      const byLabel = (label: number) =>
        mean(outcomes.filter((o) => o.label === label && !gaps.has(o.style)).map((o) => o.overall))
      expect(byLabel(5)).toBeGreaterThanOrEqual(thresholds.labelMeans.excellentAtLeast)
      expect(byLabel(1)).toBeLessThanOrEqual(thresholds.labelMeans.poorAtMost)
    },
  )
})

describe('agreement statistics', () => {
  test('pairwise accuracy ignores label ties and counts score ties as half', () => {
    expect(
      pairwiseAccuracy([
        [
          { score: 80, label: 5 },
          { score: 40, label: 2 },
          { score: 40, label: 2 },
        ],
      ]).accuracy,
    ).toBe(1)
    expect(
      pairwiseAccuracy([
        [
          { score: 50, label: 5 },
          { score: 50, label: 1 },
        ],
      ]).accuracy,
    ).toBe(0.5)
    expect(
      pairwiseAccuracy([
        [
          { score: 10, label: 5 },
          { score: 90, label: 1 },
        ],
      ]).accuracy,
    ).toBe(0)
  })

  test('Spearman is 1 for the same order, -1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1)
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1)
  })

  test('precision, recall and F1 count hits, misses and false alarms', () => {
    const r = prf([
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ])
    expect(r).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 })
  })
})
