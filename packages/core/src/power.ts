import type { Decimal } from 'decimal.js'
import { Exact, type ExactInput, toExact } from './decimal'

/**
 * Significant digits of the working precision of {@link power} and {@link root}: ten more
 * than {@link Exact} carries, so the result rounded back to 40 digits is the correctly
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
const Newton = Exact.clone({ precision: POWER_GUARD_DIGITS + 10 })

/** Digits of the first step: from a double's 16 it reaches about 32, so more would be wasted. */
const FirstStep = Exact.clone({ precision: 36 })

/** Largest whole degree taken by Newton's iteration; beyond it, `exp(ln(base) / degree)`. */
const MAX_NEWTON_DEGREE = 1000

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
 * positive base (a growth over whole years: the hot path of every assessment) takes
 * Newton's iteration from a double's estimate, several times faster than decimal.js's
 * `pow` (which goes through a logarithm and an exponential); it meets the same bound, so
 * the result rounded to 40 digits is the same.
 */
export function wideRoot(base: Decimal, degree: Decimal): Decimal {
  const n = degree.toNumber()
  if (base.gt(0) && degree.isInteger() && n >= 1 && n <= MAX_NEWTON_DEGREE) {
    if (n === 1) return new Wide(base)
    const guess = base.toNumber() ** (1 / n)
    if (Number.isFinite(guess) && guess > 0) {
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
        if (settled) return new Wide(y)
      }
    }
  }
  return widePower(base, new Wide(1).div(degree))
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
