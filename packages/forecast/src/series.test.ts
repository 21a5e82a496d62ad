import { Exact } from '@tiendo/core'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { AssessmentInputError } from './errors'
import { checkValue, yearSpan } from './series'

describe('checkValue', () => {
  it('reads equal texts as one shared decimal, of the value written', () => {
    const first = checkValue('12.50', 'x')
    expect(checkValue('12.50', 'y')).toBe(first)
    expect(first.toString()).toBe('12.5')
    expect(checkValue('12.5', 'z').eq(first)).toBe(true)
  })

  it('reads every text right past the number of texts it keeps', () => {
    for (let i = 0; i < 40_000; i++) {
      const text = `${i}.${i % 97}1`
      expect(checkValue(text, 'x').toFixed()).toBe(text)
    }
    expect(checkValue('7.25', 'x').toString()).toBe('7.25')
  })

  it('refuses what is not a finite decimal, however often it is asked', () => {
    for (let round = 0; round < 2; round++) {
      for (const text of ['Infinity', 'NaN', '0x10', 'abc', '']) {
        expect(() => checkValue(text, 'observations[0].value')).toThrow(AssessmentInputError)
      }
    }
  })
})

describe('checkValue’s range', () => {
  it('reads every value of at most 40 digits before the point, and small ones', () => {
    const largest = '9'.repeat(40)
    expect(checkValue(largest, 'x').toFixed()).toBe(largest)
    expect(checkValue(-1e39, 'x').toFixed()).toBe(`-1${'0'.repeat(39)}`)
    expect(checkValue(new Decimal('1e-1000'), 'x').eq(new Decimal('1e-1000'))).toBe(true)
    expect(checkValue('0', 'x').isZero()).toBe(true)
  })

  it('refuses a value whose plain text would run to any length, before anything writes it', () => {
    for (const value of ['1e40', '-1e9000000000000', '1e-1001', 1e300, new Decimal('1e-5000')]) {
      expect(() => checkValue(value, 'observations[1].value')).toThrow(AssessmentInputError)
    }
    try {
      checkValue('1e9000000000000', 'observations[1].value')
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_value', path: 'observations[1].value' })
      expect((error as AssessmentInputError).message).toContain('1e40')
    }
  })
})

describe('yearSpan', () => {
  it('gives the years between two times, one decimal for equal spans', () => {
    const nine = yearSpan(new Exact('1'), new Exact('10'))
    expect(nine.toFixed()).toBe('9')
    expect(yearSpan(new Exact('0'), new Exact('9'))).toBe(nine)
    expect(yearSpan(new Exact('10'), new Exact('4.5')).toFixed()).toBe('-5.5')
  })

  it('shares only Tiendo’s own decimals', () => {
    const other = Decimal.clone({ precision: 5 })
    const span = yearSpan(new other('2'), new other('3'))
    expect(span.constructor).toBe(other)
    expect(yearSpan(new other('2'), new other('3'))).not.toBe(span)
  })
})
