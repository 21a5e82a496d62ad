import { Decimal } from 'decimal.js'

/**
 * The package's own Decimal: only used to write numbers out in full (`1e-7` →
 * `0.0000001`), never for arithmetic on measured values. Precision is set explicitly so no
 * global configuration leaks in or out. @internal
 */
export const IoDecimal = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
})

/** The digits that carry meaning: `-0.00120` has 3 (`120`). @internal */
export function significantDigits(decimalText: string): number {
  const digits = decimalText.replace(/[^0-9]/g, '').replace(/^0+/, '')
  return digits.length
}
