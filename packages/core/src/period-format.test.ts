import { describe, expect, it } from 'vitest'
import { formatPeriod } from './period-format'

describe('formatPeriod', () => {
  it.each([
    ['2024', 'năm 2024', '2024'],
    ['2024-01/2024-09', '9 tháng đầu năm 2024', 'Jan–Sep 2024'],
    ['2024-Q3', 'quý III/2024', 'Q3 2024'],
    ['2024-Q1', 'quý I/2024', 'Q1 2024'],
    ['2024-H1', '6 tháng đầu năm 2024', 'H1 2024'],
    ['2024-H2', '6 tháng cuối năm 2024', 'H2 2024'],
    ['2024-09', 'tháng 9/2024', 'Sep 2024'],
    ['2024-03/2024-09', 'từ tháng 3/2024 đến tháng 9/2024', 'Mar–Sep 2024'],
    ['2023-07/2024-06', 'từ tháng 7/2023 đến tháng 6/2024', 'Jul 2023–Jun 2024'],
    ['2021/2025', 'giai đoạn 2021–2025', '2021–2025'],
    ['2024-Q1/2024-Q4', 'năm 2024', '2024'],
  ])('%s reads "%s" and "%s"', (period, vi, en) => {
    expect(formatPeriod(period, 'vi')).toBe(vi)
    expect(formatPeriod(period, 'en')).toBe(en)
  })
})
