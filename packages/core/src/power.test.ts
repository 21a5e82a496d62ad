import type { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  narrow,
  POWER_SIGNIFICANT_DIGITS,
  power,
  root,
  Wide,
  widePower,
  wideRatioRoot,
  wideRoot,
} from './power'

describe('power and root', () => {
  it('gives √2 to 40 significant digits, correctly rounded', () => {
    // √2 = 1.41421356237309504880168872420969807856|967… (published constant)
    // rounds up to …07857|0, whose trailing zero plain decimal text drops
    expect(root(2, 2).toFixed()).toBe('1.41421356237309504880168872420969807857')
    expect(power(2, '0.5').toFixed()).toBe('1.41421356237309504880168872420969807857')
  })

  it('gives the twelfth root of 2 (the equal-tempered semitone) to 40 digits', () => {
    // 2^(1/12) = 1.05946309435929526456182529494634170077|920…
    expect(root(2, 12).toFixed()).toBe('1.059463094359295264561825294946341700779')
  })

  it('is exact where the true result is a short decimal', () => {
    expect(root('1.331', 3).toFixed()).toBe('1.1')
    expect(root('1.21', 2).toFixed()).toBe('1.1')
    expect(power('1.1', 3).toFixed()).toBe('1.331')
    expect(power(2, 10).toFixed()).toBe('1024')
    expect(power('0.25', '-0.5').toFixed()).toBe('2')
  })

  it('takes fractional degrees (a growth over 2.5 years)', () => {
    // 1.1^2.5 then its 2.5th root gives back 1.1
    expect(
      root(power('1.1', '2.5'), '2.5')
        .toSignificantDigits(POWER_SIGNIFICANT_DIGITS - 1)
        .toFixed(),
    ).toBe('1.1')
  })

  it('handles a zero base and integer powers of negatives', () => {
    expect(power(0, '0.5').toFixed()).toBe('0')
    expect(power(-2, 3).toFixed()).toBe('-8')
  })

  it('refuses what is not a real number', () => {
    expect(() => power(-8, '0.5')).toThrow(RangeError)
    expect(() => power(0, 0)).toThrow(RangeError)
    expect(() => root(2, 0)).toThrow(RangeError)
  })
})

describe('wideRoot', () => {
  it('takes whole-degree roots (Newton) to the same 40 digits as exp(ln(base) / degree)', () => {
    const decimal = fc
      .tuple(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, scale]) => new Wide(digits).div(10 ** scale))
    fc.assert(
      fc.property(decimal, fc.integer({ min: 2, max: 60 }), (base, degree) => {
        const newton = narrow(wideRoot(base, new Wide(degree)))
        const logarithm = narrow(widePower(base, new Wide(1).div(degree)))
        expect(newton.toFixed()).toBe(logarithm.toFixed())
      }),
      { numRuns: 300 },
    )
  })

  it('takes roots in whole numbers to the same 50 digits as Newton in decimals', () => {
    // Any positive base a double can estimate, with up to 50 digits, and degrees up to and
    // beyond where whole numbers take over (120).
    const decimal = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 50n }), fc.integer({ min: -300, max: 300 }))
      .map(([digits, exponent]) => new Wide(`${digits}e${exponent}`))
    fc.assert(
      fc.property(decimal, fc.integer({ min: 2, max: 130 }), (base, degree) => {
        const root = wideRoot(base, new Wide(degree))
        const logarithm = widePower(base, new Wide(1).div(degree))
        // Within one unit of the 48th digit of the logarithm's 50 (which itself may be off
        // in its last digits), and the 40 digits every caller keeps are the same.
        const ulp = logarithm.abs().times('1e-47')
        expect(root.minus(logarithm).abs().lte(ulp)).toBe(true)
        expect(narrow(root).toFixed()).toBe(narrow(logarithm).toFixed())
      }),
      { numRuns: 400 },
    )
  })

  it('gives the floor of a root to 60 digits, exactly, however the estimate errs', () => {
    // (1 + 1e-20)^7 has a root just above 1: a double sees 1, so the estimate is below.
    const base = new Wide('1.00000000000000000001').pow(7)
    expect(narrow(wideRoot(base, new Wide(7))).toFixed()).toBe('1.00000000000000000001')
    // 2^(1/2) to 60 digits, truncated: the digits of √2 from any reference.
    expect(wideRoot(new Wide(2), new Wide(2)).toFixed(58, Wide.ROUND_DOWN)).toBe(
      '1.4142135623730950488016887242096980785696718753769480731766',
    )
  })

  it('keeps exact roots exact and leaves other degrees to the logarithm', () => {
    expect(narrow(wideRoot(new Wide('1.331'), new Wide(3))).toFixed()).toBe('1.1')
    expect(narrow(wideRoot(new Wide('0.000001'), new Wide(2))).toFixed()).toBe('0.001')
    expect(narrow(wideRoot(new Wide(5), new Wide(1))).toFixed()).toBe('5')
    expect(narrow(wideRoot(new Wide('1.21'), new Wide('0.5'))).toFixed()).toBe('1.4641')
  })
})

