import { Decimal } from 'decimal.js'
import { z } from 'zod'
import {
  DecimalInputSchema,
  decimalOrUndefined,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  safeRecord,
  UnitCodeSchema,
  UnitRefSchema,
} from './primitives'

/**
 * A successor of a unit that ceased: the whole unit went into it, or a `share` (0–1] of
 * it did (442 communes were split across several new units in 2025).
 */
export const SuccessorSchema = z.strictObject({
  unit: UnitRefSchema,
  share: DecimalInputSchema.refine(
    (share) => {
      const value = decimalOrUndefined(share)
      return value === undefined || (value.gt(0) && value.lte(1))
    },
    { params: { tiendo: 'share_range' }, message: 'A share lies in (0, 1]' },
  ).optional(),
  legalBasis: z.string().max(500).optional(),
})

/** Who reports: the country, a province, a commune, an agency… */
export const UnitSchema = z
  .strictObject({
    code: UnitCodeSchema,
    name: NameSchema,
    /** `country`, `province`, `commune`, `ward`, `special_zone`, `district`, `agency`… */
    kind: IdSchema,
    parent: UnitRefSchema.optional(),
    /** First day the unit exists. Open-ended when absent. */
    validFrom: IsoDateSchema.optional(),
    /** Last day the unit exists (inclusive). Open-ended when absent. */
    validTo: IsoDateSchema.optional(),
    successors: z.array(SuccessorSchema).max(1000).optional(),
    legalBasis: z.string().max(500).optional(),
    /** Facts about the unit that rules can read (`population`, `urban`…). */
    attributes: safeRecord(
      IdSchema,
      z.union([z.string().max(2000), z.number(), z.boolean()]),
    ).optional(),
  })
  .superRefine((unit, ctx) => {
    const { validFrom, validTo } = unit
    // Compared only when both are real dates: a bad date is reported on its own. Most units
    // have neither (a national pack lists 100,000 of them): nothing to parse then.
    const from = validFrom === undefined ? undefined : IsoDateSchema.safeParse(validFrom)
    const to = validTo === undefined ? undefined : IsoDateSchema.safeParse(validTo)
    if (from?.success && to?.success && to.data < from.data) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'validity_order' },
        message: '`validTo` must not be before `validFrom`',
        path: ['validTo'],
      })
    }
    if (!Array.isArray(unit.successors)) return
    let total = new Decimal(0)
    for (const successor of unit.successors) {
      const share = decimalOrUndefined(successor?.share)
      if (share !== undefined) total = total.plus(share)
    }
    if (total.gt(1)) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'share_sum' },
        message: 'The shares of the successors add up to more than 1',
        path: ['successors'],
      })
    }
  })

export type Successor = z.infer<typeof SuccessorSchema>
export type Unit = z.infer<typeof UnitSchema>
