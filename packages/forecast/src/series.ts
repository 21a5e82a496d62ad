/**
 * Turns the observations a caller gives into a checked, ordered series: periods parsed,
 * values exact, qualifiers turned into the interval the truth lies in, and every point
 * placed in time (years from the end of the first period to the end of its own).
 */

import { Exact, type ExactInput, toExact, yearsBetween } from '@tiendo/core'
import { type ParsedPeriod, parsePeriod, type Qualifier, QualifierSchema } from '@tiendo/schema'
import { memoizeText } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import type { ObservationInput } from './types'

/** The set of values the truth may take: `[lower, upper]`, each end open or closed, or unbounded (null). */
export interface ValueInterval {
  readonly lower: Decimal | null
  readonly lowerOpen: boolean
  readonly upper: Decimal | null
  readonly upperOpen: boolean
}

/** One observation, checked and placed in time. */
export interface SeriesPoint {
  readonly period: string
  readonly parsed: ParsedPeriod
  /** Years from the end of the series' first period to the end of this one. */
  readonly time: Decimal
  /** The number the methods compute with; null for a range given without a value. */
  readonly value: Decimal | null
  readonly qualifier: Qualifier | undefined
  readonly interval: ValueInterval
}

/** A checked series, oldest first. */
export interface Series {
  /** The period times are measured from (the first observation's), or null when empty. */
  readonly origin: string | null
  readonly points: readonly SeriesPoint[]
}

/** Parses a period string or throws an {@link AssessmentInputError} naming `path`. */
export function checkPeriod(text: unknown, path: string): ParsedPeriod {
  if (typeof text !== 'string') {
    throw new AssessmentInputError(
      'invalid_period',
      path,
      { vi: 'Kỳ phải là một chuỗi.', en: 'A period must be a string.' },
      { vi: 'Viết kỳ như "2024" hoặc "2024-H1".', en: 'Write the period as "2024" or "2024-H1".' },
    )
  }
  const result = parsePeriod(text)
  if (result.ok) return result.period
  throw new AssessmentInputError(
    'invalid_period',
    path,
    {
      vi: `"${text}" không phải là một kỳ (${result.error.code}).`,
      en: `"${text}" is not a period (${result.error.code}).`,
    },
    {
      vi: 'Dùng năm "2024", nửa năm "2024-H1", quý "2024-Q3", tháng "2024-09" hoặc khoảng "2024-01/2024-09".',
      en: 'Use a year "2024", half "2024-H1", quarter "2024-Q3", month "2024-09" or span "2024-01/2024-09".',
    },
  )
}

/**
 * Decimals read from text, by text. A country's series repeat few values (188,000 points,
 * 12,000 distinct values nationally), and decimals are immutable, so equal texts share one.
 */
const exactOfText = memoizeText((text): Decimal => toExact(text), {
  maxEntries: 16_384,
  maxLength: 64,
})

/**
 * Powers of ten a value must lie within (its decimal exponent, `d.ddd × 10^e`): below 1e40,
 * as a pack's or a file's decimal of at most 40 digits is, and not below 1e-1000 unless 0.
 * Beyond them a value is no measurement, and its plain decimal text (the report's, never in
 * exponent notation) would run to any length: `1e9000000000000` is nine trillion digits.
 */
const MAX_EXPONENT = 40
const MIN_EXPONENT = -1000

/**
 * Converts a value to an exact finite decimal within {@link MAX_EXPONENT} and
 * {@link MIN_EXPONENT}, or throws an {@link AssessmentInputError}.
 */
export function checkValue(value: unknown, path: string): Decimal {
  let result: Decimal | undefined
  try {
    if (typeof value === 'string') result = exactOfText(value)
    else if (typeof value === 'number' || isDecimal(value)) result = toExact(value as ExactInput)
  } catch {
    result = undefined
  }
  if (result?.isFinite()) {
    if (result.e < MAX_EXPONENT && result.e >= MIN_EXPONENT) return result
    throw new AssessmentInputError(
      'invalid_value',
      path,
      {
        vi: `${describe(value)} nằm ngoài khoảng số Tiendo đọc: giá trị tuyệt đối nhỏ hơn 1e${MAX_EXPONENT} và, trừ số 0, không nhỏ hơn 1e${MIN_EXPONENT}.`,
        en: `${describe(value)} is beyond the numbers Tiendo reads: below 1e${MAX_EXPONENT} and, unless 0, at least 1e${MIN_EXPONENT} in absolute value.`,
      },
      {
        vi: 'Kiểm tra số và đơn vị đo; một số liệu đo lường có tối đa 40 chữ số trước dấu thập phân.',
        en: 'Check the figure and its unit; a measurement has at most 40 digits before the point.',
      },
    )
  }
  throw new AssessmentInputError(
    'invalid_value',
    path,
    {
      vi: `${describe(value)} không phải là một số hữu hạn.`,
      en: `${describe(value)} is not a finite number.`,
    },
    {
      vi: 'Ghi số thập phân với dấu chấm, không có dấu phân cách hàng nghìn: "87.5".',
      en: 'Write a decimal with a point and no thousands separators: "87.5".',
    },
  )
}

