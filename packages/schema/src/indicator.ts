import { z } from 'zod'
import {
  DecimalInputSchema,
  decimalOrUndefined,
  IdSchema,
  LocalizedTextSchema,
  MethodologyProfileSchema,
} from './primitives'

/** Whether higher values are better, lower are better, or a band is the aim. Never defaulted. */
export const DirectionSchema = z.enum(['increase', 'decrease', 'target_band'])

/** Inclusive bounds a value must lie in; a percent lies in 0–100. */
export const BoundsSchema = z
  .strictObject({
    min: DecimalInputSchema.optional(),
    max: DecimalInputSchema.optional(),
  })
  .refine(
    ({ min, max }) => {
      const low = decimalOrUndefined(min)
      const high = decimalOrUndefined(max)
      return low === undefined || high === undefined || low.lte(high)
    },
    { params: { tiendo: 'bounds_order' }, message: '`min` must not exceed `max`', path: ['max'] },
  )

/**
 * How an indicator aggregates from child units to their parent. `ratio_of_sums` adds up
 * numerators and denominators (named by a `ratio` derivation when the pack has them);
 * `weighted_mean` names the indicator whose values weigh each child (GRDP, population…).
 */
export const AggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('sum') }),
  z.strictObject({ method: z.literal('mean') }),
  z.strictObject({ method: z.literal('weighted_mean'), weight: IdSchema }),
  z.strictObject({ method: z.literal('ratio_of_sums') }),
  z.strictObject({ method: z.literal('min') }),
  z.strictObject({ method: z.literal('max') }),
  z.strictObject({ method: z.literal('none') }),
])

/** How an indicator is computed from others: a ratio, or a count of submitted records. */
export const DerivationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ratio'),
    numerator: IdSchema,
    denominator: IdSchema,
    /** Multiplies the ratio; `100` for a percent. Defaults to `1`. */
    factor: DecimalInputSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('record_count'),
    record: IdSchema,
    /** Which record statuses count. Defaults to `["completed"]`. */
    statuses: z.array(IdSchema).min(1).optional(),
  }),
])

/**
 * How a series is carried onto a successor unit when units merge: `sum` for counts,
 * `ratio` to recompute from numerator and denominator, `weighted_mean` to re-weight,
 * `mean` for the plain average of predecessors (the DTI after the 2025 mergers), `refuse`
 * where nothing honest can be computed. Defaults follow the aggregation method.
 */
export const CarryRuleSchema = z.enum(['sum', 'ratio', 'weighted_mean', 'mean', 'refuse'])

/** What is measured. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.partial().optional(),
  /** The unit of measure: `percent`, `count`, `vnd_billion`, `score`, `rank`… */
  unit: IdSchema,
  direction: DirectionSchema,
  bounds: BoundsSchema.optional(),
  aggregation: AggregationSchema,
  derivation: DerivationSchema.optional(),
  carry: CarryRuleSchema.optional(),
  /** The methodology profile that assesses this indicator, overriding the pack's. */
  methodology: MethodologyProfileSchema.optional(),
  note: z.string().max(2000).optional(),
})

export type Direction = z.infer<typeof DirectionSchema>
export type Bounds = z.infer<typeof BoundsSchema>
export type Aggregation = z.infer<typeof AggregationSchema>
export type AggregationMethod = Aggregation['method']
export type Derivation = z.infer<typeof DerivationSchema>
export type CarryRule = z.infer<typeof CarryRuleSchema>
export type Indicator = z.infer<typeof IndicatorSchema>
