/**
 * Calibrating the overall to the scale a candidate reads (docs/decisions/050-relevance-gate.md):
 * a monotone, piecewise-linear map from the weighted mean of the dimensions to the reported
 * overall, so that an excellent answer reads ~80–90 and a poor one ~25–45. It never changes
 * which of two answers scores higher. Pure.
 */

/** `[from, to]` points, `from` strictly increasing; outside them the end segments extend. */
export type CalibrationPoints = readonly (readonly [number, number])[]

export function calibrate(value: number, points: CalibrationPoints): number {
  if (points.length < 2) return value
  let i = 1
  while (i < points.length - 1 && value > points[i][0]) i += 1
  const [x0, y0] = points[i - 1]
  const [x1, y1] = points[i]
  const mapped = y0 + ((value - x0) * (y1 - y0)) / (x1 - x0)
  return Math.round(Math.max(0, Math.min(100, mapped)) * 10) / 10
}
