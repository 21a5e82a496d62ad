import { z } from 'zod'
import {
  DecimalStringSchema,
  decimalOrUndefined,
  IdSchema,
  PeriodSchema,
  UnitRefSchema,
} from './primitives'

/**
 * How exact a value is. `more_than` (the article's "hơn 90"), `at_least`, `less_than`
 * and `at_most` make `value` a bound; `range` puts the value between `low` and `high`
 * ("25–30%"); `approx` marks "about". Absent means exact.
 */
export const QualifierSchema = z.enum([
  'exact',
  'approx',
  'more_than',
  'at_least',
  'less_than',
  'at_most',
  'range',
])

/** How final a value is. */
export const ObservationStatusSchema = z.enum([
  'actual',
  'estimate',
  'provisional',
  'preliminary',
  'planned',
])

/** One value of one indicator for one unit and period. */
export const ObservationSchema = z
  .strictObject({
    indicator: IdSchema,
    unit: UnitRefSchema,
    period: PeriodSchema,
    /** The value; may be left out only for a `range`, whose `low` and `high` carry it. */
    value: DecimalStringSchema.optional(),
    qualifier: QualifierSchema.optional(),
    low: DecimalStringSchema.optional(),
    high: DecimalStringSchema.optional(),
    status: ObservationStatusSchema.optional(),
    source: z.string().max(2000).optional(),
    note: z.string().max(10000).optional(),
  })
  .superRefine((obs, ctx) => {
    const issue = (tiendo: string, path: string, message: string) =>
      ctx.addIssue({ code: 'custom', params: { tiendo }, path: [path], message })
    if (obs.qualifier === 'range') {
      if (obs.low === undefined) issue('range_needs_low', 'low', 'A range needs `low`')
      if (obs.high === undefined) issue('range_needs_high', 'high', 'A range needs `high`')
      // Bad decimals are reported by their own fields; compare only what parsed.
      const low = decimalOrUndefined(obs.low)
      const high = decimalOrUndefined(obs.high)
      if (low === undefined || high === undefined) return
      if (low.gt(high)) {
        issue('range_order', 'high', '`low` must not exceed `high`')
        return
      }
      const value = decimalOrUndefined(obs.value)
      if (value !== undefined && (value.lt(low) || value.gt(high))) {
        issue('value_outside_range', 'value', 'The value lies outside `low`–`high`')
      }
      return
    }
    if (obs.value === undefined) issue('value_required', 'value', 'A value is required')
    if (obs.low !== undefined)
      issue('low_without_range', 'low', '`low` goes with `qualifier: range`')
    if (obs.high !== undefined) {
      issue('high_without_range', 'high', '`high` goes with `qualifier: range`')
    }
  })

export type Qualifier = z.infer<typeof QualifierSchema>
export type ObservationStatus = z.infer<typeof ObservationStatusSchema>
export type Observation = z.infer<typeof ObservationSchema>
