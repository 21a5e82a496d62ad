import { describe, expect, it } from 'vitest'
import { toExact } from './decimal'

describe('toExact', () => {
  it('reads decimal text, finite numbers and Decimals exactly', () => {
    expect(toExact('0.1').plus(toExact(0.2)).toString()).toBe('0.3')
    expect(toExact('-12.50').toString()).toBe('-12.5')
    expect(toExact(toExact('7')).toString()).toBe('7')
  })

  it('refuses text in another base rather than read `0x10` as 16', () => {
    for (const text of ['0x10', '0X1F', '-0x10', '0b101', '+0o17']) {
      expect(() => toExact(text), text).toThrow(RangeError)
    }
    // A decimal with leading zeros is still one.
    expect(toExact('007.5').toString()).toBe('7.5')
  })

  it('refuses non-finite numbers', () => {
    expect(() => toExact(Number.NaN)).toThrow(RangeError)
    expect(() => toExact(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
