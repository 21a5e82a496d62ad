import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shortDecimal } from './short-decimal'

/** Plain decimal texts of up to 15 significant digits, any place of the point, some zeros. */
const shortText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,15}$/), fc.nat(20), fc.nat(3))
  .map(([negative, digits, scale, zeros]) => {
    const padded = '0'.repeat(zeros) + digits
    const whole = padded.length > scale ? padded.slice(0, padded.length - scale) : '0'
    const fraction =
      padded.length > scale ? padded.slice(padded.length - scale) : padded.padStart(scale, '0')
    return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
  })
  .filter((text) => text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15)

describe('shortDecimal', () => {
  it('orders short decimals as the decimals themselves order', () => {
    fc.assert(
      fc.property(shortText, shortText, (a, b) => {
        const x = shortDecimal(a)
        const y = shortDecimal(b)
        expect(x).not.toBeUndefined()
        expect(y).not.toBeUndefined()
        const exact = new Decimal(a).comparedTo(b)
        expect(Math.sign(x! - y!) || 0).toBe(exact)
      }),
      { numRuns: 20_000 },
    )
  })

  it('orders neighbours a unit in the 15th digit apart', () => {
    for (const [low, high] of [
      ['99999999999999.9', '100000000000000'],
      ['0.100000000000001', '0.100000000000002'],
      ['-1.00000000000001', '-1'],
      ['999999999999999', '999999999999998'],
    ] as const) {
      const order = new Decimal(low).comparedTo(high)
      expect(Math.sign(shortDecimal(low)! - shortDecimal(high)!)).toBe(order)
    }
  })

  it('declines what it cannot compare exactly, or is not a plain decimal', () => {
    for (const text of [
      '1234567890123456',
      '0.1234567890123456',
      '1e3',
      '+5',
      '.5',
      '5.',
      '1.2.3',
      '0x1F',
      'Infinity',
      'NaN',
      '-',
      '',
      ' 5',
      '1,5',
      `0.${'0'.repeat(40)}1`,
    ]) {
      expect(shortDecimal(text), text).toBeUndefined()
    }
  })

  it('reads leading zeros and negative zero as decimal.js does', () => {
    expect(shortDecimal('007')).toBe(7)
    expect(shortDecimal('-0.0')).toBe(-0)
    expect(shortDecimal('0.000123456789012345')).toBe(0.000123456789012345)
    // Neither below nor above zero, as the decimal -0 is zero.
    expect(shortDecimal('-0')! < 0 || shortDecimal('-0')! > 0).toBe(false)
  })
})
