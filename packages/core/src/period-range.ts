/**
 * Generating periods: year-to-date spans and the run of years, halves, quarters or months
 * between two periods.
 */

import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, monthIndex } from '@tiendo/schema'
import { asPeriod, monthText, PeriodError, type PeriodInput } from './period'

/** The step of {@link periodsBetween}. */
export type PeriodStep = 'year' | 'half' | 'quarter' | 'month'

/**
 * The period from January to the given month of a year, as reports state it ("9 tháng
 * đầu năm"): `yearToDate(2024, 9)` is `2024-01/2024-09`. Two ends are not spans: month 1
 * gives the month `2024-01`, and month 12 gives the year `2024` (the same months as
 * `2024-01/2024-12`, in the form data files use). Throws a {@link PeriodError}
 * (`period_argument`) when the year or month is not a whole number in range.
 */
export function yearToDate(year: number, month: number): string {
  checkYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new PeriodError(
      'period_argument',
      String(month),
      `Not a month: ${month}. Give a whole number from 1 to 12.`,
    )
  }
  if (month === 12) return String(year)
  if (month === 1) return monthText({ year, month })
  return `${year}-01/${monthText({ year, month })}`
}

/**
 * Every period of the given step that shares a month with the months from the start of
 * `from` to the end of `to`, in order: `periodsBetween('2023', '2024-Q2', 'half')` is
 * `['2023-H1', '2023-H2', '2024-H1']`, and `periodsBetween('2024-02', '2024-07',
 * 'quarter')` is `['2024-Q1', '2024-Q2', '2024-Q3']`. Empty when `to` ends before `from`
 * starts. Throws a {@link PeriodError} on text that is not a period.
 */
export function periodsBetween(from: PeriodInput, to: PeriodInput, every: PeriodStep): string[] {
  const first = monthIndex(asPeriod(from).start)
  const last = monthIndex(asPeriod(to).end)
  const size = STEP_MONTHS[every]
  if (size === undefined) {
    throw new PeriodError(
      'period_argument',
      String(every),
      `Not a period step: ${String(every)}. Use year, half, quarter or month.`,
    )
  }
  const periods: string[] = []
  // Start at the beginning of the step containing `first` (steps align to January).
  for (let index = first - (first % size); index <= last; index += size) {
    periods.push(stepText(index, every))
  }
  return periods
}

const STEP_MONTHS: Record<PeriodStep, number> = { year: 12, half: 6, quarter: 3, month: 1 }

function stepText(index: number, every: PeriodStep): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  switch (every) {
    case 'year':
      return String(year)
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`
    case 'month':
      return monthText({ year, month })
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new PeriodError(
      'period_argument',
      String(year),
      `Not a year Tiendo accepts: ${year}. Give a whole number from ${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}.`,
    )
  }
}
