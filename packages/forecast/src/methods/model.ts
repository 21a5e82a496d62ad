/**
 * What every method fits: a model that projects the series to any time, finds when it
 * meets a level, and (for the least-squares methods) says how uncertain the projection is.
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { type LineFit, predictionError } from '../regression'
import { studentTCdf, studentTQuantile } from '../student-t'
import type {
  AssessmentExplanation,
  AssessmentMethod,
  AssessmentNote,
  TargetComparator,
  TrendFigures,
} from '../types'

/** A point a method is fitted on: its period, time (years from the series origin) and value. */
export interface FitPoint {
  readonly period: string
  readonly time: Decimal
  readonly value: Decimal
}

/** A prediction interval and the probability that the value meets a target. */
export interface Uncertainty {
  readonly low: Decimal
  readonly high: Decimal
  readonly probability: Decimal
}

/** A fitted method. */
export interface TrendModel {
  readonly method: AssessmentMethod
  /** The fitted line (null for `cagr`, which has none). */
  readonly trend: TrendFigures | null
  /** The value the model projects at `time`. */
  project(time: Decimal): Decimal
  /** The time the model reaches `level`, or null if it never does. */
  crossing(level: Decimal): Decimal | null
  /**
   * The same time in doubles, for a model whose exact `crossing` is costly (a logarithm at
   * 50 digits): `attainmentYear` then checks the years around it with `project` instead,
   * and solves exactly only when the estimate is not confirmed. Null if it never does.
   */
  estimateCrossing?(level: Decimal): number | null
  /**
   * The value `project` gives at `time`, in doubles, to within a relative 1e-9; NaN where
   * doubles cannot promise that. `attainmentYear` decides a year with it when it lies
   * clearly on one side of the target, and projects exactly only near the crossing.
   * @internal
   */
  estimate?(time: Decimal): number
  /**
   * The prediction interval at `time` for `level` (e.g. 0.95) and the probability that the
   * value then meets the target; null when the method gives none.
   */
  uncertainty(
    time: Decimal,
    target: { readonly value: Decimal; readonly comparator: TargetComparator },
    level: Decimal,
  ): Uncertainty | null
}

/** Largest magnitude a model estimates in doubles, and the inverse of the smallest. */
const MAX_ESTIMATE = 1e290

/**
 * A double within the range where doubles keep their digits (no overflow, no subnormal):
 * what a model's `estimate` and the target it is compared with must be. @internal
 */
export function estimable(value: number): boolean {
  const size = Math.abs(value)
  return size < MAX_ESTIMATE && size > 1 / MAX_ESTIMATE
}

/** A fitted model with its remarks, or the method's refusal. */
export type FitResult =
  | { readonly ok: true; readonly model: TrendModel; readonly notes: readonly AssessmentNote[] }
  | { readonly ok: false; readonly explanation: AssessmentExplanation }

/**
 * Interval and probability on the scale a line was fitted on: `ŷ ± q × se` with `q` the
 * `(1 + level) / 2` quantile of Student's t with `n − 2` degrees of freedom, and
 * `P(meet) = 1 − F((T − ŷ) / se)` for an upward target (`F(…)` for a downward one).
 * With a perfect fit (`se = 0`) the probability is 1 or 0. Null for fewer than 3 points.
 */
export function lineUncertainty(
  fit: LineFit,
  time: Decimal,
  targetOnScale: Decimal,
  comparator: TargetComparator,
  level: Decimal,
): { low: Decimal; high: Decimal; probability: Decimal } | null {
  const se = predictionError(fit, time)
  if (se === null) return null
  const predicted = fit.intercept.plus(fit.slope.times(time))
  const upward = comparator === 'gt' || comparator === 'gte'
  if (se.isZero()) {
    const met = upward
      ? comparator === 'gt'
        ? predicted.gt(targetOnScale)
        : predicted.gte(targetOnScale)
      : comparator === 'lt'
        ? predicted.lt(targetOnScale)
        : predicted.lte(targetOnScale)
    return { low: predicted, high: predicted, probability: new Exact(met ? 1 : 0) }
  }
  const degrees = fit.n - 2
  const q = studentTQuantile(new Exact(1).plus(level).div(2), degrees)
  const below = studentTCdf(targetOnScale.minus(predicted).div(se), degrees)
  return {
    low: predicted.minus(q.times(se)),
    high: predicted.plus(q.times(se)),
    probability: upward ? new Exact(1).minus(below) : below,
  }
}
