import type { Decimal } from 'decimal.js'
import { Exact, type ExactInput, toExact } from './decimal'

/**
 * Significant digits of the working precision of {@link power} and {@link root}: ten more
 * than `Exact` carries, so the result rounded back to 40 digits is the correctly
 * rounded one except in vanishingly rare near-ties.
 */
export const POWER_GUARD_DIGITS = 50

/**
 * The precision promise of {@link power} and {@link root}: the result is within one unit
 * in the 40th significant digit of the true value (in practice correctly rounded, half to
 * even). Integer powers of exact inputs are exact up to 40 significant digits.
 */
export const POWER_SIGNIFICANT_DIGITS = 40

/** @internal The wide clone the guard digits are computed in. */
export const Wide = Exact.clone({ precision: POWER_GUARD_DIGITS })

/** Rounds a wide intermediate back to Tiendo's 40 significant digits, half to even. */
export function narrow(value: Decimal): Decimal {
  return new Exact(value).toSignificantDigits(POWER_SIGNIFICANT_DIGITS, Exact.ROUND_HALF_EVEN)
}

/**
 * `base ^ exponent` for a positive base and any exponent, or a zero base and a positive
 * exponent (which gives 0). Computed as `exp(exponent × ln base)` with
 * {@link POWER_GUARD_DIGITS} digits and rounded to 40 (see {@link POWER_SIGNIFICANT_DIGITS}).
 * A negative base is accepted only with an integer exponent, since a fractional power of a
 * negative number is not a real number: anything else throws a `RangeError`, so callers
 * check the sign first (the growth functions of `progress.ts` do, and say why).
 */
export function power(base: ExactInput, exponent: ExactInput): Decimal {
  const b = new Wide(toExact(base))
  const e = new Wide(toExact(exponent))
  return narrow(widePower(b, e))
}

/**
 * The `degree`-th root of `base`: `base ^ (1 / degree)`, with `1 / degree` itself taken at
 * the guard precision so that, e.g., the cube root of 1.331 is exactly 1.1. `degree` need
 * not be an integer (a growth over 2.5 years takes the 2.5th root). Same precision and
 * the same `RangeError`s as {@link power}; a zero degree throws too.
 */
export function root(base: ExactInput, degree: ExactInput): Decimal {
  const d = new Wide(toExact(degree))
  if (d.isZero()) throw new RangeError('The degree of a root must not be zero')
  const b = new Wide(toExact(base))
  return narrow(wideRoot(b, d))
}

/** Digits Newton's iteration works at: beyond the guard digits, so rounding to them is exact. */
const NEWTON_DIGITS = POWER_GUARD_DIGITS + 10

/** Digits Newton's iteration works at, as decimal.js precision. */
const Newton = Exact.clone({ precision: NEWTON_DIGITS })

/** Digits of the first step: from a double's 16 it reaches about 32, so more would be wasted. */
const FirstStep = Exact.clone({ precision: 36 })

/** Largest whole degree taken by Newton's iteration; beyond it, `exp(ln(base) / degree)`. */
const MAX_NEWTON_DEGREE = 1000

/**
 * Largest degree taken in whole numbers (`bigint`): the scaled radicand has about
 * `NEWTON_DIGITS × degree` digits, cheap up to here; a century of yearly growth is 100.
 */
const MAX_INTEGER_DEGREE = 120

/**
 * A Newton step smaller than this, relative to the root, means the step before was right
 * to 28 digits, so this one is right to about 56 − log10((degree − 1) / 2) ≥ 53 digits
 * (quadratic convergence): beyond the guard digits. From a double's estimate that is two
 * steps.
 */
const NEWTON_SETTLED = new Newton('1e-28')

/** Steps allowed before falling back to `pow`: from a 16-digit estimate two are enough. */
const MAX_NEWTON_STEPS = 6

/**
 * @internal `base ^ (1 / degree)` at the guard precision, unrounded. A whole degree of a
 * positive base (a growth over whole years: the hot path of every assessment) is the
 * integer root of the base scaled to {@link NEWTON_DIGITS} digits, taken with `bigint`s
 * (native arithmetic, about ten times faster than decimal digits), or Newton's iteration in
 * decimals for very high degrees; both are several times faster than decimal.js's `pow`
 * (a logarithm and an exponential) and meet the same bound, so the result rounded to 40
 * digits is the same.
 */
