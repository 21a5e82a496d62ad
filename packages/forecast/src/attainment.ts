/**
 * The attainment year: the first calendar year after the latest observation at whose end
 * the fitted trend meets the target.
 */
import { MAX_PERIOD_YEAR } from '@tiendo/schema'
import type { TrendModel } from './methods/model'
import { type Series, type SeriesPoint, timeOf } from './series'
import { type CheckedTarget, meets } from './targets'

/** Significant digits the attainment search compares at. */
const COMPARE_DIGITS = 34

/**
 * Solves the model for the target (`crossing`), takes the first calendar year ending at
 * or after that time and after the latest observation, and confirms the projection meets
 * the target there (so a trend moving away, whose crossing lies in the past, gives null).
 * Null when the trend never meets the target, or not before {@link MAX_PERIOD_YEAR}. Crossing and projection are compared at
 * 34 significant digits (see `COMPARE_DIGITS`).
 */
export function attainmentYear(
  model: TrendModel,
  target: CheckedTarget,
  series: Series,
  latest: SeriesPoint,
): string | null {
  const exactCrossing = model.crossing(target.value)
  if (exactCrossing === null) return null
  // Logarithms leave an error in the 40th digit; comparing at 34 keeps a crossing that falls
  // exactly on a year-end (a logit trend reaching 90% at the end of 2024) on that year.
  const crossing = exactCrossing.toSignificantDigits(COMPARE_DIGITS)
  let year = latest.parsed.end.year
  let time = timeOf(series, String(year))
  // Successive calendar years end exactly one year apart.
  if (time.lte(latest.time)) {
    year += 1
    time = time.plus(1)
  }
  if (time.lt(crossing)) {
    const jump = crossing.minus(time).ceil()
    if (jump.gt(MAX_PERIOD_YEAR)) return null
    year += jump.toNumber()
    time = time.plus(jump)
  }
  // At the crossing itself a strict target (gt / lt) is not yet met: allow one more year.
  for (let step = 0; step < 2 && year <= MAX_PERIOD_YEAR; step++) {
    if (meets(model.project(time).toSignificantDigits(COMPARE_DIGITS), target)) return String(year)
    year += 1
    time = time.plus(1)
  }
  return null
}
