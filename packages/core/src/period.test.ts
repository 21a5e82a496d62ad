import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  canonicalPeriod,
  comparePeriods,
  isWithinYear,
  monthsIn,
  PeriodError,
  periodContains,
  periodEndDate,
  periodStartDate,
  periodsOverlap,
  periodYear,
  samePeriod,
  toPeriod,
  yearsBetween,
} from './period'

describe('toPeriod', () => {
  it('parses every form of the grammar', () => {
    expect(toPeriod('2024-Q3')).toMatchObject({
      kind: 'quarter',
      start: { year: 2024, month: 7 },
      end: { year: 2024, month: 9 },
    })
    expect(toPeriod('2024-01/2024-09').kind).toBe('span')
  })

  it.each([
    ['2024-13', 'period_month_range'],
    ['2024-Q5', 'period_quarter_range'],
    ['24', 'period_syntax'],
    ['2024-09/2024-01', 'period_span_order'],
    [' 2024', 'period_syntax'],
  ])('throws a PeriodError with a stable code on %s', (text, code) => {
    let thrown: unknown
    try {
      toPeriod(text)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(PeriodError)
    expect((thrown as PeriodError).code).toBe(code)
    expect((thrown as PeriodError).message).toContain(text)
  })

  it('refuses a value that is not a string, without crashing', () => {
    expect(() => toPeriod(2024 as unknown as string)).toThrow(PeriodError)
  })
})

describe('comparePeriods', () => {
  it('orders by end month, a longer period first when two end together', () => {
    const sorted = [
      '2024-12',
      '2025',
      '2024-Q4',
      '2023',
      '2024-H2',
      '2024',
      '2024-01/2024-09',
    ].sort(comparePeriods)
    expect(sorted).toEqual([
      '2023',
      '2024-01/2024-09',
      '2024',
      '2024-H2',
      '2024-Q4',
      '2024-12',
      '2025',
    ])
  })

  it('treats periods covering the same months as equal', () => {
    expect(comparePeriods('2024-H1', '2024-01/2024-06')).toBe(0)
    expect(samePeriod('2024', '2024-Q1/2024-Q4')).toBe(true)
    expect(samePeriod('2024', '2024-H1')).toBe(false)
  })

  it('is antisymmetric and consistent with the end months', () => {
    const period = fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0)
        expect(Math.sign(comparePeriods(a, b))).toBe(Math.sign(a.localeCompare(b)))
      }),
    )
  })
})

describe('canonicalPeriod', () => {
  it.each([
    ['2024-01/2024-12', '2024'],
    ['2024-Q1/2024-Q2', '2024-H1'],
    ['2024-07/2024-09', '2024-Q3'],
    ['2024-H2/2024-Q4', '2024-H2'],
    ['2021-Q1/2025-Q4', '2021/2025'],
    ['2024-Q1/2024-Q3', '2024-01/2024-09'],
    ['2024-02/2024-04', '2024-02/2024-04'],
    ['2024-09', '2024-09'],
  ])('%s is %s', (text, canonical) => {
    expect(canonicalPeriod(text)).toBe(canonical)
  })
})

describe('years and containment', () => {
  it('gives the year of the last month', () => {
    expect(periodYear('2023-07/2024-06')).toBe(2024)
    expect(periodYear('2024-Q3')).toBe(2024)
  })

  it('knows whether a period lies within a year', () => {
    expect(isWithinYear('2024-Q3', 2024)).toBe(true)
    expect(isWithinYear('2024-01/2024-09', 2024)).toBe(true)
    expect(isWithinYear('2023-07/2024-06', 2024)).toBe(false)
    expect(isWithinYear('2024', 2023)).toBe(false)
  })

  it('knows containment and overlap', () => {
    expect(periodContains('2024', '2024-Q3')).toBe(true)
    expect(periodContains('2024-H1', '2024-Q3')).toBe(false)
    expect(periodsOverlap('2024-H1', '2024-04/2024-08')).toBe(true)
    expect(periodsOverlap('2024-H1', '2024-Q3')).toBe(false)
    expect(monthsIn('2024-01/2024-09')).toBe(9)
    expect(monthsIn('2021/2025')).toBe(60)
  })

  it('gives first and last days, leap years included', () => {
    expect(periodStartDate('2024-Q3')).toBe('2024-07-01')
    expect(periodEndDate('2024-H1')).toBe('2024-06-30')
    expect(periodEndDate('2024-02')).toBe('2024-02-29')
    expect(periodEndDate('2100-02')).toBe('2100-02-28')
    expect(periodEndDate('2000-02')).toBe('2000-02-29')
    expect(periodEndDate('2025')).toBe('2025-12-31')
  })
})

describe('yearsBetween', () => {
  it.each([
    ['2020', '2025', '5'],
    ['2023', '2024-H1', '0.5'],
    ['2024-01/2024-09', '2024', '0.25'],
    ['2024', '2023', '-1'],
    ['2024-Q1', '2024-Q2', '0.25'],
    ['2024-01', '2024-02', '0.08333333333333333333333333333333333333333'],
  ])('%s → %s is %s years', (from, to, years) => {
    expect(yearsBetween(from, to).toFixed()).toBe(years)
  })

  it('is exact: months / 12 times 12 gives the months back for whole quarters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2050 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const years = yearsBetween('1990', `${y}-Q${q}`)
        // Quarters are exact in decimal: (y - 1990) + (3q - 12) / 12 with no rounding.
        expect(years.times(4).isInteger()).toBe(true)
        expect(years.toFixed()).toBe(String(y - 1990 + (q * 3 - 12) / 12))
      }),
    )
  })
})
