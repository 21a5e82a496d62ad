import { describe, expect, it } from 'vitest'
import { isPeriod } from './period'
import { isNumberWithZeroDecimals, suggestPeriod } from './period-suggestion'

describe('suggestPeriod', () => {
  it.each([
    // What spreadsheets write.
    ['2024.0', '2024'],
    ['2024,00', '2024'],
    [' 2024 ', '2024'],
    // Tiendo's forms, mistyped.
    ['2024-q3', '2024-Q3'],
    ['2024q3', '2024-Q3'],
    ['2024 h1', '2024-H1'],
    ['2024-9', '2024-09'],
    ['2024/09', '2024-09'],
    ['2024-q1/2024-q3', '2024-Q1/2024-Q3'],
    ['2024-1 / 2024-9', '2024-01/2024-09'],
    // As people write periods, in Vietnamese and English.
    ['Năm 2021', '2021'],
    ['nam 2021', '2021'],
    ['Q3-2024', '2024-Q3'],
    ['Q3/2024', '2024-Q3'],
    ['H1 2024', '2024-H1'],
    ['Quý III/2024', '2024-Q3'],
    ['quý 4 năm 2024', '2024-Q4'],
    ['Quy IV/2024', '2024-Q4'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['6 tháng cuối năm 2024', '2024-H2'],
    ['9 tháng đầu năm 2024', '2024-01/2024-09'],
    ['Tháng 9/2024', '2024-09'],
    ['tháng 9 năm 2024', '2024-09'],
    ['T9/2024', '2024-09'],
    ['9/2024', '2024-09'],
    ['09-2024', '2024-09'],
    ['31/12/2024', '2024'],
    ['31.12.2024', '2024'],
    ['Tính đến 31/12/2024', '2024'],
    ['2024-12-31', '2024'],
    ['2021-2025', '2021/2025'],
    ['giai đoạn 2021–2025', '2021/2025'],
  ])('suggests for %j the period %j', (text, period) => {
    expect(suggestPeriod(text)).toBe(period)
    expect(isPeriod(period)).toBe(true)
  })

  it.each([
    ['2024'],
    ['24'],
    ['2024.5'],
    ['13/2024'],
    ['2024-13'],
    ['Quý 5/2024'],
    ['2024-09-30'],
    ['30/09/2024'],
    ['01/01/2024'],
    ['31/12/24'],
    ['hôm qua'],
    ['2025-2021'],
    ['9'.repeat(80)],
  ])('suggests nothing for %j (a period already, or no period meant)', (text) => {
    expect(suggestPeriod(text)).toBeUndefined()
  })
})

describe('isNumberWithZeroDecimals', () => {
  it('tells a spreadsheet number with decimals from text', () => {
    expect(['2024.0', '58.00', '58,0'].map(isNumberWithZeroDecimals)).toEqual([true, true, true])
    expect(['2024', '58.5', '58.STP', '.0'].map(isNumberWithZeroDecimals)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
