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
    const guess = base.toNumber() ** (1 / n)
    if (Number.isFinite(guess) && guess > 0) {
      if (n <= MAX_INTEGER_DEGREE) return new Wide(integerRoot(base, n, guess))
      const root = newtonRoot(base, n, guess)
      if (root !== undefined) return new Wide(root)
    }
  }
  return widePower(base, new Wide(1).div(degree))
}

/**
 * `base ^ (1 / n)` truncated to at least {@link NEWTON_DIGITS} significant digits, as the
 * text of a decimal: with `base = C × 10^E` (`C` whole), the root of `C × 10^(E + n k)` is
 * that of the base times `10^k`, and `k` is chosen so that the radicand is whole and its
 * root has the digits wanted. The root is found by Newton's iteration on whole numbers,
 * from just above the double's estimate: each step then stays at or above the floor of the
 * root and doubles its correct digits, and the first step that does not go down has
 * reached the floor.
 */
function integerRoot(base: Decimal, n: number, guess: number): string {
  const [coefficient, exponent] = wholeAndExponent(base)
  const digits = coefficient.toString().length
  // Digits of the root of C × 10^(E + n k): (digits(C) + E) / n + k, give or take one.
  const k = Math.max(
    Math.ceil(-exponent / n),
    Math.ceil(NEWTON_DIGITS + 2 - (digits + exponent) / n),
  )
  const radicand = coefficient * 10n ** BigInt(exponent + n * k)
  const big = BigInt(n)
  const less = big - 1n
  const step = (x: bigint) => (less * x + radicand / x ** less) / big
  let x = above(guess, k)
  // Should the estimate be below the root after all, one step lands above it.
  const first = step(x)
  if (first > x) x = first
  for (;;) {
    const next = step(x)
    if (next >= x) break
    x = next
  }
  return `${x}e${-k}`
}

/** A whole number just above `guess × 10^k`: the double's relative error is far below 1e-12. */
function above(guess: number, k: number): bigint {
  const [mantissa, power] = guess.toExponential(16).split('e') as [string, string]
  // guess = M × 10^(p − 16), M the 17 digits of the mantissa.
  const scaled = BigInt(mantissa.replace('.', ''))
  const shift = Number(power) - 16 + k
  const value = shift >= 0 ? scaled * 10n ** BigInt(shift) : scaled / 10n ** BigInt(-shift)
  return value + value / 10n ** 12n + 1n
}

/** A positive decimal as `C × 10^E` with `C` a whole number. */
function wholeAndExponent(value: Decimal): [bigint, number] {
  const [mantissa, power] = value.toExponential().split('e') as [string, string]
  const fraction = mantissa.indexOf('.') === -1 ? 0 : mantissa.length - mantissa.indexOf('.') - 1
  return [BigInt(mantissa.replace('.', '')), Number(power) - fraction]
}

/** Newton's iteration in decimals for degrees beyond whole numbers' reach. */
function newtonRoot(base: Decimal, n: number, guess: number): Decimal | undefined {
  const x = new Newton(base)
  let y = new Newton(guess.toPrecision(17))
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