export function wideRoot(base: Decimal, degree: Decimal): Decimal {
  const n = degree.toNumber()
  if (base.gt(0) && degree.isInteger() && n >= 1 && n <= MAX_NEWTON_DEGREE) {
    if (n === 1) return new Wide(base)
    const guess = rootEstimate(base, undefined, n)
    if (n <= MAX_INTEGER_DEGREE) return new Wide(integerRoot(base, undefined, n, guess))
    const root = newtonRoot(base, n, guess)
    if (root !== undefined) return new Wide(root)
  }
  return widePower(base, new Wide(1).div(degree))
}

/**
 * @internal `(top / bottom) ^ (1 / degree)` at the guard precision, unrounded, for two
 * non-zero values of the same sign (a growth factor). A whole degree takes the integer root
 * of the exact quotient, scaled, with no decimal division first: the floor of the root of
 * a floor is the floor of the root, so the result is the quotient's root truncated to at
 * least {@link NEWTON_DIGITS} digits, as {@link wideRoot} gives a base's. Other degrees
 * divide at the guard precision and take {@link wideRoot}.
 */
export function wideRatioRoot(top: Decimal, bottom: Decimal, degree: Decimal): Decimal {
  const n = degree.toNumber()
  const sameSign = !top.isZero() && !bottom.isZero() && top.isNeg() === bottom.isNeg()
  if (sameSign && degree.isInteger() && n >= 2 && n <= MAX_INTEGER_DEGREE) {
    const guess = rootEstimate(top, bottom, n)
    return new Wide(integerRoot(top, bottom, n, guess))
  }
  return wideRoot(new Wide(top).div(new Wide(bottom)), degree)
}

/** A root's estimate from doubles: `significand × 10^tens`, so no magnitude overflows. */
interface RootEstimate {
  readonly significand: number
  readonly tens: number
}

/**
 * `(top / bottom) ^ (1 / n)` (`bottom` 1 when absent) to about 16 digits, for non-zero
 * values (their signs are ignored). The powers of ten are split off first, so every
 * magnitude a decimal holds (far beyond a double's 1e±308) gets the same whole-number root.
 */
function rootEstimate(top: Decimal, bottom: Decimal | undefined, n: number): RootEstimate {
  const topDigits = significandOf(top)
  const bottomDigits = bottom === undefined ? 1 : significandOf(bottom)
  // quotient = q × 10^(n × tens + rest), 0 ≤ rest < n ≤ 1000: q × 10^rest is a finite double.
  const exponent = top.e - (bottom === undefined ? 0 : bottom.e)
  const tens = Math.floor(exponent / n)
  const rest = exponent - n * tens
  const scaled = (topDigits / bottomDigits) * 10 ** rest
  if (Number.isFinite(scaled)) return { significand: scaled ** (1 / n), tens }
  // Only a degree beyond 308 gets here: take the root of 10^rest apart.
  return { significand: (topDigits / bottomDigits) ** (1 / n) * 10 ** (rest / n), tens }
}

/** An estimate as the text of a decimal: its 17 digits and its power of ten. */
function estimateText(guess: RootEstimate): string {
  const [mantissa, power] = guess.significand.toExponential(16).split('e') as [string, string]
  return `${mantissa}e${Number(power) + guess.tens}`
}

/** Base of decimal.js's digit groups (`d`): seven decimal digits each. */
const GROUP = 1e7

/**
 * A non-zero decimal's first digits as a double `m`, `1 ≤ m < 10` give or take its last
 * bit (the value is `±m × 10^e`), read from decimal.js's documented read-only digits `d`
 * and exponent `e`: no text is made, as `toNumber` and `toExponential` make one.
 */
function significandOf(value: Decimal): number {
  const groups = value.d
  const head = groups[0]!
  // Three groups hold at least 15 digits: beyond them a double keeps nothing.
  let digits = head
  let scale = 1
  for (let i = 1; i < groups.length && i < 3; i++) {
    scale *= GROUP
    digits += groups[i]! / scale
  }
  return digits / 10 ** (String(head).length - 1)
}

/**
 * `(top / bottom) ^ (1 / n)` (`bottom` 1 when absent) truncated to at least
 * {@link NEWTON_DIGITS} significant digits, as the text of a decimal: with `top = C × 10^E`
 * and `bottom = D × 10^F` (`C`, `D` whole), the root of `C / D × 10^(E − F + n k)` is that of
 * the quotient times `10^k`, and `k` is chosen so that the scaling is whole and the root has
 * the digits wanted. The root of the quotient's floor is found by Newton's iteration on
 * whole numbers from the double's estimate: every step lands at or above the floor of the
 * root, each doubles the correct digits, and the first step that does not go down has
 * reached the floor.
 */
