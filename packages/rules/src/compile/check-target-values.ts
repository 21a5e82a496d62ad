/**
 * The checks of a target's figures against its indicator, made when the pack loads: a target
 * that no value within the indicator's `bounds` meets (`> 100` of a percent), or that every
 * value meets, is a slip of unit or comparator; one with decimals for an indicator of whole
 * numbers is most often a thousands separator (`1.250` households). Submitted rows are refused
 * for the like (`value_out_of_bounds`, `value_not_whole`); a target's are refused where the
 * pack writes them, since every assessment of the target would rest on them. @internal
 */

import type { Comparator, Indicator, LocalizedText, Pack, TiendoIssue } from '@tiendo/schema'
import { COMPARATOR_SIGNS, takesWholeNumbers } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { readDecimal } from '../decimal'
import type { PackPath } from '../issues'
import { packIssue } from '../issues'
import { notWhole } from '../pipeline/not-whole'

/** The figures a target writes: its `value`, and the `upper` of a band. */
const FIGURES = ['value', 'upper'] as const

/** What a target sets, in a pack's `targets` or spelled out in a `target` rule's params. @internal */
export interface TargetFigures {
  readonly comparator: Comparator
  readonly value: unknown
  readonly upper?: unknown
}

/** @internal */
export function checkTargetValues(pack: Pack): TiendoIssue[] {
  const indicators = new Map((pack.indicators ?? []).map((indicator) => [indicator.id, indicator]))
  return (pack.targets ?? []).flatMap((target, t) => {
    // A target of an unknown indicator is refused by `checkReferences`.
    const indicator = indicators.get(target.indicator)
    if (indicator === undefined) return []
    const owner = { vi: `mục tiêu \`${target.id}\``, en: `target \`${target.id}\`` }
    return targetFigureIssues(target, indicator, ['targets', t], owner)
  })
}

/**
 * The problems of a target's figures against its indicator, each at `path` and the figure's
 * field: met by no value within the bounds or by every one (`target_out_of_bounds`), decimals
 * for whole numbers (`target_not_whole`). `owner` names what sets them, in both languages.
 * @internal
 */
export function targetFigureIssues(
  target: TargetFigures,
  indicator: Indicator,
  path: PackPath,
  owner: LocalizedText,
): TiendoIssue[] {
  const issues: TiendoIssue[] = []
  const who = { owner_vi: owner.vi, owner_en: owner.en }
  const beyond = beyondBounds(target, indicator)
  if (beyond !== undefined) {
    issues.push(
      packIssue('target_out_of_bounds', [...path, beyond.field], {
        ...who,
        asks: asked(target),
        indicator: indicator.id,
        min: beyond.min ?? '−∞',
        max: beyond.max ?? '+∞',
        met: beyond.met,
      }),
    )
  }
  if (!takesWholeNumbers(indicator)) return issues
  for (const field of FIGURES) {
    const written = target[field]
    const fraction = written === undefined ? undefined : notWhole(String(written))
    if (fraction === undefined) continue
    issues.push(
      packIssue('target_not_whole', [...path, field], {
        ...who,
        value: String(written),
        indicator: indicator.id,
        measure: indicator.unit,
        ...(fraction.thousands === undefined ? {} : { thousands: fraction.thousands }),
      }),
    )
  }
  return issues
}

/** A target as people read it: `> 100`, `∈ [25, 30]`. */
function asked(target: TargetFigures): string {
  const sign = COMPARATOR_SIGNS[target.comparator]
  return target.comparator === 'between'
    ? `${sign} [${String(target.value)}, ${String(target.upper)}]`
    : `${sign} ${String(target.value)}`
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
function beyondBounds(target: TargetFigures, indicator: Indicator): BeyondBounds | undefined {
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
