import type { LocalizedText } from '@tiendo/schema'
import { MAX_DECIMAL_DIGITS } from '@tiendo/schema'
import { ioIssueText } from '../issue'
import type { AmbiguousNumberFields, InvalidNumberFields } from '../issue-fields'
import { IoDecimal, significantDigits } from './decimal'

/**
 * How numbers are written in a file. `default`: `.` is the decimal mark and there are no
 * thousands separators (`363558`, `87.5`). `vi`: the Vietnamese way, `.` between groups of
 * three digits and `,` as the decimal mark (`363.558`, `87,5`, `1.234.567,89`).
 */
export type NumberLocale = 'default' | 'vi'

/** Why a cell is not a number Tiendo can read. */
export type DecimalCellErrorCode = 'ambiguous_number' | 'invalid_number'

/** The result of {@link parseDecimalCell}. */
export type DecimalCellResult =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false
      readonly code: DecimalCellErrorCode
      readonly message: LocalizedText
      readonly hint: LocalizedText
    }

/** Why a cell is not a number: the code and typed fields of its issue. @internal */
export type DecimalCellRefusal =
  | { readonly code: 'ambiguous_number'; readonly fields: AmbiguousNumberFields }
  | { readonly code: 'invalid_number'; readonly fields: InvalidNumberFields }

/** A cell read as a number, or why it is not one. @internal */
export type DecimalCellReading =
  | { readonly ok: true; readonly value: string }
  | ({ readonly ok: false } & DecimalCellRefusal)

const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/
const VIETNAMESE = /^-?(?:0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,\d+)?$/
/** Spaces people put in or around numbers, including the no-break ones Excel and Word use. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f\ufeff]/g
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$|^#/i
const EXPONENT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)e[+-]?\d+$/i
/**
 * Marks people write for "no figure" (`-`, `N/A`, `…`, `không có`): no number was meant, so
 * the hint says to leave the cell or row out rather than how to write one.
 */
const NO_FIGURE =
  /^(?:-{1,3}|[\u2013\u2014]|\.{1,3}|\u2026|n\/?a|n\.a\.|null|none|nil|\?|không|không có|chưa có|(?:không|chưa) có số liệu)$/

/** Dashes that look like a minus sign but are not `-`. */
const DASHES = /^[\u2010-\u2015\u2212\ufe63\uff0d]/

/**
 * Reads the text of one cell as an exact decimal string in Tiendo's form (`87.5`, `-12`,
 * `363558`), following the number locale. Nothing is guessed: a number that could be read
 * two ways (`87,5` or `363,558` without a locale) is an `ambiguous_number`; text with spaces
 * around or inside it, exponents (`1e5`), `NaN`, `Infinity`, a `+` or `%` sign, extra
 * leading zeros, a mark for "no figure" (`-`, `N/A`) or more than 40 significant digits is
 * an `invalid_number`. Every failure
 * carries a message and a hint in Vietnamese and English, the hint quoting the corrected
 * text where there is one.
 *
 * Pure: safe in browsers.
 *
 * @param locale How numbers are written. Defaults to `'default'`.
 * @example
 * parseDecimalCell('87.5', 'default') // { ok: true, value: '87.5' }
 * parseDecimalCell('363.558', 'vi')   // { ok: true, value: '363558' }
 * parseDecimalCell('87,5', 'default') // { ok: false, code: 'ambiguous_number', … }
 */
export function parseDecimalCell(
  text: string,
  locale: NumberLocale = 'default',
): DecimalCellResult {
  const read = readDecimalCell(text, locale)
  if (read.ok) return read
  const { message, hint } = ioIssueText(read.code, read.fields)
  // Every number message has a hint; the type of a rendered text only allows one.
  return { ok: false, code: read.code, message, hint: hint ?? { vi: '', en: '' } }
}

/**
 * {@link parseDecimalCell} without the text: the value, or the code and typed fields of the
 * issue that refuses the cell. @internal
 */
export function readDecimalCell(text: string, locale: NumberLocale): DecimalCellReading {
  if (text === '') return invalid('empty', text, locale)
  if (locale === 'default' && isPlainDecimal(text)) return { ok: true, value: text }
  if (locale === 'default' ? CANONICAL.test(text) : VIETNAMESE.test(text)) {
    const value = locale === 'default' ? text : fromVietnamese(text)
    if (significantDigits(value) > MAX_DECIMAL_DIGITS) {
      return invalid('too_many_digits', text, locale, { max: MAX_DECIMAL_DIGITS })
    }
    return { ok: true, value }
  }
  return diagnose(text, locale)
}

