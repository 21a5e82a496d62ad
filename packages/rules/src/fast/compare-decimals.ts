import type { Decimal } from 'decimal.js'

/** decimal.js's constructor as its instances carry it, with the exponent limits it applies. */
interface DecimalConstructor {
  readonly minE: number
  readonly maxE: number
}

/**
 * `x.comparedTo(y)` without its allocation: decimal.js copies `y` into `x`'s constructor
 * (a new decimal and a copy of its digits) on every comparison, and comparisons run for every
 * rule in every scope. The copy changes nothing when both are finite and `y`'s exponent is
 * within the limits of `x`'s constructor (`minE`…`maxE`; beyond them the copy is zero or
 * infinite): it has `y`'s sign, exponent and digits. Then this runs decimal.js 10's own
 * comparison on `y` itself, step for step; otherwise it calls `comparedTo`. So the result is
 * `x.comparedTo(y)` always: -1, 0 or 1 (NaN with a NaN).
 * @internal
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d as number[] | null
  const yd = y.d as number[] | null
  const limits = x.constructor as unknown as DecimalConstructor
  if (xd === null || yd === null || y.e > limits.maxE || y.e < limits.minE) {
    return x.comparedTo(y)
  }
  const xs = x.s
  const ys = y.s
  // Either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0
  // Signs differ?
  if (xs !== ys) return xs
  const positive = xs > 0
  // Compare exponents.
  if (x.e !== y.e) return x.e > y.e === positive ? 1 : -1
  const xdL = xd.length
  const ydL = yd.length
  // Compare digit by digit (decimal.js stores base 1e7 words, most significant first).
  for (let i = 0, j = Math.min(xdL, ydL); i < j; ++i) {
    if (xd[i] !== yd[i]) return xd[i]! > yd[i]! === positive ? 1 : -1
  }
  // Compare lengths.
  return xdL === ydL ? 0 : xdL > ydL === positive ? 1 : -1
}
