import { z } from 'zod'
import { GoldilocksSchema } from './goldilocks'
import { WHOLE_MEASURES } from './measures'
import {
  DecimalInputSchema,
  decimalOrUndefined,
  IdSchema,
  LocalizedTextSchema,
  MethodologyProfileSchema,
} from './primitives'
import { MissingValueStrategySchema } from './rule'

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

/** A share of child units between 0 and 1 inclusive, as a decimal: `"0.8"` is 80%. */
export const CoverageSchema = DecimalInputSchema.refine(
  (share) => {
    const value = decimalOrUndefined(share)
    return value === undefined || (value.gte(0) && value.lte(1))
  },
  { params: { tiendo: 'coverage_range' }, message: 'A coverage lies in [0, 1]' },
)

/**
 * What every aggregation method may add: how missing children are treated, and the least
 * coverage a parent's figure needs.
 */
const aggregationOptions = {
  /**
   * What to do when children have not reported, as in DHIS2: `skip_if_any_missing` withholds
   * the parent's figure when any child valid in the period has no value; `skip_if_all_missing`
   * computes it from the children that reported (its coverage says who did not);
   * `never_skip` also gives a `sum` of 0 when none did. Defaults to `skip_if_any_missing`.
   */
  missing: MissingValueStrategySchema.optional(),
  /**
   * The least share of children (0–1) with a usable value for a parent's figure to be
   * derived; below it the figure is withheld with its reason. Only matters when `missing`
   * lets children be absent. Defaults to the pack's `derive.minCoverage`, else 0.
   */
  minCoverage: CoverageSchema.optional(),
  /**
   * The kinds of child unit a parent's figure is made from (`["commune"]`): children of other
   * kinds (a province's own departments) are neither added nor missing. Defaults to the kinds
   * of the units that have a figure of the indicator (or of the parts it is aggregated from),
   * and the kinds above them in the tree.
   */
  childKinds: z.array(IdSchema).min(1).max(100).optional(),
}

/**
 * How an indicator aggregates from child units to their parent. `ratio_of_sums` adds up
 * numerators and denominators, so it needs a `ratio` derivation naming them (a pack that
 * declares one without is refused when it loads); `weighted_mean` names the indicator whose
 * values weigh each child (GRDP, population…); `none` never aggregates (a rank, an index).
 */
export const AggregationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('sum'), ...aggregationOptions }),
  z.strictObject({ method: z.literal('mean'), ...aggregationOptions }),
  z.strictObject({ method: z.literal('weighted_mean'), weight: IdSchema, ...aggregationOptions }),
  z.strictObject({ method: z.literal('ratio_of_sums'), ...aggregationOptions }),
  z.strictObject({ method: z.literal('min'), ...aggregationOptions }),
  z.strictObject({ method: z.literal('max'), ...aggregationOptions }),
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
 * How a series is carried onto a successor unit when units merge or split: `sum` for counts
 * (a partial lineage carries its share), `ratio` to recompute from the carried numerator and
 * denominator, `weighted_mean` to re-weight, `mean` for the plain mean of the predecessors'
 * figures (the DTI after the 2025 mergers), `min` / `max` for the extreme of whole
 * predecessors, `refuse` where nothing honest can be computed (a rank). Defaults follow the
 * aggregation method: `sum` → `sum`, `ratio_of_sums` → `ratio`, `weighted_mean` →
 * `weighted_mean`, `mean` → `mean`, `min` → `min`, `max` → `max`, `none` → `refuse`.
 */
export const CarryRuleSchema = z.enum([
  'sum',
  'ratio',
  'weighted_mean',
  'mean',
  'min',
  'max',
  'refuse',
])

/** What is measured. */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.partial().optional(),
    /** The unit of measure: `percent`, `count`, `vnd_billion`, `score`, `rank`… */
    unit: IdSchema,
    direction: DirectionSchema,
    bounds: BoundsSchema.optional(),
    /**
     * Whether a submitted value must be a whole number (base stations, households, a rank).
     * A value with decimals is refused (`value_not_whole`), and one written with dots between
     * thousands (`1.250`) is told the whole number it may mean. Defaults to `true` for the
     * units `count` and `rank`, `false` for any other.
     */
    wholeNumbers: z.boolean().optional(),
    aggregation: AggregationSchema,
    derivation: DerivationSchema.optional(),
    carry: CarryRuleSchema.optional(),
    /**
     * How far a submitted figure may lie from the figure Tiendo derives for the same unit and
     * period (from children, predecessors or components) before a consistency warning names
     * both: a share of the submitted figure, `"0.01"` for 1%. Defaults to `"0.01"`.
     */
    tolerance: DecimalInputSchema.refine(
      (value) => {
        const tolerance = decimalOrUndefined(value)
        return tolerance === undefined || tolerance.gte(0)
      },
      { params: { tiendo: 'tolerance_range' }, message: 'A tolerance is not negative' },
    ).optional(),
    /** The methodology profile that assesses this indicator, overriding the pack's. */
    methodology: MethodologyProfileSchema.optional(),
    /**
     * The natural limit of the indicator's series, for Open SDG's assessment without a target
     * (a coverage cannot pass 100): the thresholds shrink as the baseline nears it. Defaults
     * to the bound of `bounds` in the direction of progress. Other profiles ignore it.
     */
    limit: DecimalInputSchema.optional(),
    /**
     * Best at an ideal value, worse on either side (a parity index, a share whose ideal is
     * 50%): the series are assessed on their distance from the ideal, under any profile. Goes
     * with `direction: target_band`; a target then says the value to reach (`eq`).
     */
    goldilocks: GoldilocksSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .refine(
    (indicator) => indicator.goldilocks === undefined || indicator.direction === 'target_band',
    {
      params: { tiendo: 'goldilocks_direction' },
      message: 'A Goldilocks indicator has `direction: target_band`',
      path: ['direction'],
    },
  )

export type Direction = z.infer<typeof DirectionSchema>
export type Bounds = z.infer<typeof BoundsSchema>
export type Coverage = z.infer<typeof CoverageSchema>
export type Aggregation = z.infer<typeof AggregationSchema>
export type AggregationMethod = Aggregation['method']
export type Derivation = z.infer<typeof DerivationSchema>
export type CarryRule = z.infer<typeof CarryRuleSchema>
export type Indicator = z.infer<typeof IndicatorSchema>

/**
 * Whether an indicator's submitted values must be whole numbers: its `wholeNumbers`, else
 * `true` for the units `count` and `rank`. @internal
 */
export function takesWholeNumbers(indicator: Pick<Indicator, 'unit' | 'wholeNumbers'>): boolean {
  return indicator.wholeNumbers ?? WHOLE_MEASURES.has(indicator.unit)
}
