import { describe, expect, it } from 'vitest'
import { suggestDate } from './date-suggestion'

describe('suggestDate', () => {
  it.each([
    // Day first, as Vietnamese write dates.
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['15.03.2024', '2024-03-15'],
    ['29/02/2024', '2024-02-29'],
    // Year first, without its zeros or with other separators.
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    // A date cell exported with its time.
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['2024-03-05T00:00:00Z', '2024-03-05'],
    // In words.
    ['ngày 15 tháng 3 năm 2024', '2024-03-15'],
    ['Ngày 05 tháng 03 năm 2024', '2024-03-05'],
    ['15 tháng 3, 2024', '2024-03-15'],
    [' 15/03/2024 ', '2024-03-15'],
  ])('reads %j as %s', (text, date) => {
    expect(suggestDate(text)).toBe(date)
  })

  it.each([
    // Days that do not exist: the calendar message stands.
    '30/02/2024',
    '29/02/2023',
    '2024-13-01',
    '32/01/2024',
    '00/01/2024',
    // Already the form wanted, or no date at all.
    '2024-03-05',
    '2024',
    '03/2024',
    'hôm qua',
    `${'1'.repeat(70)}/01/2024`,
  ])('offers nothing for %j', (text) => {
    expect(suggestDate(text)).toBeUndefined()
  })
})
