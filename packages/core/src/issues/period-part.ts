import { canonicalPeriod, periodEndDate, periodStartDate } from '../period'

/** The part of a period a unit exists: its first and last days, and the part as a period. */
export interface PeriodPart {
  readonly from: string
  readonly to: string
  /** Whether the part starts with the period (the unit ends inside it). */
  readonly fromStart: boolean
  /** Whether the part ends with the period (the unit begins inside it). */
  readonly toEnd: boolean
  /** The part as the period a figure for it would carry (`2025-07/2025-12`). */
  readonly period: string
}

/**
 * The part of `period` inside a unit's validity, for a unit that straddles it: what
 * `unit_validity_straddles_period` suggests writing instead. @internal
 */
export function periodPart(
  period: string,
  validity: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined },
): PeriodPart {
  const start = periodStartDate(period)
  const end = periodEndDate(period)
  const { validFrom, validTo } = validity
  const from = validFrom !== undefined && validFrom > start ? validFrom : start
  const to = validTo !== undefined && validTo < end ? validTo : end
  return {
    from,
    to,
    fromStart: from === start,
    toEnd: to === end,
    period: canonicalPeriod(`${from.slice(0, 7)}/${to.slice(0, 7)}`),
  }
}
