import type { DecimalInput } from '@tiendo/schema'
import { Decimal } from 'decimal.js'

/**
 * The decimal type every Tiendo figure is computed in: 40 significant digits, rounding half
 * to even. Fractional powers, logarithms and exponentials are correctly rounded to this
 * precision by decimal.js, far beyond any published figure. A clone, so the global
 * `Decimal` a user may configure is never touched.
 */
export const Exact = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
  maxE: 9e15,
  minE: -9e15,
})

/** An exact decimal as Tiendo computes it. */
export type Exact = Decimal

/** A value that converts exactly to a decimal: a decimal string, a finite number, or a `Decimal`. */
export type ExactInput = DecimalInput | Decimal

/**
 * Converts to an exact decimal. Numbers go through their shortest text, so `0.1` is 0.1
 * exactly, not the binary double. Throws a `RangeError` on text that is not a decimal and
 * on non-finite numbers.
 */
export function toExact(value: ExactInput): Decimal {
  if (Decimal.isDecimal(value)) return new Exact(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
    return new Exact(String(value))
  }
  // decimal.js also reads `0x10`, `0b101` and `0o17`: not decimals, and never silently 16.
  if (NOT_DECIMAL_BASE.test(value)) throw new RangeError(`Not a decimal: ${value}`)
  return new Exact(value)
}

/** Text decimal.js reads in base 16, 2 or 8. */
const NOT_DECIMAL_BASE = /^[+-]?0[xbo]/i

/** The plain decimal text of a value (never exponent notation), as JSON carries it. */
export function toDecimalString(value: Decimal): string {
  return value.toFixed()
}
