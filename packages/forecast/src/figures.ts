/**
 * The figures `assessProgress` reports beside the status: growth ratios, the trend's
 * relative growth, descriptive growth rates, and the shapes of targets and values.
 */

import { compoundGrowthRate, Exact, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { memoGrowth } from './growth-memo'
import type { FitPoint, TrendModel } from './methods/model'
import { note } from './reasons'
import type { SeriesPoint } from './series'
import type { TargetVerdict } from './targets'
import type {
  AssessedTarget,
  Assessment,
  AssessmentMethod,
  AssessmentNote,
  PeriodValue,
} from './types'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Qualifiers that make the value a bound. */
export const BOUND_QUALIFIERS: ReadonlySet<string> = new Set([
  'more_than',
  'at_least',
  'less_than',
  'at_most',
])

/**
 * `d × CAGR_o / |CAGR_r|` (Statistics Canada's form of Eurostat's `CAGR_o / CAGR_r`: equal
 * to it whenever the target lies in the desired direction from the baseline, and right in
 * sign when it does not). Null when `CAGR_r = 0`.
 */
export function growthRatio(observed: Decimal, required: Decimal, d: number): Decimal | null {
  if (required.isZero()) return null
  return observed.times(d).div(required.abs())
}

/**
 * The trend's change per year relative to its level at the baseline:
 * `(ŷ(t) − ŷ(t0)) / (|ŷ(t0)| (t − t0))`; when `ŷ(t0) = 0`, relative to the mean absolute
 * value of the points instead (0 when every point is 0).
 */
export function relativeTrendGrowth(
  model: TrendModel,
  baseline: SeriesPoint,
  latest: SeriesPoint,
  points: readonly FitPoint[],
): Decimal {
  const start = model.project(baseline.time)
  const change = model.project(latest.time).minus(start)
  let scale = start.abs()
  if (scale.isZero()) {
    scale = points.reduce((sum, p) => sum.plus(p.value.abs()), new Exact(0)).div(points.length)
  }
  if (scale.isZero()) return new Exact(0)
  return change.div(scale.times(latest.time.minus(baseline.time)))
}

/** Descriptive growth figures, whatever the method: `CAGR_o` and `CAGR_r` where they exist. */
export function describeGrowth(
  result: Mutable<Assessment>,
  baseline: SeriesPoint,
  latest: SeriesPoint,
  chosen: TargetVerdict | null,
): void {
  if (!baseline.value) return
  if (latest.value && latest.time.gt(baseline.time)) {
    const observed = memoGrowth(baseline.value, latest.value, latest.time.minus(baseline.time))
    if (observed.result.ok) result.cagr = observed.result.rate
  }
  if (chosen?.time.gt(baseline.time)) {
    const required = compoundGrowthRate({
      from: baseline.value,
      to: chosen.target.value,
      years: chosen.time.minus(baseline.time),
    })
    if (required.ok) result.requiredCagr = required.rate
  }
}

export function noteBeyondBounds(
  notes: AssessmentNote[],
  projected: Decimal,
  method: AssessmentMethod,
  given: readonly [Decimal, Decimal] | null,
  bounds: readonly [Decimal, Decimal],
): void {
  const active = method === 'logit' ? bounds : given
  if (!active) return
  if (projected.lt(active[0]) || projected.gt(active[1])) {
    notes.push(
      note('projection_beyond_bounds', {
        value: toDecimalString(projected),
        low: toDecimalString(active[0]),
        high: toDecimalString(active[1]),
      }),
    )
  }
}

export function assessed(verdict: TargetVerdict): AssessedTarget {
  const { target, outcome } = verdict
  const { value, by, comparator } = target
  // Two literals, not a spread: spreading into a literal is a slow path in V8 (this is
  // made for every target of every assessment).
  return target.id === undefined
    ? { value, by, comparator, outcome }
    : { id: target.id, value, by, comparator, outcome }
}

export function periodValue(point: SeriesPoint): PeriodValue {
  const base = { period: point.period, value: point.value }
  if (point.qualifier === undefined || point.qualifier === 'exact') return base
  if (point.qualifier === 'range') {
    return { ...base, qualifier: 'range', low: point.interval.lower!, high: point.interval.upper! }
  }
  return { ...base, qualifier: point.qualifier }
}

export function describeInterval(point: SeriesPoint): string {
  const { lower, upper } = point.interval
  if (point.qualifier === 'range') return `${toDecimalString(lower!)}–${toDecimalString(upper!)}`
  const value = point.value ? toDecimalString(point.value) : ''
  return point.qualifier && point.qualifier !== 'exact' ? `${point.qualifier} ${value}` : value
}
