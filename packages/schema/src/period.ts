/**
 * The period grammar: a year `2024`, a half `2024-H1`, a quarter `2024-Q3`, a month
 * `2024-09`, or a span `2024-01/2024-09` (an ISO 8601 interval whose ends are any of the
 * other forms). Every period covers whole months, so it is stored as its first and last
 * month; `@tiendo/core` builds ordering and arithmetic on top of this.
 */

/** Which of the period forms a string uses. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'span'

/** A month as a year and a month number (1–12). */
export interface YearMonth {
  readonly year: number
  readonly month: number
}

/** A parsed period: its form and the first and last month it covers (inclusive). */
export interface ParsedPeriod {
  readonly kind: PeriodKind
  readonly start: YearMonth
  readonly end: YearMonth
  /** The canonical text of the period, e.g. `2024-Q3`. */
  readonly text: string
}

/** Why a string is not a period; `code` is stable, `detail` names the offending part. */
export interface PeriodParseFailure {
  readonly code:
    | 'period_syntax'
    | 'period_month_range'
    | 'period_quarter_range'
    | 'period_half_range'
    | 'period_year_range'
    | 'period_span_order'
  readonly detail: string
}

export type PeriodParseResult =
  | { readonly ok: true; readonly period: ParsedPeriod }
  | { readonly ok: false; readonly error: PeriodParseFailure }

/** Years Tiendo accepts; outside this a period is almost surely a typo. */
export const MIN_PERIOD_YEAR = 1900
export const MAX_PERIOD_YEAR = 2200

const SINGLE = /^(\d{4})(?:-(?:(\d{2})|Q(\d)|H(\d)))?$/

function parseSingle(text: string): PeriodParseResult {
  const match = SINGLE.exec(text)
  if (!match) return fail('period_syntax', text)
  const year = Number(match[1])
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return fail('period_year_range', text)
  const [, , month, quarter, half] = match
  if (month !== undefined) {
    const m = Number(month)
    if (m < 1 || m > 12) return fail('period_month_range', text)
    return ok('month', { year, month: m }, { year, month: m }, text)
  }
  if (quarter !== undefined) {
    const q = Number(quarter)
    if (q < 1 || q > 4) return fail('period_quarter_range', text)
    return ok('quarter', { year, month: q * 3 - 2 }, { year, month: q * 3 }, text)
  }
  if (half !== undefined) {
    const h = Number(half)
    if (h < 1 || h > 2) return fail('period_half_range', text)
    return ok('half', { year, month: h * 6 - 5 }, { year, month: h * 6 }, text)
  }
  return ok('year', { year, month: 1 }, { year, month: 12 }, text)
}

/**
 * Periods parsed so far, by text: a national submission writes the same few periods on
 * hundreds of thousands of rows, and every stage after reading asks again. Results are
 * frozen, so sharing one is safe; the cache is emptied when full, so odd input cannot grow it.
 */
const PARSED = new Map<string, PeriodParseResult>()
const MAX_PARSED = 4096

/** Parses a period string without throwing. Surrounding whitespace is not accepted. */
export function parsePeriod(text: string): PeriodParseResult {
  const known = PARSED.get(text)
  if (known !== undefined) return known
  const result = deepFreeze(parseText(text))
  if (PARSED.size >= MAX_PARSED) PARSED.clear()
  PARSED.set(text, result)
  return result
}

function parseText(text: string): PeriodParseResult {
  const slash = text.indexOf('/')
  if (slash === -1) return parseSingle(text)
  const from = parseSingle(text.slice(0, slash))
  if (!from.ok) return from
  const to = parseSingle(text.slice(slash + 1))
  if (!to.ok) return to
  const { start } = from.period
  const { end } = to.period
  if (monthIndex(end) <= monthIndex(start) || monthIndex(to.period.start) < monthIndex(start)) {
    return fail('period_span_order', text)
  }
  return ok('span', start, end, text)
}

/** Whether a string is a valid period. */
export function isPeriod(text: string): boolean {
  return parsePeriod(text).ok
}

/** Months since year 0, so months compare and subtract as integers. */
export function monthIndex(month: YearMonth): number {
  return month.year * 12 + (month.month - 1)
}

function deepFreeze(result: PeriodParseResult): PeriodParseResult {
  if (result.ok) {
    Object.freeze(result.period.start)
    Object.freeze(result.period.end)
    Object.freeze(result.period)
  } else {
    Object.freeze(result.error)
  }
  return Object.freeze(result)
}

function ok(kind: PeriodKind, start: YearMonth, end: YearMonth, text: string): PeriodParseResult {
  return { ok: true, period: { kind, start, end, text } }
}

function fail(code: PeriodParseFailure['code'], detail: string): PeriodParseResult {
  return { ok: false, error: { code, detail } }
}