/**
 * Whether text is a decimal the default locale reads as it stands (`87.5`, `-12`): the
 * canonical form, at most 40 significant digits.
 */
function isPlainDecimal(text: string): boolean {
  // Text no longer than the limit cannot hold more digits than it.
  return (
    CANONICAL.test(text) &&
    (text.length <= MAX_DECIMAL_DIGITS || significantDigits(text) <= MAX_DECIMAL_DIGITS)
  )
}

/** Says what is wrong with text that is not a number in the locale, and how to write it. */
function diagnose(text: string, locale: NumberLocale): DecimalCellReading {
  const words = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
  if (NO_FIGURE.test(words)) return invalid('no_figure', text, locale)
  const compact = text.replace(SPACES, '')
  if (compact !== text) {
    const suggestion = suggest(compact, locale)
    if (suggestion !== undefined || compact === '') {
      return invalid('spaces', text, locale, { suggestion })
    }
    // Spaces and something else (`10 %`): the something else says what to write.
    return withText(diagnose(compact, locale), text)
  }
  if (NOT_FINITE.test(text)) return invalid('not_finite', text, locale)
  if (EXPONENT.test(text)) {
    return invalid('exponent', text, locale, { suggestion: expand(text, locale) })
  }
  if (text.startsWith('+')) {
    const rest = suggest(text.slice(1), locale)
    if (rest) return invalid('plus_sign', text, locale, { suggestion: rest })
  }
  if (DASHES.test(text)) {
    const rest = suggest(`-${text.slice(1)}`, locale)
    if (rest) return invalid('dash', text, locale, { suggestion: rest })
  }
  // `(100)`: how accounts write a negative number.
  const bracketed = /^\((.+)\)$/.exec(text)
  if (bracketed !== null && !bracketed[1]!.startsWith('-')) {
    const negative = suggest(`-${bracketed[1]}`, locale)
    if (negative) return invalid('brackets', text, locale, { suggestion: negative })
  }
  if (text.endsWith('%')) {
    const number = text.slice(0, -1)
    const suggestion = suggest(number, locale) ?? onlyReading(number, locale)
    return invalid('percent', text, locale, { suggestion })
  }
  return locale === 'default' ? diagnoseDefault(text) : diagnoseVietnamese(text)
}

function diagnoseDefault(text: string): DecimalCellReading {
  const single = /^(-?)(\d+),(\d+)$/.exec(text)
  if (single) {
    const [, sign, whole, fraction] = single as unknown as [string, string, string, string]
    const decimalReading = `${sign}${stripZeros(whole)}.${fraction}`
    // `363,558` may be English thousands; `87,5` or `1,2345` cannot be.
    const thousandsReading =
      whole.length <= 3 && fraction.length === 3 && !whole.startsWith('0')
        ? `${sign}${whole}${fraction}`
        : undefined
    const fields = { reason: 'comma', value: text, decimalReading, thousandsReading } as const
    return { ok: false, code: 'ambiguous_number', fields }
  }
  if (/^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    return invalid('thousands_commas', text, 'default', { suggestion: text.replace(/,/g, '') })
  }
  if (isVietnameseWay(text)) {
    return invalid('vietnamese_format', text, 'default', { suggestion: fromVietnamese(text) })
  }
  return shapeProblem(text, 'default')
}

/**
 * Whether a number is written the Vietnamese way, dots between thousands and/or a decimal
 * comma (`1.234.567`, `1.234,5`, `87,5`). `363.558` matches too: callers ask only about
 * numbers the default locale refused. @internal
 */
export function isVietnameseWay(text: string): boolean {
  return /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/.test(text) || /^-?\d+(?:\.\d{3})*,\d+$/.test(text)
}

function diagnoseVietnamese(text: string): DecimalCellReading {
  if (/^-?\d+\.\d+$/.test(text) && !text.startsWith('.')) {
    return invalid('dot_decimal', text, 'vi', { suggestion: suggest(text.replace('.', ','), 'vi') })
  }
  return shapeProblem(text, 'vi')
}

