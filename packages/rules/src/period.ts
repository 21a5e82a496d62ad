import { periodEndDate, periodStartDate } from '@tiendo/core'
import type { ParsedPeriod, YearMonth } from '@tiendo/schema'
import { monthIndex, parsePeriod } from '@tiendo/schema'
import { memoizeText } from '@tiendo/schema/internal'

/** The granularities a period can step through. */
type Granularity = 'year' | 'half' | 'quarter' | 'month'

const MONTHS: Record<Granularity, number> = { year: 12, half: 6, quarter: 3, month: 1 }

/** A period string parsed, or `undefined` when it is not one (memoised: scopes repeat). @internal */
export const readPeriod: (text: string) => ParsedPeriod | undefined = memoizeText((text) => {
  const result = parsePeriod(text)
  return result.ok ? result.period : undefined
})

function fromIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The period of a granularity that starts at a month index. */
function formatAt(granularity: Granularity, start: number): string {
  const { year, month } = fromIndex(start)
  switch (granularity) {
    case 'year':
      return String(year)
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`
  }
}

/** A single (non-span) period moved by whole years. */
function shiftYears(text: string, years: number): string | undefined {
  const period = readPeriod(text)
  if (period === undefined || period.kind === 'span') return undefined
  return formatAt(period.kind, monthIndex(period.start) + years * 12)
}

/**
 * The period `offset` steps away from a period: years for a year, quarters for a quarter
 * (`2024-Q1` − 1 = `2023-Q4`), and whole years for a span (the first nine months of the year
 * before). `undefined` when the text is not a period or the result leaves the years Tiendo
 * accepts.
 * @internal
 */
export function shiftPeriod(text: string, offset: number): string | undefined {
  if (offset === 0) return text
  const period = readPeriod(text)
  if (period === undefined) return undefined
  if (period.kind === 'span') {
    const ends = text.split('/').map((end) => shiftYears(end, offset))
    if (ends.some((end) => end === undefined)) return undefined
    const shifted = ends.join('/')
    return readPeriod(shifted) === undefined ? undefined : shifted
  }
  const step = MONTHS[period.kind]
  const shifted = formatAt(period.kind, monthIndex(period.start) + offset * step)
  return readPeriod(shifted) === undefined ? undefined : shifted
}

/**
 * The first and last days of a period as ISO dates (which compare as text), from
 * `@tiendo/core`.
 * @internal
 */
export function periodDates(period: ParsedPeriod): { start: string; end: string } {
  return { start: periodStartDate(period), end: periodEndDate(period) }
}

/** Whether period `a` ends no later than period `b` ends. @internal */
export function endsByEndOf(a: ParsedPeriod, b: ParsedPeriod): boolean {
  return monthIndex(a.end) <= monthIndex(b.end)
}
