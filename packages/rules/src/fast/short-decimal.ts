/**
 * A decimal text read as a double where comparing doubles is exact. A decimal of at most 15
 * significant digits comes back from the nearest double unchanged (15 is a double's
 * `DBL_DIG`), so two such decimals convert to distinct doubles, and rounding to nearest
 * keeps their order: `<` on the doubles is `<` on the decimals. Bounds are checked on every
 * submitted value, and a `Decimal` for each distinct text cost most of the check.
 * @internal
 */

/** Longest text read: well inside a double's normal range (no overflow, no subnormals). */
const MAX_CHARS = 40

/** Most significant digits (a double's `DBL_DIG`). */
const MAX_DIGITS = 15

const ZERO = 0x30
const NINE = 0x39
const MINUS = 0x2d
const POINT = 0x2e

/**
 * The value of `text` as a double when `text` is a plain decimal (`-?digits(.digits)?`) of
 * at most 15 significant digits and 40 characters, else `undefined` (an exponent, a sign
 * `+`, more digits: compare as decimals instead).
 */
export function shortDecimal(text: string): number | undefined {
  const length = text.length
  if (length === 0 || length > MAX_CHARS) return undefined
  let i = text.charCodeAt(0) === MINUS ? 1 : 0
  let digits = 0
  let significant = 0
  let point = false
  for (; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code >= ZERO && code <= NINE) {
      digits++
      // Leading zeros, before the point or after it, are not significant.
      if (significant > 0 || code !== ZERO) significant++
      continue
    }
    // One point, with digits on both sides.
    if (code !== POINT || point || digits === 0 || i === length - 1) return undefined
    point = true
  }
  if (digits === 0 || significant > MAX_DIGITS) return undefined
  return Number(text)
}
