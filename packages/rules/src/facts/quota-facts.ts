import { periodEndDate, periodStartDate } from '@tiendo/core'
import { RulesDecimal, readDecimal } from '../decimal'
import type { FactContext, FactDefinition } from './definition'

/** How a quota treats a unit that existed for only part of its period (a merger mid-year). */
export const PARTIAL_YEAR = ['full', 'prorate', 'waive'] as const

/** One of {@link PARTIAL_YEAR}. */
export type PartialYear = (typeof PARTIAL_YEAR)[number]

const DAY_MS = 86_400_000

/** Days from one ISO date to another, both included. Calendar arithmetic on whole days. */
function daysBetween(start: string, end: string): number {
  return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS + 1
}

/** The days of the scope period the scope unit existed, and the period's days. */
function daysExisted(context: FactContext): { existed: number; total: number } {
  const start = periodStartDate(context.period)
  const end = periodEndDate(context.period)
  const from =
    context.unit.validFrom !== undefined && context.unit.validFrom > start
      ? context.unit.validFrom
      : start
  const to =
    context.unit.validTo !== undefined && context.unit.validTo < end ? context.unit.validTo : end
  return { existed: Math.max(0, daysBetween(from, to)), total: daysBetween(start, end) }
}

/**
 * `validity_share`: the share (0–1) of the scope period during which the scope unit
 * existed, counted in days: 184/365 for a province merged on 1 July, from that day.
 */
export const validityShareFact: FactDefinition = {
  name: 'validity_share',
  params: {},
  returns: 'decimal',
  compute(context) {
    const { existed, total } = daysExisted(context)
    return new RulesDecimal(existed).div(total)
  },
}

/**
 * `quota_minimum`: what a unit must reach in the scope period, `min` (default 1), for a unit
 * that existed for only part of it by `partial_year`: `full` asks the whole minimum,
 * `prorate` the minimum times the share of the period it existed (`validity_share`), `waive`
 * nothing (the fact is missing, so the rule is skipped). A unit that existed the whole
 * period is always asked `min`.
 */
export const quotaMinimumFact: FactDefinition = {
  name: 'quota_minimum',
  params: {
    min: { kind: 'decimal', min: 0 },
    partial_year: { kind: 'enum', values: PARTIAL_YEAR },
  },
  returns: 'decimal',
  compute(context, params) {
    const min = params.min === undefined ? new RulesDecimal(1) : readDecimal(params.min)
    if (min === undefined) return undefined
    const { existed, total } = daysExisted(context)
    if (existed >= total || params.partial_year === 'full' || params.partial_year === undefined) {
      return min
    }
    if (params.partial_year === 'waive') return undefined
    return min.times(existed).div(total)
  },
}
