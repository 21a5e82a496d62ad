import { IoDecimal, significantDigits } from './decimal'

/** A JavaScript number written as a decimal string. @internal */
export interface NumberText {
  /** The shortest decimal text that reads back as the same double, without exponent. */
  readonly text: string
  /**
   * `true` when that text has 16 or more significant digits: the double may not be the
   * figure someone typed (`0.30000000000000004` from a formula, or a long JSON number
   * rounded on parsing).
   */
  readonly imprecise: boolean
}

/** Above 15 significant digits a double no longer keeps every decimal digit typed. */
const EXACT_DIGITS = 15

/**
 * Writes a finite number as the shortest decimal that round-trips to the same double
 * (ECMAScript's `Number.prototype.toString`), in full rather than with an exponent: `87.5`
 * → `87.5`, `1e-7` → `0.0000001`, `-0` → `0`. Returns `undefined` for `NaN` and infinities.
 * @internal
 */
export function numberToDecimalText(value: number): NumberText | undefined {
  if (!Number.isFinite(value)) return undefined
  const shortest = String(value)
  const text = shortest.includes('e') ? new IoDecimal(shortest).toFixed() : shortest
  const mantissa = shortest.split('e')[0] ?? shortest
  return { text, imprecise: significantDigits(mantissa) > EXACT_DIGITS }
}
