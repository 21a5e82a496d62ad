/**
 * The time-weighted linear method of UN ESCAP: a weighted-least-squares line in which
 * recent observations weigh more, projected to the target period; its anticipated-progress
 * gap is `(T − ŷ(tT)) / (T − y0)`.
 *
 * ESCAP publishes that recent years weigh more but not one weighting formula; Tiendo's
 * default weight grows linearly with time, `w = 1 + (x − x_first)` in years (the first
 * point weighs 1, one a year later 2, …), and `weight` replaces it.
 */

import { Exact, toExact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { note } from '../reasons'
import { fitLine } from '../regression'
import type { FitPoint, FitResult, TrendModel } from './model'

/**
 * A weight for a point, given its years after the first point of the fit. Must be
 * positive. Defaults to {@link linearTimeWeight}.
 */
export type TimeWeight = (yearsAfterFirst: Decimal) => Decimal

/** The default weight `1 + years after the first point`. */
export const linearTimeWeight: TimeWeight = (yearsAfterFirst) => new Exact(1).plus(yearsAfterFirst)

/** Fits the time-weighted line on `points` (at least two, distinct times). */
export function fitWeightedLinear(
  points: readonly FitPoint[],
  weight: TimeWeight = linearTimeWeight,
): FitResult {
  const first = points[0]!.time
  const weights = points.map((p) => {
    const w = toExact(weight(p.time.minus(first)))
    if (!w.gt(0))
      throw new RangeError(`A weight must be positive, got ${w.toFixed()} for ${p.period}`)
    return w
  })
  const fit = fitLine(
    points.map((p) => p.time),
    points.map((p) => p.value),
    weights,
  )
  const model: TrendModel = {
    method: 'weighted-linear',
    trend: {
      slope: fit.slope,
      atBaseline: fit.intercept.plus(fit.slope.times(first)),
      points: points.length,
    },
    project: (time) => fit.intercept.plus(fit.slope.times(time)),
    crossing: (level) => (fit.slope.isZero() ? null : level.minus(fit.intercept).div(fit.slope)),
    uncertainty: () => null,
  }
  return { ok: true, model, notes: [note('weighted_no_interval')] }
}
