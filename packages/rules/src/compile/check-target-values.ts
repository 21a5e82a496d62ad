/**
 * The checks of a target's figures against its indicator, made when the pack loads: a target
 * that no value within the indicator's `bounds` meets (`> 100` of a percent), or that every
 * value meets, is a slip of unit or comparator; one with decimals for an indicator of whole
 * numbers is most often a thousands separator (`1.250` households). Submitted rows are refused
 * for the like (`value_out_of_bounds`, `value_not_whole`); a target's are refused where the
 * pack writes them, since every assessment of the target would rest on them. @internal
 */

import type { Indicator, Pack, Target, TiendoIssue } from '@tiendo/schema'
import { COMPARATOR_SIGNS, takesWholeNumbers } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { readDecimal } from '../decimal'
import { packIssue } from '../issues'
import { notWhole } from '../pipeline/not-whole'

/** The figures a target writes: its `value`, and the `upper` of a band. */
const FIGURES = ['value', 'upper'] as const

/** @internal */
export function checkTargetValues(pack: Pack): TiendoIssue[] {
  const indicators = new Map((pack.indicators ?? []).map((indicator) => [indicator.id, indicator]))
  const issues: TiendoIssue[] = []
  ;(pack.targets ?? []).forEach((target, t) => {
    // A target of an unknown indicator is refused by `checkReferences`.
    const indicator = indicators.get(target.indicator)
    if (indicator === undefined) return
    const beyond = beyondBounds(target, indicator)
    if (beyond !== undefined) {
      issues.push(
        packIssue('target_out_of_bounds', ['targets', t, beyond.field], {
          target: target.id,
          value: String(target[beyond.field]),
          asks: asked(target),
          indicator: indicator.id,
          min: beyond.min ?? '−∞',
          max: beyond.max ?? '+∞',
          met: beyond.met,
        }),
      )
    }
    if (!takesWholeNumbers(indicator)) return
    for (const field of FIGURES) {
      const written = target[field]
      const fraction = written === undefined ? undefined : notWhole(String(written))
      if (fraction === undefined) continue
      issues.push(
        packIssue('target_not_whole', ['targets', t, field], {
          target: target.id,
          value: String(written),
          indicator: indicator.id,
          measure: indicator.unit,
          ...(fraction.thousands === undefined ? {} : { thousands: fraction.thousands }),
        }),
      )
    }
  })
  return issues
}

/** A target as people read it: `> 100`, `∈ [25, 30]`. */
function asked(target: Target): string {
  const sign = COMPARATOR_SIGNS[target.comparator]
  return target.comparator === 'between'
    ? `${sign} [${target.value}, ${target.upper}]`
    : `${sign} ${target.value}`
}

/** A target made meaningless by its indicator's bounds: the figure at fault, and how. */
interface BeyondBounds {
  readonly field: (typeof FIGURES)[number]
  /** `never` when no value within the bounds meets the target, `always` when every one does. */
  readonly met: 'never' | 'always'
  readonly min?: string
  readonly max?: string
}

/**
 * Whether no value within the indicator's bounds meets the target (`> 100` of a percent), or
 * every one does (`≤ 150`). A band reaching past a bound without covering every value
 * (`between -5 and 50` of a percent) still means something, and is left alone.
 */
function beyondBounds(target: Target, indicator: Indicator): BeyondBounds | undefined {
  const min = readDecimal(indicator.bounds?.min)
  const max = readDecimal(indicator.bounds?.max)
  const value = readDecimal(target.value)
  if ((min === undefined && max === undefined) || value === undefined) return undefined
  const bounds = {
    ...(min === undefined ? {} : { min: min.toFixed() }),
    ...(max === undefined ? {} : { max: max.toFixed() }),
  }
  const at = (met: BeyondBounds['met'], field: BeyondBounds['field'] = 'value') => ({
    field,
    met,
    ...bounds,
  })
  // Each test is false when its bound is absent: no value lies past a bound not given.
  const overMax = (x: Decimal) => max !== undefined && x.gt(max)
  const atOrOverMax = (x: Decimal) => max !== undefined && x.gte(max)
  const underMin = (x: Decimal) => min !== undefined && x.lt(min)
  const atOrUnderMin = (x: Decimal) => min !== undefined && x.lte(min)
  switch (target.comparator) {
    case 'gt':
      return atOrOverMax(value) ? at('never') : underMin(value) ? at('always') : undefined
    case 'gte':
      return overMax(value) ? at('never') : atOrUnderMin(value) ? at('always') : undefined
    case 'lt':
      return atOrUnderMin(value) ? at('never') : overMax(value) ? at('always') : undefined
    case 'lte':
      return underMin(value) ? at('never') : atOrOverMax(value) ? at('always') : undefined
    case 'eq':
      return overMax(value) || underMin(value) ? at('never') : undefined
    case 'between': {
      const upper = readDecimal(target.upper)
      if (upper === undefined) return undefined
      if (overMax(value)) return at('never')
      if (underMin(upper)) return at('never', 'upper')
      return atOrUnderMin(value) && atOrOverMax(upper) ? at('always') : undefined
    }
  }
}
