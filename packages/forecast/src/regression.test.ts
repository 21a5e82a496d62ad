import { toExact } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { fitLine, predictionError } from './regression'

const d = (values: (string | number)[]) => values.map((v) => toExact(v))

describe('fitLine', () => {
  // x = 0,1,2,3; y = 1,3,2,5. By hand: x̄ = 1.5, ȳ = 2.75, Sxx = 5,
  // Sxy = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(−0.75) + (1.5)(2.25) = 5.5,
  // slope = 1.1, intercept = 2.75 − 1.65 = 1.1; residuals −0.1, 0.8, −1.3, 0.6,
  // SSE = 2.7, s² = 2.7 / 2 = 1.35.
  const fit = fitLine(d([0, 1, 2, 3]), d([1, 3, 2, 5]))

  it('finds the ordinary least-squares line', () => {
    expect(fit.slope.toFixed()).toBe('1.1')
    expect(fit.intercept.toFixed()).toBe('1.1')
    expect(fit.sxx.toFixed()).toBe('5')
    expect(fit.residualVariance?.toFixed()).toBe('1.35')
  })

  it('gives the prediction error s√(1 + 1/n + (x − x̄)²/Sxx)', () => {
    // at x = 6: √(1.35 × (1 + 0.25 + 20.25 / 5)) = √7.155 = 2.67488317501905118248755612522139…
    const se = predictionError(fit, toExact(6))
    expect(se?.toFixed(30)).toBe('2.674883175019051182487556125221')
  })

  it('finds the weighted line', () => {
    // weights 1,2,3,4: Σw = 10, x̄ = 20/10 = 2, ȳ = 33/10 = 3.3,
    // Sxx = 4 + 2 + 0 + 4 = 10, Sxy = 4.6 + 0.6 + 0 + 6.8 = 12: slope 1.2, intercept 0.9
    const weighted = fitLine(d([0, 1, 2, 3]), d([1, 3, 2, 5]), d([1, 2, 3, 4]))
    expect(weighted.slope.toFixed()).toBe('1.2')
    expect(weighted.intercept.toFixed()).toBe('0.9')
    expect(weighted.residualVariance).toBeNull()
  })

  it('passes through two points exactly and has no residual variance', () => {
    const two = fitLine(d([0, 2]), d([5, 9]))
    expect(two.slope.toFixed()).toBe('2')
    expect(two.intercept.toFixed()).toBe('5')
    expect(predictionError(two, toExact(3))).toBeNull()
  })

  it('refuses fewer than two points or a single x', () => {
    expect(() => fitLine(d([1]), d([1]))).toThrow(RangeError)
    expect(() => fitLine(d([1, 1]), d([1, 2]))).toThrow(RangeError)
  })
})
