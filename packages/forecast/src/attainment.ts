/**
 * The attainment year: the first calendar year after the latest observation at whose end
 * the fitted trend meets the target.
 */
import { MAX_PERIOD_YEAR } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { estimable, type TrendModel } from './methods/model'
import { type Series, type SeriesPoint, timeOf } from './series'
import { type CheckedTarget, meets } from './targets'

/** Significant digits the attainment search compares at. */
const COMPARE_DIGITS = 34

/**
 * Years checked on each side of an estimated crossing. A double's estimate is off by far
 * less than a year; anything it does not confirm is solved exactly.
 */
const ESTIMATE_SLACK = 2

/**
 * Solves the model for the target (`crossing`), takes the first calendar year ending at
 * or after that time and after the latest observation, and confirms the projection meets
 * the target there (so a trend moving away, whose crossing lies in the past, gives null).
 * Null when the trend never meets the target, or not before {@link MAX_PERIOD_YEAR}. Crossing and projection are compared at
 * 34 significant digits (see `COMPARE_DIGITS`).
 *
 * A model with an `estimateCrossing` (the growth model, whose exact crossing is a logarithm
 * at 50 digits) is checked year by year around the estimate instead: the first year whose
 * projection meets the target, which for a trend that moves one way is the same year. A
 * year whose projection the model's `estimate` puts clearly on one side of the target is
 * decided by it; only a year near the crossing is projected exactly.
 */
export function attainmentYear(
  model: TrendModel,
  target: CheckedTarget,
  series: Series,
  latest: SeriesPoint,
): string | null {
  let year = latest.parsed.end.year
  let time = timeOf(series, String(year))
  // Successive calendar years end exactly one year apart.
  if (time.lte(latest.time)) {
    year += 1
    time = time.plus(1)
  }
  const estimate = model.estimateCrossing?.(target.value)
  if (estimate !== undefined && estimate !== null) {
    const found = scanAround(model, target, { year, time }, estimate)
    if (found !== undefined) return found
  }
  return solveExactly(model, target, { year, time })
}

/** The first year after the latest observation, and the time its end is at. */
interface FirstYear {
  readonly year: number
  readonly time: Decimal
}

function metAt(model: TrendModel, target: CheckedTarget, time: Decimal): boolean {
  return meets(model.project(time).toSignificantDigits(COMPARE_DIGITS), target)
}

/**
 * The first year meeting the target among the years around `estimate`, null when none
 * does and the estimate lies no later than those years (the trend never gets there), or
 * `undefined` when the estimate is not confirmed: the first year checked already meets the
 * target (the estimate may be late), or none does although the estimate lies ahead.
 */
function scanAround(
  model: TrendModel,
  target: CheckedTarget,
  first: FirstYear,
  estimate: number,
): string | null | undefined {
  const ahead = estimate - first.time.toNumber()
  const skip = ahead > ESTIMATE_SLACK ? Math.ceil(ahead) - ESTIMATE_SLACK : 0
  if (first.year + skip - ESTIMATE_SLACK > MAX_PERIOD_YEAR) return null
  let year = first.year + skip
  let time = first.time.plus(skip)
  const goal = target.value.toNumber()
  for (let step = 0; step <= 2 * ESTIMATE_SLACK && year <= MAX_PERIOD_YEAR; step++) {
    if (metNear(model, target, goal, time)) return step === 0 && skip > 0 ? undefined : String(year)
    year += 1
    time = time.plus(1)
  }
  if (year > MAX_PERIOD_YEAR) return undefined
  return skip === 0 ? null : undefined
}

/**
 * How far from the target, relative to the larger of the two, a model's `estimate` must lie
 * to decide: ten times the error the estimate promises (1e-9), so a projection that far
 * out is on the same side of the target, and stays there rounded to 34 digits.
 */
const ESTIMATE_MARGIN = 1e-8

/**
 * Whether the projection at `time` meets the target (`goal` its value as a double): decided
 * by the model's estimate in doubles when that lies clearly on one side, else by the exact
 * projection. Most years of a scan are far from the crossing, and an exact projection is a
 * power at 50 digits.
 */
function metNear(model: TrendModel, target: CheckedTarget, goal: number, time: Decimal): boolean {
  // An estimate is a number in range or NaN; the target's double must hold its digits too.
  const estimate = model.estimate?.(time)
  if (estimate !== undefined && (goal === 0 ? target.value.isZero() : estimable(goal))) {
    const gap = estimate - goal
    if (Math.abs(gap) > ESTIMATE_MARGIN * Math.max(Math.abs(estimate), Math.abs(goal))) {
      return target.comparator === 'gt' || target.comparator === 'gte' ? gap > 0 : gap < 0
    }
  }
  return metAt(model, target, time)
}

/** The attainment year from the exact crossing, confirmed by the projection. */
function solveExactly(model: TrendModel, target: CheckedTarget, first: FirstYear): string | null {
  const exactCrossing = model.crossing(target.value)
  if (exactCrossing === null) return null
  // Logarithms leave an error in the 40th digit; comparing at 34 keeps a crossing that falls
  // exactly on a year-end (a logit trend reaching 90% at the end of 2024) on that year.
  const crossing = exactCrossing.toSignificantDigits(COMPARE_DIGITS)
  let { year, time } = first
  if (time.lt(crossing)) {
    const jump = crossing.minus(time).ceil()
    if (jump.gt(MAX_PERIOD_YEAR)) return null
    year += jump.toNumber()
    time = time.plus(jump)
  }
  // At the crossing itself a strict target (gt / lt) is not yet met: allow one more year.
  for (let step = 0; step < 2 && year <= MAX_PERIOD_YEAR; step++) {
    if (metAt(model, target, time)) return String(year)
    year += 1
    time = time.plus(1)
  }
  return null
}
