import { Exact } from '@tiendo/core'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { yearSpan } from './year-span'

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