function isDecimal(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'isFinite' in value && 'toFixed' in value
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (value === undefined) return 'A missing value'
  return String(value)
}

/** Monotone "end month" key of a period, for ordering and spotting equal times. */
function endKey(period: ParsedPeriod): number {
  return period.end.year * 12 + period.end.month
}

function lengthInMonths(period: ParsedPeriod): number {
  return endKey(period) - (period.start.year * 12 + period.start.month) + 1
}

function intervalOf(
  qualifier: Qualifier | undefined,
  value: Decimal | null,
  low: Decimal | null,
  high: Decimal | null,
): ValueInterval {
  switch (qualifier) {
    case 'more_than':
      return { lower: value, lowerOpen: true, upper: null, upperOpen: true }
    case 'at_least':
      return { lower: value, lowerOpen: false, upper: null, upperOpen: true }
    case 'less_than':
      return { lower: null, lowerOpen: true, upper: value, upperOpen: true }
    case 'at_most':
      return { lower: null, lowerOpen: true, upper: value, upperOpen: false }
    case 'range':
      return { lower: low, lowerOpen: false, upper: high, upperOpen: false }
    default:
      return { lower: value, lowerOpen: false, upper: value, upperOpen: false }
  }
}

/** How periods are read: as Tiendo does, or as the year they start in (Open SDG's `sdg-build`). */
export type PeriodReading = 'period' | 'start-year'

const START_YEAR = /^(\d{4})/

/**
 * Reads a period as `sdg-build` does: any text of more than four characters stands for its
 * first four, which must be a year (`2015-16`, `2014/2015` and `2024 Q1` are 2015, 2014 and
 * 2024).
 */
function checkStartYear(text: unknown, path: string): ParsedPeriod {
  if (typeof text === 'string') {
    const year = START_YEAR.exec(text)?.[1]
    const parsed = year === undefined ? undefined : parsePeriod(year)
    if (parsed?.ok) return { ...parsed.period, text }
  }
  return checkPeriod(text, path)
}

function checkObservation(
  observation: ObservationInput,
  index: number,
  reading: PeriodReading = 'period',
) {
  const at = `observations[${index}]`
  if (typeof observation !== 'object' || observation === null) {
    throw new AssessmentInputError(
      'invalid_input',
      at,
      {
        vi: 'Mỗi số liệu phải là một đối tượng { period, value }.',
        en: 'Each observation must be an object { period, value }.',
      },
      {
        vi: 'Ví dụ: { "period": "2024", "value": "87.5" }.',
        en: 'For example { "period": "2024", "value": "87.5" }.',
      },
    )
  }
  const parsed =
    reading === 'start-year'
      ? checkStartYear(observation.period, `${at}.period`)
      : checkPeriod(observation.period, `${at}.period`)
  const qualifier = observation.qualifier
  if (qualifier !== undefined && !QualifierSchema.safeParse(qualifier).success) {
    throw new AssessmentInputError(
      'invalid_qualifier',
      `${at}.qualifier`,
      {
        vi: `"${String(qualifier)}" không phải là một bổ ngữ hợp lệ.`,
        en: `"${String(qualifier)}" is not a known qualifier.`,
      },
      {
        vi: `Dùng một trong: ${QualifierSchema.options.join(', ')}.`,
        en: `Use one of: ${QualifierSchema.options.join(', ')}.`,
      },
    )
  }
  const has = (v: unknown) => v !== undefined && v !== null
  if (qualifier === 'range') {
    if (!has(observation.low) || !has(observation.high)) {
      throw new AssessmentInputError(
        'range_incomplete',
        at,
        { vi: 'Một khoảng cần cả `low` và `high`.', en: 'A range needs both `low` and `high`.' },
        { vi: 'Ví dụ "25–30%": low "25", high "30".', en: 'For "25–30%": low "25", high "30".' },
      )
    }
    const low = checkValue(observation.low, `${at}.low`)
    const high = checkValue(observation.high, `${at}.high`)
    const value = has(observation.value) ? checkValue(observation.value, `${at}.value`) : null
    if (low.gt(high) || (value && (value.lt(low) || value.gt(high)))) {
      throw new AssessmentInputError(
        'range_incomplete',
        at,
        {
          vi: 'Khoảng sai thứ tự, hoặc `value` nằm ngoài `low`–`high`.',
          en: 'The range is out of order, or `value` lies outside `low`–`high`.',
        },
        { vi: 'Cần low ≤ value ≤ high.', en: 'Keep low ≤ value ≤ high.' },
      )
    }
    return { parsed, value, qualifier, interval: intervalOf(qualifier, value, low, high) }
  }
  const value = checkValue(observation.value, `${at}.value`)
  return { parsed, value, qualifier, interval: intervalOf(qualifier, value, null, null) }
}

