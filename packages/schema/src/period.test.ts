import { describe, expect, it } from 'vitest'
import { parsePeriod } from './period'

describe('parsePeriod', () => {
  it.each([
    ['2024', 'year', [2024, 1], [2024, 12]],
    ['2024-H1', 'half', [2024, 1], [2024, 6]],
    ['2024-H2', 'half', [2024, 7], [2024, 12]],
    ['2024-Q3', 'quarter', [2024, 7], [2024, 9]],
    ['2024-09', 'month', [2024, 9], [2024, 9]],
    ['2024-01/2024-09', 'span', [2024, 1], [2024, 9]],
    ['2021/2025', 'span', [2021, 1], [2025, 12]],
    ['2024-Q1/2024-Q3', 'span', [2024, 1], [2024, 9]],
  ])('reads %s as a %s', (text, kind, [sy, sm], [ey, em]) => {
    const result = parsePeriod(text)
    expect(result).toEqual({
      ok: true,
      period: { kind, text, start: { year: sy, month: sm }, end: { year: ey, month: em } },
    })
  })

  it.each([
    ['2024-13', 'period_month_range'],
    ['2024-00', 'period_month_range'],
    ['2024-Q5', 'period_quarter_range'],
    ['2024-H3', 'period_half_range'],
    ['0024', 'period_year_range'],
    ['2024-09/2024-01', 'period_span_order'],
    ['2024-01/2024-01', 'period_span_order'],
    ['24', 'period_syntax'],
    [' 2024', 'period_syntax'],
    ['2024-1', 'period_syntax'],
    ['2024/', 'period_syntax'],
    ['2024-01/2024-09/2024-12', 'period_syntax'],
  ])('rejects %s with %s', (text, code) => {
    const result = parsePeriod(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe(code)
  })

  it('shares one frozen result per text, so no caller can change another’s period', () => {
    const first = parsePeriod('2023-Q2')
    expect(parsePeriod('2023-Q2')).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    if (!first.ok) throw new Error('2023-Q2 is a period')
    expect(Object.isFrozen(first.period)).toBe(true)
    expect(Object.isFrozen(first.period.start)).toBe(true)
    expect(() => {
      ;(first.period.start as { month: number }).month = 1
    }).toThrow(TypeError)
    expect(parsePeriod('2023-Q2')).toEqual({
      ok: true,
      period: {
        kind: 'quarter',
        text: '2023-Q2',
        start: { year: 2023, month: 4 },
        end: { year: 2023, month: 6 },
      },
    })
  })

  it('parses correctly past the cache’s size (it empties when full)', () => {
    for (let i = 0; i < 6000; i++) parsePeriod(`bad-${i}`)
    const months = Array.from({ length: 12 * 300 }, (_, i) => {
      const year = 1900 + Math.floor(i / 12)
      return `${year}-${String((i % 12) + 1).padStart(2, '0')}`
    })
    for (const text of months) {
      const result = parsePeriod(text)
      expect(result.ok && result.period.text).toBe(text)
    }
    const late = parsePeriod('2199-12')
    expect(late.ok && late.period.end).toEqual({ year: 2199, month: 12 })
  })
})
