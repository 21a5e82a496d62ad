/**
 * The linear method: an ordinary-least-squares line through the series, with a prediction
 * interval (Student's t, `n − 2` degrees of freedom) and so the probability that the target
 * is met. Works for zero and sign-changing series, where growth rates do not exist.
 *
 * `ŷ(x) = a + b x`, `b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²`, `a = ȳ − b x̄`.
 */

import { note } from '../reasons'
import { fitLine } from '../regression'
import type { AssessmentNote } from '../types'
import { type FitPoint, type FitResult, lineUncertainty, type TrendModel } from './model'

/** Fits the ordinary least-squares line on `points` (at least two, distinct times). */
export function fitLinear(points: readonly FitPoint[]): FitResult {
  const fit = fitLine(
    points.map((p) => p.time),
    points.map((p) => p.value),
  )
  const notes: AssessmentNote[] = []
  if (fit.residualVariance === null) notes.push(note('no_prediction_interval'))
  const model: TrendModel = {
    method: 'linear',
    trend: {
      slope: fit.slope,
      atBaseline: fit.intercept.plus(fit.slope.times(points[0]!.time)),
      points: points.length,
    },
    project: (time) => fit.intercept.plus(fit.slope.times(time)),
    crossing: (level) => (fit.slope.isZero() ? null : level.minus(fit.intercept).div(fit.slope)),
    uncertainty: (time, target, level) =>
      lineUncertainty(fit, time, target.value, target.comparator, level),
  }
  return { ok: true, model, notes }
}
