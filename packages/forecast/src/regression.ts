/**
 * Straight-line least squares in exact decimals, ordinary or weighted.
 *
 * `slope = Σw(x − x̄)(y − ȳ) / Σw(x − x̄)²`, `intercept = ȳ − slope × x̄`, with weighted
 * means `x̄ = Σwx / Σw`, `ȳ = Σwy / Σw` (all weights 1 for ordinary least squares).
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'

/** A fitted line `y = intercept + slope × x`. */
export interface LineFit {
  readonly slope: Decimal
  readonly intercept: Decimal
  readonly n: number
  /** Mean of x (weighted). */
  readonly meanX: Decimal
  /** `Σw(x − x̄)²`. */
  readonly sxx: Decimal
  /**
   * Residual variance `s² = Σ(y − ŷ)² / (n − 2)` of an ordinary fit with `n ≥ 3`; null for
   * a weighted fit or two points.
   */
  readonly residualVariance: Decimal | null
}

/**
 * Fits a line through `(x, y)` points (at least two distinct x). With `weights`, weighted
 * least squares; without, ordinary, with the residual variance.
 */
export function fitLine(
  xs: readonly Decimal[],
  ys: readonly Decimal[],
  weights?: readonly Decimal[],
): LineFit {
  const n = xs.length
  if (n < 2 || ys.length !== n || (weights && weights.length !== n)) {
    throw new RangeError('A line needs at least two points, with one y (and weight) per x')
  }
  const w = (i: number) => (weights ? weights[i]! : new Exact(1))
  let sw = new Exact(0)
  let swx = new Exact(0)
  let swy = new Exact(0)
  for (let i = 0; i < n; i++) {
    sw = sw.plus(w(i))
    swx = swx.plus(w(i).times(xs[i]!))
    swy = swy.plus(w(i).times(ys[i]!))
  }
  const meanX = swx.div(sw)
  const meanY = swy.div(sw)
  let sxx = new Exact(0)
  let sxy = new Exact(0)
  for (let i = 0; i < n; i++) {
    const dx = xs[i]!.minus(meanX)
    sxx = sxx.plus(w(i).times(dx).times(dx))
    sxy = sxy.plus(w(i).times(dx).times(ys[i]!.minus(meanY)))
  }
  if (sxx.isZero()) throw new RangeError('A line needs at least two distinct x')
  const slope = sxy.div(sxx)
  const intercept = meanY.minus(slope.times(meanX))
  let residualVariance: Decimal | null = null
  if (!weights && n >= 3) {
    let sse = new Exact(0)
    for (let i = 0; i < n; i++) {
      const r = ys[i]!.minus(intercept.plus(slope.times(xs[i]!)))
      sse = sse.plus(r.times(r))
    }
    residualVariance = sse.div(n - 2)
  }
  return { slope, intercept, n, meanX, sxx, residualVariance }
}

/**
 * Standard error of predicting one new value at `x` from an ordinary fit:
 * `s × √(1 + 1/n + (x − x̄)² / Sxx)`. Null when the fit has no residual variance.
 */
export function predictionError(fit: LineFit, x: Decimal): Decimal | null {
  if (fit.residualVariance === null) return null
  const dx = x.minus(fit.meanX)
  const factor = new Exact(1).plus(new Exact(1).div(fit.n)).plus(dx.times(dx).div(fit.sxx))
  return fit.residualVariance.times(factor).sqrt()
}
