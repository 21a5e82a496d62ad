import { z } from 'zod'
import { monthIndex, parsePeriod } from './period'
import {
  DecimalInputSchema,
  decimalOrUndefined,
  IdSchema,
  LocalizedTextSchema,
  MethodologyProfileSchema,
  PeriodSchema,
  UnitRefSchema,
} from './primitives'

/** Whether `low` exceeds `high`; `false` when either is not a valid decimal (reported apart). */
function isAbove(low: unknown, high: unknown): boolean {
  const a = decimalOrUndefined(low)
  const b = decimalOrUndefined(high)
  return a !== undefined && b !== undefined && a.gt(b)
}

/** How a value is compared with a target. `between` takes `value` as low and `upper` as high. */
export const ComparatorSchema = z.enum(['gt', 'gte', 'lt', 'lte', 'eq', 'between'])

/**
 * The sign each comparator is written with where people read a target (`≥ 80%`); `between`
 * as membership of its band (`∈`). @internal
 */
export const COMPARATOR_SIGNS: Readonly<Record<z.infer<typeof ComparatorSchema>, string>> = {
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  eq: '=',
  between: '∈',
}

/** A value an indicator must reach for a unit, or for every unit of a kind, by a period. */
export const TargetSchema = z
  .strictObject({
    /** Unique within a pack; lets a pack that extends this one override or drop it. */
    id: IdSchema,
    indicator: IdSchema,
    unit: UnitRefSchema.optional(),
    unitKind: IdSchema.optional(),
    comparator: ComparatorSchema,
    value: DecimalInputSchema,
    upper: DecimalInputSchema.optional(),
    by: PeriodSchema,
    baseYear: PeriodSchema.optional(),
    /**
     * The legal source: `Decision 411/QĐ-TTg`, or in both languages
     * (`{ "vi": "Quyết định 411/QĐ-TTg", "en": "Decision 411/QĐ-TTg" }`), each report showing
     * the one of its language. Text written once shows in every language.
     */
    source: z.union([z.string().max(500), LocalizedTextSchema]).optional(),
    methodology: MethodologyProfileSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .superRefine((target, ctx) => {
    if ((target.unit === undefined) === (target.unitKind === undefined)) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'target_scope' },
        path: ['unit'],
        message: 'A target names either `unit` or `unitKind`, not both and not neither',
      })
    }
    if (target.comparator === 'between') {
      if (target.upper === undefined) {
        ctx.addIssue({
          code: 'custom',
          params: { tiendo: 'between_needs_upper' },
          path: ['upper'],
          message: '`between` needs `upper`',
        })
      } else if (isAbove(target.value, target.upper)) {
        ctx.addIssue({
          code: 'custom',
          params: { tiendo: 'bounds_order' },
          path: ['upper'],
          message: '`value` must not exceed `upper`',
        })
      }
    } else if (target.upper !== undefined) {
      ctx.addIssue({
        code: 'custom',
        params: { tiendo: 'upper_without_between' },
        path: ['upper'],
        message: '`upper` goes with `comparator: between`',
      })
    }
    if (typeof target.baseYear === 'string' && typeof target.by === 'string') {
      const base = parsePeriod(target.baseYear)
      const by = parsePeriod(target.by)
      if (base.ok && by.ok && monthIndex(base.period.end) >= monthIndex(by.period.start)) {
        ctx.addIssue({
          code: 'custom',
          params: { tiendo: 'base_year_order' },
          path: ['baseYear'],
          message: '`baseYear` must end before `by` starts',
        })
      }
    }
  })

export type Comparator = z.infer<typeof ComparatorSchema>
export type Target = z.infer<typeof TargetSchema>
