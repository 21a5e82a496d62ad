/**
 * A "Goldilocks" indicator, as a pack declares it (Statistics Canada's progress methodology,
 * used with Open SDG): best at an ideal value and worse the further from it on either side.
 * Its series are assessed on their distance from the ideal (see `docs/methodology.md`,
 * _Goldilocks indicators_).
 */

import { z } from 'zod'
import { DecimalInputSchema, decimalOrUndefined } from './primitives'

/**
 * The band of a parity index that counts as parity: positive, its bounds around 1
 * (`["0.97", "1.03"]`, Statistics Canada's).
 */
export const ParityBandSchema = z.tuple([DecimalInputSchema, DecimalInputSchema]).refine(
  ([low, high]) => {
    const a = decimalOrUndefined(low)
    const b = decimalOrUndefined(high)
    return a === undefined || b === undefined || (a.gt(0) && a.lte(1) && b.gte(1))
  },
  {
    params: { tiendo: 'parity_band' },
    message: 'A parity band is positive and holds 1',
  },
)

/**
 * `{ "kind": "parity" }`: a parity index `y` is assessed as `max(y, 1/y)`, a value inside
 * `band` (default `["0.97", "1.03"]`) counting as 1. `{ "kind": "share", "ideal": "50" }`: a
 * share whose ideal is `ideal` is assessed as `ideal + |y − ideal|`.
 */
export const GoldilocksSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('parity'),
    /** Values inside this band (bounds included) count as parity. Defaults to `["0.97", "1.03"]`. */
    band: ParityBandSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('share'),
    /** The ideal share, in the indicator's unit: `"50"` for gender balance in percent. */
    ideal: DecimalInputSchema,
  }),
])

export type Goldilocks = z.infer<typeof GoldilocksSchema>
