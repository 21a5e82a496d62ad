/**
 * Where a submitted and a derived figure meet: the submitted one stands, and a disagreement
 * beyond the indicator's tolerance is a warning naming both. @internal
 */

import type { Indicator, TiendoIssue } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type DataPoint, showValue } from '../data-point'
import { Exact } from '../decimal'
import { type Figure, type FigureValue, figureOf } from '../figure'
import { coreIssue } from '../issues/core-issue'
import type { DerivedValueDiffersFields } from '../issues/core-issue-fields'
import type { DerivationMethod } from './provenance'

/** The relative tolerance when an indicator declares none: 1%. */
export const DEFAULT_TOLERANCE = new Exact('0.01')

/**
 * How far apart two figures are, relative to the submitted one: the gap between their
 * intervals over the submitted value (or bound). 0 when they overlap; `undefined` when the
 * submitted figure is 0 and they do not overlap (any gap is then too much).
 */
function relativeGap(submitted: Figure, derived: FigureValue): Decimal | undefined {
  const { lower, upper } = derived.interval
  let gap = new Exact(0)
  if (lower !== null && submitted.upper !== null) {
    const above = lower.value.minus(submitted.upper.value)
    if (above.gt(gap)) gap = above
  }
  if (upper !== null && submitted.lower !== null) {
    const below = submitted.lower.value.minus(upper.value)
    if (below.gt(gap)) gap = below
  }
  if (gap.isZero()) return gap
  const reference = submitted.point ?? submitted.lower?.value ?? submitted.upper?.value
  if (reference === undefined || reference.isZero()) return undefined
  return gap.div(reference.abs())
}

/**
 * The warning for a submitted figure that a derived one contradicts beyond the indicator's
 * `tolerance`, made when asked for (past a report's cap of issues, it is only counted), or
 * `undefined` when they agree.
 */
export function checkAgainstSubmitted(
  indicator: Indicator,
  submitted: DataPoint,
  derived: FigureValue,
  method: DerivationMethod,
  rule: string,
): (() => TiendoIssue) | undefined {
  const own = figureOf(submitted)
  if (own === undefined) return undefined
  const tolerance =
    indicator.tolerance === undefined ? DEFAULT_TOLERANCE : new Exact(String(indicator.tolerance))
  const gap = relativeGap(own, derived)
  if (gap?.lte(tolerance)) return undefined
  return () => differsIssue(indicator, submitted, derived, { method, rule, tolerance, gap })
}

/** The `derived_value_differs` warning, worded. */
function differsIssue(
  indicator: Indicator,
  submitted: DataPoint,
  derived: FigureValue,
  found: {
    readonly method: DerivationMethod
    readonly rule: string
    readonly tolerance: Decimal
    readonly gap: Decimal | undefined
  },
): TiendoIssue {
  const { method, rule, tolerance, gap } = found
  const fields: DerivedValueDiffersFields = {
    value: showValue(submitted),
    derived: showValue({ ...derived, value: derived.value?.toSignificantDigits(12) }),
    method,
    rule,
    tolerance: tolerance.toFixed(),
    ...(gap === undefined ? {} : { difference: gap.toSignificantDigits(3).toFixed() }),
  }
  return coreIssue('derived_value_differs', fields, {
    location: submitted.location,
    indicator: indicator.id,
    unit: submitted.unit,
    period: submitted.period,
  })
}
