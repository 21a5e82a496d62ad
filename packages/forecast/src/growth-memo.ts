/**
 * The observed growth of a series, computed once per assessment: `describeGrowth` reports it
 * and the growth model (`fitCagr`) fits on it, with the same baseline and latest values.
 * Each is a root at 50 digits, the costliest step of an assessment, so the last result is
 * kept and reused when the same two values (decimals are immutable, so the same objects)
 * and an equal span come again.
 */
import { compoundGrowthRate, type GrowthResult } from '@tiendo/core'
import type { Decimal } from 'decimal.js'

let last: { from: Decimal; to: Decimal; years: Decimal; result: GrowthResult } | undefined

/** `compoundGrowthRate` over exact inputs, reusing the previous result for the same inputs. */
export function memoGrowthRate(from: Decimal, to: Decimal, years: Decimal): GrowthResult {
  if (last !== undefined && last.from === from && last.to === to && last.years.eq(years)) {
    return last.result
  }
  const result = compoundGrowthRate({ from, to, years })
  last = { from, to, years, result }
  return result
}
