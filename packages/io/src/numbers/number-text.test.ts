import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { numberToDecimalText } from './number-text'

describe('numberToDecimalText', () => {
  it.each([
    [87.5, '87.5', false],
    [0.5934, '0.5934', false],
    [363558, '363558', false],
    [1e21, '1000000000000000000000', false],
    [1e-7, '0.0000001', false],
    [-2.5e-8, '-0.000000025', false],
    [-0, '0', false],
    [0.1 + 0.2, '0.30000000000000004', true],
    [Number('0.12345678901234567'), '0.12345678901234566', true],
  ])('writes %d as %s', (value, text, imprecise) => {
    expect(numberToDecimalText(value)).toEqual({ text, imprecise })
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses %d',
    (value) => {
      expect(numberToDecimalText(value)).toBeUndefined()
    },
  )

  it('gives text that reads back as the same double, without an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const result = numberToDecimalText(value)
        expect(result?.text).toMatch(/^-?\d+(\.\d+)?$/)
        expect(Number(result?.text)).toBe(value === 0 ? 0 : value)
      }),
    )
  })
})
