import { describe, expect, it } from 'vitest'
import { PeriodError } from './period'
import { periodsBetween, yearToDate } from './period-range'

describe('yearToDate', () => {
  it('spans January to the month', () => {
    expect(yearToDate(2024, 9)).toBe('2024-01/2024-09')
    expect(yearToDate(2024, 6)).toBe('2024-01/2024-06')
  })
  it('gives the month for January and the year for December', () => {
    expect(yearToDate(2024, 1)).toBe('2024-01')
    expect(yearToDate(2024, 12)).toBe('2024')
  })
  it.each([
    [2024, 0],
    [2024, 13],
    [2024, 2.5],
    [1800, 3],
  ])('refuses year %d month %d', (year, month) => {
    expect(() => yearToDate(year, month)).toThrow(PeriodError)
  })
})

describe('periodsBetween', () => {
  it('lists years', () => {
    expect(periodsBetween('2020', '2025', 'year')).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ])
  })
  it('lists every step that shares a month with the range', () => {
    expect(periodsBetween('2023', '2024-Q2', 'half')).toEqual(['2023-H1', '2023-H2', '2024-H1'])
    expect(periodsBetween('2024-02', '2024-07', 'quarter')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
    ])
    expect(periodsBetween('2024-11', '2025-02', 'month')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ])
    expect(periodsBetween('2024-Q4', '2025-Q1', 'year')).toEqual(['2024', '2025'])
  })
  it('is empty when the range is reversed', () => {
    expect(periodsBetween('2025', '2024', 'year')).toEqual([])
  })
  it('refuses an unknown step', () => {
    expect(() => periodsBetween('2024', '2025', 'week' as 'year')).toThrow(PeriodError)
  })
})