function integerRoot(
  top: Decimal,
  bottom: Decimal | undefined,
  n: number,
  guess: RootEstimate,
): string {
  const [coefficient, topExponent] = wholeAndExponent(top)
  const [divisor, bottomExponent] = bottom === undefined ? [1n, 0] : wholeAndExponent(bottom)
  const exponent = topExponent - bottomExponent
  // Digits of the quotient's whole part, give or take one.
  const digits = coefficient.toString().length - (divisor.toString().length - 1)
  // Digits of the root of C / D × 10^(E − F + n k): (digits + E − F) / n + k, give or take one.
  const k = Math.max(
    Math.ceil(-exponent / n),
    Math.ceil(NEWTON_DIGITS + 2 - (digits + exponent) / n),
  )
  const radicand = (coefficient * tenTo(exponent + n * k)) / divisor
  const big = BigInt(n)
  const less = big - 1n
  const step = (x: bigint) => (less * x + radicand / x ** less) / big
  // From any positive start, a step lands at or above the floor of the root (the mean of
  // `n − 1` times x and R / x^(n − 1) is at least the root): the estimate need not be above.
  let x = step(scaledGuess(guess, k))
  for (;;) {
    const next = step(x)
    if (next >= x) break
    x = next
  }
  return `${x}e${-k}`
}

/** `guess × 10^k` as a whole number, at least 1: its 17 digits, then zeros. */
function scaledGuess(guess: RootEstimate, k: number): bigint {
  // significand × 10^16 < 1e18 is a whole double (rounded), so BigInt takes it as is.
  const scaled = BigInt(Math.round(guess.significand * 1e16))
  const shift = guess.tens + k - 16
  const value = shift >= 0 ? scaled * tenTo(shift) : scaled / tenTo(-shift)
  return value > 0n ? value : 1n
}

/** Powers of ten made once: every root of an assessment scales by several hundred digits. */
const tensTo: bigint[] = []

/** Largest power of ten kept: the radicands of a century's yearly growth stay below it. */
const MAX_KEPT_TEN = 8000

/** `10 ^ e` for a whole `e ≥ 0`. */
function tenTo(e: number): bigint {
  if (e > MAX_KEPT_TEN) return 10n ** BigInt(e)
  let power = tensTo[e]
  if (power === undefined) {
    power = 10n ** BigInt(e)
    tensTo[e] = power
  }
  return power
}

/**
 * A non-zero decimal's magnitude as `C × 10^E`, `C` a whole number with no trailing zeros,
 * from decimal.js's digit groups `d` (the first unpadded, the rest seven digits each) and
 * the exponent `e` of its first digit.
 */
function wholeAndExponent(value: Decimal): [bigint, number] {
  const groups = value.d
  let text = String(groups[0])
  for (let i = 1; i < groups.length; i++) text += String(groups[i]).padStart(7, '0')
  // Only the last group has trailing zeros (decimal.js drops zero groups at the end).
  let end = text.length
  while (end > 1 && text.charCodeAt(end - 1) === 48) end--
  return [BigInt(text.slice(0, end)), value.e - (end - 1)]
}

/** Newton's iteration in decimals for degrees beyond whole numbers' reach. */
function newtonRoot(base: Decimal, n: number, guess: RootEstimate): Decimal | undefined {
  const x = new Newton(base)
  let y = new Newton(estimateText(guess))
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    // Each step doubles the correct digits: the first is worked at 36, the rest at 60.
    const Ctor = step === 0 ? FirstStep : Newton
    const at = new Ctor(y)
    const next = at
      .times(n - 1)
      .plus(new Ctor(x).div(at.pow(n - 1)))
      .div(n)
    const settled = next.minus(y).abs().lte(next.times(NEWTON_SETTLED))
    y = next
    if (settled) return y
  }
  return undefined
}

/** @internal `base ^ exponent` at the guard precision, unrounded. */
export function widePower(base: Decimal, exponent: Decimal): Decimal {
  if (base.isZero()) {
    if (exponent.gt(0)) return new Wide(0)
    throw new RangeError('Zero cannot be raised to a zero or negative power')
  }
  if (base.isNeg() && !exponent.isInteger()) {
    throw new RangeError(`A negative number (${base.toFixed()}) has no real fractional power`)
  }
  return Wide.pow(base, exponent)
}
