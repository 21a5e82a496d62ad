/**
 * Periods as people write them, in Vietnamese and English: `quý III/2024`, `9 tháng đầu
 * năm 2024`, `Q3 2024`, `Jan–Sep 2024`.
 */

import type { Language, YearMonth } from '@tiendo/schema'
import { asPeriod, type PeriodInput } from './period'

const ROMAN = ['I', 'II', 'III', 'IV'] as const
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/**
 * A period in words. Vietnamese: `năm 2024`, `6 tháng đầu năm 2024` (H1), `6 tháng cuối
 * năm 2024` (H2), `quý III/2024`, `tháng 9/2024`, `9 tháng đầu năm 2024` (a span from
 * January), `từ tháng 3/2024 đến tháng 9/2024`, `giai đoạn 2021–2025`. English: `2024`,
 * `H1 2024`, `Q3 2024`, `Sep 2024`, `Jan–Sep 2024`, `Jul 2023–Jun 2024`, `2021–2025`.
 * A span covering exactly one calendar year reads as that year. Throws a `PeriodError` on
 * text that is not a period.
 */
export function formatPeriod(period: PeriodInput, lang: Language): string {
  const p = asPeriod(period)
  const { start, end } = p
  const year = end.year
  switch (p.kind) {
    case 'year':
      return lang === 'vi' ? `năm ${year}` : `${year}`
    case 'half': {
      const first = start.month === 1
      if (lang === 'en') return `H${first ? 1 : 2} ${year}`
      return `6 tháng ${first ? 'đầu' : 'cuối'} năm ${year}`
    }
    case 'quarter': {
      const quarter = (start.month + 2) / 3
      return lang === 'vi' ? `quý ${ROMAN[quarter - 1]}/${year}` : `Q${quarter} ${year}`
    }
    case 'month':
      return lang === 'vi' ? `tháng ${end.month}/${year}` : `${MONTHS_EN[end.month - 1]} ${year}`
    case 'span':
      return lang === 'vi' ? spanVi(start, end) : spanEn(start, end)
  }
}

function spanVi(start: YearMonth, end: YearMonth): string {
  if (start.month === 1 && end.month === 12) {
    return start.year === end.year ? `năm ${end.year}` : `giai đoạn ${start.year}–${end.year}`
  }
  if (start.year === end.year && start.month === 1) {
    return `${end.month} tháng đầu năm ${end.year}`
  }
  return `từ tháng ${start.month}/${start.year} đến tháng ${end.month}/${end.year}`
}

function spanEn(start: YearMonth, end: YearMonth): string {
  if (start.month === 1 && end.month === 12) {
    return start.year === end.year ? `${end.year}` : `${start.year}–${end.year}`
  }
  const from = MONTHS_EN[start.month - 1]
  const to = MONTHS_EN[end.month - 1]
  if (start.year === end.year) return `${from}–${to} ${end.year}`
  return `${from} ${start.year}–${to} ${end.year}`
}