/** Problems of shape common to both locales: `.5`, `5.`, `007`. */
function shapeProblem(text: string, locale: NumberLocale): DecimalCellReading {
  const mark = locale === 'default' ? '.' : ','
  const sign = text.startsWith('-') ? '-' : ''
  const body = sign ? text.slice(1) : text
  if (body.startsWith(mark) && /^\d+$/.test(body.slice(1))) {
    return invalid('bare_mark', text, locale, { suggestion: `${sign}0${body}` })
  }
  if (body.endsWith(mark) && /^\d+$/.test(body.slice(0, -1))) {
    const fixed = suggest(`${sign}${body.slice(0, -1)}`, locale)
    if (fixed) return invalid('bare_mark', text, locale, { suggestion: fixed })
  }
  if (/^0\d/.test(body)) {
    const fixed = suggest(`${sign}${body.replace(/^0+(?=\d)/, '')}`, locale)
    if (fixed) return invalid('leading_zeros', text, locale, { suggestion: fixed })
  }
  // `8O`, `1l5`: a letter typed for the digit it looks like.
  if (/\d/.test(text) && /[OolI]/.test(text) && LOOKALIKES.test(text)) {
    const digits = suggest(text.replace(/[Oo]/g, '0').replace(/[lI]/g, '1'), locale)
    if (digits !== undefined) {
      return invalid('letter_for_digit', text, locale, { suggestion: digits })
    }
  }
  // `120 hộ`, `87.5 người`: the number with its unit of measure, which the pack gives.
  const worded = WITH_WORDS.exec(text)
  const number = worded === null ? undefined : suggest(worded[1]!, locale)
  if (number !== undefined) return invalid('with_words', text, locale, { suggestion: number })
  return invalid('not_a_number', text, locale)
}

/**
 * A number followed by a word of two letters or more (its unit of measure), spaces between
 * them taken out or not; one letter after digits (`0l`) is more likely a slip than a word.
 */
const WITH_WORDS = /^(-?[\d.,]*\d)\s*\p{L}[\p{L}\p{M}\s./]*\p{L}\p{M}*[\s./]*$/u

/** Letters typed for the digits they look like: O for 0, l and I for 1. */
const LOOKALIKES = /^[-\d.,OolI]+$/

/** The text itself when it is a valid number in the locale (for "write …" hints). */
function suggest(text: string, locale: NumberLocale): string | undefined {
  return readDecimalCell(text, locale).ok ? text : undefined
}

/**
 * The one number text can be read as when the reader still refuses it: `10,5` without a
 * number locale, whose comma can only be a decimal mark (no thousands group has one digit).
 */
function onlyReading(text: string, locale: NumberLocale): string | undefined {
  const read = readDecimalCell(text, locale)
  if (read.ok || read.code !== 'ambiguous_number') return undefined
  const { reason, decimalReading, thousandsReading } = read.fields
  return reason === 'comma' && thousandsReading === undefined ? decimalReading : undefined
}

/** An exponent form written in full in the locale, when that stays a reasonable number. */
function expand(text: string, locale: NumberLocale): string | undefined {
  const exponent = Number(/e([+-]?\d+)$/i.exec(text)?.[1])
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DECIMAL_DIGITS) return undefined
  const mantissa = text.slice(0, text.search(/e/i)).replace(',', '.').replace(/^\+/, '')
  const full = new IoDecimal(`${mantissa}e${exponent}`).toFixed()
  if (significantDigits(full) > MAX_DECIMAL_DIGITS || full.length > 2 * MAX_DECIMAL_DIGITS) {
    return undefined
  }
  return locale === 'vi' ? full.replace('.', ',') : full
}

/** A refusal of a cell's text without its spaces, telling of the text as written. */
function withText(reading: DecimalCellReading, text: string): DecimalCellReading {
  if (reading.ok) return reading
  // One branch per code, so that each keeps the type of its own fields.
  return reading.code === 'ambiguous_number'
    ? { ...reading, fields: { ...reading.fields, value: text } }
    : { ...reading, fields: { ...reading.fields, value: text } }
}

/** `1.234.567,89` → `1234567.89`. */
function fromVietnamese(text: string): string {
  return text.replace(/\./g, '').replace(',', '.')
}

function stripZeros(whole: string): string {
  return whole.replace(/^0+(?=\d)/, '')
}

function invalid(
  reason: InvalidNumberFields['reason'],
  value: string,
  numberLocale: NumberLocale,
  more: Pick<InvalidNumberFields, 'suggestion' | 'max'> = {},
): DecimalCellReading {
  const fields = { reason, value, numberLocale, ...more }
  return { ok: false, code: 'invalid_number', fields }
}
