/**
 * The bounded method: the trend is fitted (ordinary least squares) on the logit of the
 * share, `z = ln(p / (1 − p))` with `p = (y − L) / (U − L)` for bounds `[L, U]`, and mapped
 * back with `y = L + (U − L) / (1 + e^(−z))`. Projections stay strictly inside the bounds
 * and slow down near them, as adoption rates do.
 *
 * A value exactly on a bound has an infinite logit: the method refuses it, unless the
 * caller asks to move such values inside by a stated offset (each move is noted). A target
 * on or beyond a bound is refused too: a logistic trend never reaches its bound.
 */

import { Exact, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { explain, note } from '../reasons'
import { fitLine } from '../regression'
import type { AssessmentExplanation, AssessmentNote, TargetComparator } from '../types'
import { type FitPoint, type FitResult, lineUncertainty, type TrendModel } from './model'

/** Bounds `[L, U]` with `L < U`. */
export type Bounds = readonly [Decimal, Decimal]

/** The logit of `y` within bounds: `ln(p / (1 − p))`, `p = (y − L) / (U − L)`. */
export function logitOf(value: Decimal, [low, high]: Bounds): Decimal {
  const p = value.minus(low).div(high.minus(low))
  return Exact.ln(p.div(new Exact(1).minus(p)))
}

/** The inverse: `L + (U − L) / (1 + e^(−z))`. */
export function inverseLogit(z: Decimal, [low, high]: Bounds): Decimal {
  return low.plus(high.minus(low).div(new Exact(1).plus(Exact.exp(z.neg()))))
}

/** The refusal of a target the logistic trend can never reach, or null. */
export function logitTargetRefusal(target: Decimal, bounds: Bounds): AssessmentExplanation | null {
  const [low, high] = bounds
  if (target.gt(low) && target.lt(high)) return null
  return explain('logit_target_at_bound', {
    target: toDecimalString(target),
    low: toDecimalString(low),
    high: toDecimalString(high),
  })
}

/** Fits the logit trend on `points` (at least two, distinct times). */
export function fitLogit(
  points: readonly FitPoint[],
  bounds: Bounds,
  boundOffset: Decimal | null,
): FitResult {
  const [low, high] = bounds
  const notes: AssessmentNote[] = []
  const zs: Decimal[] = []
  for (const point of points) {
    let value = point.value
    const params = {
      period: point.period,
      value: toDecimalString(value),
      low: toDecimalString(low),
      high: toDecimalString(high),
    }
    if (value.lt(low) || value.gt(high)) {
      return { ok: false, explanation: explain('logit_outside_bounds', params) }
    }
    if (value.eq(low) || value.eq(high)) {
      if (boundOffset === null) return { ok: false, explanation: explain('logit_at_bound', params) }
      value = value.eq(low) ? low.plus(boundOffset) : high.minus(boundOffset)
      notes.push(note('logit_bound_adjusted', { ...params, adjusted: toDecimalString(value) }))
    }
    zs.push(logitOf(value, bounds))
  }
  const fit = fitLine(
    points.map((p) => p.time),
    zs,
  )
  if (fit.residualVariance === null) notes.push(note('no_prediction_interval'))
  const model: TrendModel = {
    method: 'logit',
    trend: {
      slope: fit.slope,
      atBaseline: fit.intercept.plus(fit.slope.times(points[0]!.time)),
      points: points.length,
    },
    project: (time) => inverseLogit(fit.intercept.plus(fit.slope.times(time)), bounds),
    crossing: (level) => {
      if (!level.gt(low) || !level.lt(high) || fit.slope.isZero()) return null
      return logitOf(level, bounds).minus(fit.intercept).div(fit.slope)
    },
    uncertainty: (time, target: { value: Decimal; comparator: TargetComparator }, level) => {
      if (!target.value.gt(low) || !target.value.lt(high)) return null
      const onScale = lineUncertainty(
        fit,
        time,
        logitOf(target.value, bounds),
        target.comparator,
        level,
      )
      if (onScale === null) return null
      return {
        low: inverseLogit(onScale.low, bounds),
        high: inverseLogit(onScale.high, bounds),
        probability: onScale.probability,
      }
    },
  }
  return { ok: true, model, notes }
}
