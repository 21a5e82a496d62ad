import { Exact } from '@tiendo/core'
import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareDecimals } from './compare-decimals'

/** A constructor with narrow exponent limits: copies into it turn zero or infinite. */
const Narrow = Decimal.clone({ precision: 20, minE: -30, maxE: 30 })
const constructors = [Exact, Decimal, Narrow] as const

const digits = fc.stringMatching(/^[0-9]{1,60}$/)
/** Decimal texts: signs (and -0), long digit runs, huge and tiny exponents, special values. */
const text = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '-'),
      digits,
      fc.option(digits, { nil: undefined }),
      fc.option(fc.integer({ min: -9e15, max: 9e15 }), { nil: undefined }),
    )
    .map(
      ([sign, int, frac, exp]) =>
        `${sign}${int}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : `e${exp}`}`,
    ),
  fc.integer({ min: -40, max: 40 }).map((e) => `1e${e}`),
  fc.constantFrom('0', '-0', '0.0', '1', '-1', '0.1', '0.3', 'NaN', 'Infinity', '-Infinity'),
)
const decimal = fc
  .tuple(fc.constantFrom(...constructors), text)
  .map(([Make, value]) => new Make(value) as Decimal)

/** `comparedTo` as decimal.js answers it (NaN equal to NaN). */
const expectSame = (x: Decimal, y: Decimal) =>
  expect(Object.is(compareDecimals(x, y), x.comparedTo(y))).toBe(true)

describe('compareDecimals', () => {
  it('answers as comparedTo does, for any two decimals of any constructor', () => {
    fc.assert(
      fc.property(decimal, decimal, (x, y) => {
        expectSame(x, y)
        expectSame(y, x)
        expectSame(x, x)
        // Equal values written differently (a copy into another constructor).
        expectSame(x, new Exact(x))
      }),
      { numRuns: 5000 },
    )
  })

  it('orders what it is given, zero and negative zero equal', () => {
    const cases: [string, string, number][] = [
      ['0', '-0', 0],
      ['-0', '0', 0],
      ['0.1', '0.3', -1],
      ['-0.1', '-0.3', 1],
      ['1e-9000000000000000', '0', 1],
      ['1e-9000000000000001', '0', 0],
      ['123456789012345678901234567890', '123456789012345678901234567891', -1],
      ['100.0001', '100', 1],
    ]
    for (const [x, y, order] of cases) {
      expect(compareDecimals(new Exact(x), new Exact(y))).toBe(order)
      expectSame(new Exact(x), new Exact(y))
    }
  })

  it('agrees where the copy would be zero or infinite (beyond the exponent limits)', () => {
    expectSame(new Narrow('5'), new Exact('1e40'))
    expectSame(new Narrow('5'), new Exact('1e-40'))
    expectSame(new Narrow('-5'), new Exact('-1e-40'))
    expect(compareDecimals(new Narrow('5'), new Exact('1e40'))).toBe(-1)
  })
})