describe('wideRatioRoot', () => {
  // The quotient to 200 digits, rounded down: its root floors as the exact quotient's does.
  const Deep = Wide.clone({ precision: 200, rounding: Wide.ROUND_DOWN })
  const sixty = (value: Decimal) => value.toSignificantDigits(60, Wide.ROUND_DOWN).toFixed()

  it('gives the root of the exact quotient, truncated to 60 digits, for any two values', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: -400, max: 400 }))
      .map(([digits, exponent]) => new Wide(`${digits}e${exponent}`))
    fc.assert(
      // Degrees beyond 120 take Newton's iteration in decimals, right to about 53 digits.
      fc.property(decimal, decimal, fc.integer({ min: 2, max: 120 }), (top, bottom, degree) => {
        const quotient = new Wide(new Deep(top).div(new Deep(bottom)))
        const ratio = wideRatioRoot(top, bottom, new Wide(degree))
        expect(sixty(ratio)).toBe(sixty(wideRoot(quotient, new Wide(degree))))
        expect(sixty(wideRatioRoot(top.neg(), bottom.neg(), new Wide(degree)))).toBe(sixty(ratio))
      }),
      { numRuns: 300 },
    )
  })

  it('takes every magnitude the same way: quotients and values beyond doubles included', () => {
    const root2 = '1.4142135623730950488016887242096980785696718753769480731766'
    // A quotient of 2e-400 (a double sees 0) and of 2e400 (a double sees Infinity).
    const tiny = wideRatioRoot(new Wide('2e-200'), new Wide('1e200'), new Wide(2))
    expect(tiny.toSignificantDigits(59, Wide.ROUND_DOWN).eq(new Wide(`${root2}e-200`))).toBe(true)
    const huge = wideRatioRoot(new Wide('2e200'), new Wide('1e-200'), new Wide(2))
    expect(huge.toSignificantDigits(59, Wide.ROUND_DOWN).eq(new Wide(`${root2}e200`))).toBe(true)
    // Found by the property above: 9e-146 / 2.3e186 is 4e-332, which a double sees as 0.
    const [top, bottom] = [
      new Wide('9e-146'),
      new Wide('2.256538262583504043688258245363973986622e186'),
    ]
    const quotient = new Wide(new Deep(top).div(new Deep(bottom)))
    expect(sixty(wideRatioRoot(top, bottom, new Wide(78)))).toBe(
      sixty(wideRoot(quotient, new Wide(78))),
    )
    // Subnormal doubles on either side: 4e-320 / 1e-320 is 4.
    expect(
      narrow(wideRatioRoot(new Wide('4e-320'), new Wide('1e-320'), new Wide(2))).toFixed(),
    ).toBe('2')
    // A base beyond doubles, by whole numbers (degree 3) and by Newton's iteration (degree 500).
    expect(narrow(wideRoot(new Wide('8e-600'), new Wide(3))).toFixed()).toBe(
      new Wide('2e-200').toFixed(),
    )
    const far = wideRoot(new Wide('1e-4000').times(2), new Wide(500))
    expect(narrow(far).eq(narrow(Wide.pow(new Wide(2), new Wide(1).div(500)).times('1e-8')))).toBe(
      true,
    )
  })

  it('is exact where the root is a short decimal, and finds it from an estimate below', () => {
    expect(narrow(wideRatioRoot(new Wide('161.051'), new Wide(100), new Wide(5))).toFixed()).toBe(
      '1.1',
    )
    expect(narrow(wideRatioRoot(new Wide(-8), new Wide('-0.001'), new Wide(3))).toFixed()).toBe(
      '20',
    )
    // A double sees the quotient as 1, below its seventh root's 1 + 1e-20.
    const top = new Wide('1.00000000000000000001').pow(7).times(3)
    expect(narrow(wideRatioRoot(top, new Wide(3), new Wide(7))).toFixed()).toBe(
      '1.00000000000000000001',
    )
  })

  it('keeps the root of an underflowing quotient exact, and leaves other degrees to decimals', () => {
    // 1e-200 / 1e200 underflows a double; its root is still exact.
    expect(
      narrow(wideRatioRoot(new Wide('1e-200'), new Wide('1e200'), new Wide(2))).toFixed(),
    ).toBe(narrow(new Wide('1e-200')).toFixed())
    expect(narrow(wideRatioRoot(new Wide('1.4641'), new Wide(1), new Wide('0.5'))).toFixed()).toBe(
      '2.14358881',
    )
    expect(narrow(wideRatioRoot(new Wide(6), new Wide(4), new Wide(1))).toFixed()).toBe('1.5')
  })
})
