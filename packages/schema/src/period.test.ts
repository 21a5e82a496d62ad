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
})
