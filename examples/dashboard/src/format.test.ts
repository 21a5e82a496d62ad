import { toExact } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { formatDecimal, formatFigure, formatShare } from './format'

describe('formatDecimal', () => {
  it('writes the Vietnamese decimal comma and thousands dot, and the English forms', () => {
    expect(formatDecimal(toExact('363558.25'), 'vi')).toBe('363.558,25')
    expect(formatDecimal(toExact('363558.25'), 'en')).toBe('363,558.25')
    expect(formatDecimal(toExact('14.02'), 'vi')).toBe('14,02')
    expect(formatDecimal(toExact('100'), 'vi')).toBe('100')
  })

  it('rounds exactly, half to even, without float artefacts', () => {
    expect(formatDecimal(toExact('0.1').plus(toExact('0.2')), 'en')).toBe('0.3')
    expect(formatDecimal(toExact('2.345'), 'en', 2)).toBe('2.34')
    expect(formatDecimal(toExact('2.355'), 'en', 2)).toBe('2.36')
    expect(formatDecimal(toExact('-0.001'), 'vi', 2)).toBe('0')
    expect(formatDecimal(toExact('-1234.5'), 'vi')).toBe('−1.234,5')
  })
})

describe('formatShare and formatFigure', () => {
  it('writes a fraction as a percentage', () => {
    expect(formatShare(toExact('1.36').div('7.34'), 'vi')).toBe('18,5%')
  })

  it('keeps the qualifier and the range of a published figure', () => {
    const more = { value: toExact('90'), qualifier: 'more_than' as const }
    expect(formatFigure(more, 'count', 'vi')).toBe('hơn 90')
    const range = { qualifier: 'range' as const, low: toExact('25'), high: toExact('30') }
    expect(formatFigure(range, 'percent', 'en')).toBe('25–30%')
    expect(formatFigure({ value: toExact('363558') }, 'vnd_billion', 'vi')).toBe('363.558 tỷ đồng')
  })
})
