/**
 * The observed growth of a series, computed once per assessment: `describeGrowth` reports it
 * and the growth model (`fitCagr`) fits on it, with the same baseline and latest values.
 * Each is a root at 50 digits, the costliest step of an assessment after the projections,
 * so the last result is kept and reused when the same two values (decimals are immutable, so
 * the same objects) and an equal span come again.
 */
import type { GrowthResult } from '@tiendo/core'
import { compoundGrowth } from '@tiendo/core/internal'
import type { Decimal } from 'decimal.js'

/** A growth rate with its unrounded factor `(to / from) ^ (1 / years)` (null when refused). */
export interface MemoGrowth {
  readonly result: GrowthResult
  readonly factor: Decimal | null
}

let last: { from: Decimal; to: Decimal; years: Decimal; growth: MemoGrowth } | undefined

/** `compoundGrowth` over exact inputs, reusing the previous result for the same inputs. */
export function memoGrowth(from: Decimal, to: Decimal, years: Decimal): MemoGrowth {
  if (last !== undefined && last.from === from && last.to === to && last.years.eq(years)) {
    return last.growth
  }
  const growth = compoundGrowth({ from, to, years })
  last = { from, to, years, growth }
  return growth
}
