import { calibrate } from './calibration.ts'

const points = [
  [0, 0],
  [50, 32],
  [75, 62],
  [92, 87],
  [100, 100],
] as const

test('the overall a candidate reads follows the calibration points, in between linearly', () => {
  expect(calibrate(50, points)).toBe(32)
  expect(calibrate(92, points)).toBe(87)
  expect(calibrate(62.5, points)).toBe(47)
  expect(calibrate(100, points)).toBe(100)
  expect(calibrate(0, points)).toBe(0)
})

test('calibration never changes which of two answers scores higher', () => {
  let previous = -1
  for (let mean = 0; mean <= 100; mean += 0.5) {
    const reported = calibrate(mean, points)
    expect(reported).toBeGreaterThanOrEqual(previous)
    previous = reported
  }
})

test('a calibrated overall stays within 0–100 beyond the last point', () => {
  expect(
    calibrate(120, [
      [0, 0],
      [100, 100],
    ]),
  ).toBe(100)
  expect(
    calibrate(-5, [
      [0, 10],
      [100, 100],
    ]),
  ).toBe(5.5)
})
