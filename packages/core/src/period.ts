/**
 * Periods as Tiendo computes with them: parsing that throws a clear error, ordering, the
 * year a period belongs to, and exact distances in years. The grammar itself lives in
 * `@tiendo/schema` (`parsePeriod`); every period covers whole months, so all arithmetic
 * here is on month indices (integers), and the only fractional result — years between
 * two periods — is an exact decimal.
 */

import {
  monthIndex,
  type ParsedPeriod,
  type PeriodParseFailure,
  parsePeriod,
  type YearMonth,
} from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { Exact } from './decimal'

/** A period given as text (`2024-Q3`) or already parsed. */
export type PeriodInput = string | ParsedPeriod

/** Stable codes of {@link PeriodError}: the schema's parse codes, plus `period_type` for non-strings and `period_argument` for bad numeric arguments. */
export type PeriodErrorCode = PeriodParseFailure['code'] | 'period_type' | 'period_argument'

/**
 * Thrown when text is not a period (or a period helper gets an impossible argument).
 * `code` is stable and meant for machines; the message says what was wrong and how a
 * period is written.
 */
export class PeriodError extends Error {
  /** A stable snake_case code such as `period_syntax` or `period_span_order`. */
  readonly code: PeriodErrorCode
  /** The offending text or argument. */
  readonly detail: string

  constructor(code: PeriodErrorCode, detail: string, message?: string) {
    super(
      message ??
        `Not a period: \`${detail}\` (${code}). Write a year \`2024\`, a half \`2024-H1\`, a quarter \`2024-Q3\`, a month \`2024-09\` or a span \`2024-01/2024-09\`.`,
    )
    this.name = 'PeriodError'
    this.code = code
    this.detail = detail
  }
}

/**
 * Parses a period, throwing a {@link PeriodError} on anything that is not one. Use
 * `parsePeriod` from `@tiendo/schema` where a result object suits better than a throw.
 */
export function toPeriod(text: string): ParsedPeriod {
  if (typeof text !== 'string') throw new PeriodError('period_type', String(text))
  const result = parsePeriod(text)
  if (!result.ok) throw new PeriodError(result.error.code, result.error.detail)
  return result.period
}

/** A period as parsed: text is parsed (throwing {@link PeriodError}), a parsed period is used as is. */
export function asPeriod(period: PeriodInput): ParsedPeriod {
  return typeof period === 'string' ? toPeriod(period) : period
}

/**
 * Orders periods by the month they end, then by the month they start: of two periods
 * ending the same month the longer one (earlier start) comes first, so `2024` sorts before
 * `2024-H2`, before `2024-Q4`, before `2024-12`. Periods covering the same months (`2024`
 * and `2024-01/2024-12`) compare equal. Returns a negative number, zero or a positive
 * number, so it can be passed to `Array.prototype.sort`.
 */
export function comparePeriods(a: PeriodInput, b: PeriodInput): number {
  const pa = asPeriod(a)
  const pb = asPeriod(b)
  return monthIndex(pa.end) - monthIndex(pb.end) || monthIndex(pa.start) - monthIndex(pb.start)
}

/** Whether two periods cover exactly the same months (`2024-H1` and `2024-01/2024-06` do). */
export function samePeriod(a: PeriodInput, b: PeriodInput): boolean {
  return comparePeriods(a, b) === 0
}

/**
 * The canonical text of the months a period covers, so equal periods get equal keys: a
 * whole calendar year is `2024`, then a half `2024-H1`, a quarter `2024-Q3`, a month
 * `2024-09`, a run of whole years `2021/2025`, and any other span `2024-01/2024-09`.
 */
export function canonicalPeriod(period: PeriodInput): string {
  const { start, end } = asPeriod(period)
  const months = monthIndex(end) - monthIndex(start) + 1
  if (start.year === end.year) {
    if (months === 12) return `${start.year}`
    if (months === 6 && (start.month === 1 || start.month === 7)) {
      return `${start.year}-H${start.month === 1 ? 1 : 2}`
    }
    if (months === 3 && start.month % 3 === 1) return `${start.year}-Q${(start.month + 2) / 3}`
    if (months === 1) return monthText(start)
  }
  if (start.month === 1 && end.month === 12) return `${start.year}/${end.year}`
  return `${monthText(start)}/${monthText(end)}`
}

/** The year a period belongs to: the year of its last month (`2023-07/2024-06` → 2024). */
export function periodYear(period: PeriodInput): number {
  return asPeriod(period).end.year
}

/** Whether every month of a period lies in the given calendar year. */
export function isWithinYear(period: PeriodInput, year: number): boolean {
  const { start, end } = asPeriod(period)
  return start.year === year && end.year === year
}

/** Whether every month of `inner` lies within `outer` (`2024-Q3` lies within `2024`). */
export function periodContains(outer: PeriodInput, inner: PeriodInput): boolean {
  const o = asPeriod(outer)
  const i = asPeriod(inner)
  return monthIndex(i.start) >= monthIndex(o.start) && monthIndex(i.end) <= monthIndex(o.end)
}

/** Whether two periods share at least one month. */
export function periodsOverlap(a: PeriodInput, b: PeriodInput): boolean {
  const pa = asPeriod(a)
  const pb = asPeriod(b)
  return monthIndex(pa.start) <= monthIndex(pb.end) && monthIndex(pb.start) <= monthIndex(pa.end)
}

/** How many months a period covers (`2024-01/2024-09` → 9). */
export function monthsIn(period: PeriodInput): number {
  const { start, end } = asPeriod(period)
  return monthIndex(end) - monthIndex(start) + 1
}

/**
 * The exact number of years from one period to another, each measured at the end of its
 * last month: `2020` → `2025` is 5, `2023` → `2024-H1` is 0.5, `2024-01/2024-09` → `2024`
 * is 0.25. Negative when `to` ends before `from`. Growth rates of non-annual data use it.
 */
export function yearsBetween(from: PeriodInput, to: PeriodInput): Decimal {
  const months = monthIndex(asPeriod(to).end) - monthIndex(asPeriod(from).end)
  if (Math.abs(months) > CACHED_SPAN_MONTHS) return new Exact(months).div(12)
  let years = YEARS_BY_MONTHS.get(months)
  if (years === undefined) {
    years = new Exact(months).div(12)
    YEARS_BY_MONTHS.set(months, years)
  }
  return years
}

/**
 * Spans of up to a century are kept once made: every assessment measures each of its points
 * from the series' start, and a decimal division at 40 digits costs more than the lookup
 * (decimals are immutable, so one may be shared).
 */
const CACHED_SPAN_MONTHS = 1200
const YEARS_BY_MONTHS = new Map<number, Decimal>()

/** The first day of a period, `YYYY-MM-01`. */
export function periodStartDate(period: PeriodInput): string {
  return `${monthText(asPeriod(period).start)}-01`
}

/** The last day of a period (`2024-H1` → `2024-06-30`, `2024-02` → `2024-02-29`). */
export function periodEndDate(period: PeriodInput): string {
  const { end } = asPeriod(period)
  return `${monthText(end)}-${String(daysInMonth(end)).padStart(2, '0')}`
}

/** `YYYY-MM` of a month. @internal */
export function monthText(month: YearMonth): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`
}

function daysInMonth({ year, month }: YearMonth): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