/**
 * Checks and orders the observations. Throws an {@link AssessmentInputError} on a bad
 * period, value or qualifier, and on two observations ending at the same time (a
 * duplicate period, or e.g. `2022` next to `2022-12`): conflicting values are reported,
 * never resolved silently. Also says whether the periods differ in length.
 */
export function toSeries(
  observations: readonly ObservationInput[],
  reading: PeriodReading = 'period',
): {
  series: Series
  mixedLengths: boolean
  /** With `start-year`, two observations read as the same year (refused, not thrown). */
  sameYear?: readonly [string, string] | undefined
} {
  if (!Array.isArray(observations)) {
    throw new AssessmentInputError(
      'invalid_input',
      'observations',
      { vi: '`observations` phải là một mảng.', en: '`observations` must be an array.' },
      { vi: 'Truyền [] nếu chưa có số liệu.', en: 'Pass [] when there is no data yet.' },
    )
  }
  const checked = observations.map((observation, index) => {
    const { parsed, value, qualifier, interval } = checkObservation(observation, index, reading)
    return { index, parsed, value, qualifier, interval }
  })
  checked.sort((a, b) => endKey(a.parsed) - endKey(b.parsed))
  for (let i = 1; i < checked.length; i++) {
    const previous = checked[i - 1]!
    const current = checked[i]!
    if (endKey(previous.parsed) === endKey(current.parsed)) {
      if (reading === 'start-year') {
        return {
          series: { origin: null, points: [] },
          mixedLengths: false,
          sameYear: [previous.parsed.text, current.parsed.text],
        }
      }
      const same = previous.parsed.text === current.parsed.text
      throw new AssessmentInputError(
        'duplicate_period',
        `observations[${current.index}].period`,
        same
          ? {
              vi: `Kỳ ${current.parsed.text} xuất hiện hai lần (observations[${previous.index}] và [${current.index}]).`,
              en: `The period ${current.parsed.text} appears twice (observations[${previous.index}] and [${current.index}]).`,
            }
          : {
              vi: `Kỳ ${current.parsed.text} và ${previous.parsed.text} kết thúc cùng một tháng nên là hai giá trị cho cùng một thời điểm.`,
              en: `The periods ${current.parsed.text} and ${previous.parsed.text} end in the same month, so they are two values for one point in time.`,
            },
        {
          vi: 'Giữ một giá trị cho mỗi thời điểm; Tiendo không tự chọn giữa các giá trị mâu thuẫn.',
          en: 'Keep one value per point in time; Tiendo never chooses between conflicting values.',
        },
      )
    }
  }
  const first = checked[0]
  // Times are measured from the first period as parsed (its start year when so read).
  const origin = first ? periodKey(first.parsed) : null
  const points: SeriesPoint[] = checked.map((c) => ({
    period: c.parsed.text,
    parsed: c.parsed,
    time: origin === null ? toExact(0) : yearsBetween(origin, periodKey(c.parsed)),
    value: c.value,
    qualifier: c.qualifier,
    interval: c.interval,
  }))
  const lengths = new Set(checked.map((c) => lengthInMonths(c.parsed)))
  return { series: { origin, points }, mixedLengths: lengths.size > 1 }
}

/** The text `yearsBetween` reads: a start-year reading keeps only its year. */
function periodKey(period: ParsedPeriod): string {
  return period.kind === 'year' ? String(period.start.year) : period.text
}

/** Years from the series origin to the end of `period` (negative before it). */
export function timeOf(series: Series, period: string): Decimal {
  return series.origin === null ? toExact(0) : yearsBetween(series.origin, period)
}

/**
 * Spans of years by text, kept apart from the values' memo above, which a country's 12,000
 * distinct values can fill: spans are a few, and must stay shared whatever the data.
 */
const spanOfText = memoizeText((text): Decimal => toExact(text), {
  maxEntries: 1024,
  maxLength: 64,
})

/**
 * Years from `from` to `to`, one decimal for equal spans: a country's assessments have a few
 * (nine years elapsed, five to go), and each held two decimals of its own for them. Only
 * Tiendo's own decimals are shared: one of another precision keeps computing at its own.
 */
export function yearSpan(from: Decimal, to: Decimal): Decimal {
  const span = to.minus(from)
  return span.constructor === Exact ? spanOfText(span.toFixed()) : span
}

/** Whether `period` starts on or after the start of `base` (the base-year rule). */
export function startsOnOrAfter(period: ParsedPeriod, base: ParsedPeriod): boolean {
  const start = period.start.year * 12 + period.start.month
  return start >= base.start.year * 12 + base.start.month
}
