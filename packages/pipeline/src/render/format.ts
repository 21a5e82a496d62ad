/**
 * Numbers and values as people read them in each language: `14,02` in Vietnamese, `14.02`
 * in English, thousands grouped from five digits (`363.558` / `363,558`). Human outputs
 * only: JSON keeps exact decimal strings.
 */

import { formatPeriod } from '@tiendo/core'
import type { ReportedPoint } from '@tiendo/rules'
import type { Comparator, Language, LocalizedText } from '@tiendo/schema'
import { COMPARATOR_SIGNS, MEASURE_BESIDE_ONE, MEASURE_BESIDE_VALUE } from '@tiendo/schema/internal'
import { Decimal } from 'decimal.js'
import { QUALIFIER_WORDS, wordFor } from './vocabulary'

const MARKS: Record<Language, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * A decimal in a language's notation. `places` rounds (half to even) and drops trailing
 * zeros; without it the value is shown exactly as given. Text that is not a plain decimal is
 * returned unchanged.
 */
export function formatNumber(
  value: string | Decimal | number,
  lang: Language,
  places?: number,
): string {
  let text: string
  if (typeof value === 'string') {
    if (!PLAIN_DECIMAL.test(value)) return value
    text = value
  } else {
    text = new Decimal(value).toFixed()
  }
  if (places !== undefined) {
    text = new Decimal(text).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN).toFixed()
  }
  const negative = text.startsWith('-')
  const [whole = '', fraction] = (negative ? text.slice(1) : text).split('.')
  const marks = MARKS[lang]
  const grouped = whole.length >= 5 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group) : whole
  const sign = negative && !/^[0.]+$/.test(text.slice(1)) ? '−' : ''
  return `${sign}${grouped}${fraction === undefined ? '' : `${marks.decimal}${fraction}`}`
}

/** A fraction as a percentage: `0.0206…` → `2,06%` (vi) / `2.06%` (en). */
export function formatRate(fraction: Decimal, lang: Language, places = 2): string {
  return `${formatNumber(fraction.times(100), lang, places)}%`
}

/** The word after a value of an indicator's unit (`%`, `tỷ đồng`), or the unit id. */
export function unitWord(unit: string, lang: Language): string {
  return wordFor(MEASURE_BESIDE_VALUE, unit, lang)
}

/** A value with its unit: `14,02%`, `363.558 tỷ đồng`, `15` (rank `hạng 15`). */
export function withUnit(number: string, unit: string, lang: Language): string {
  const one = lang === 'en' && number === '1' && Object.hasOwn(MEASURE_BESIDE_ONE, unit)
  const word = one ? MEASURE_BESIDE_ONE[unit]! : unitWord(unit, lang)
  if (word === '') return number
  if (word === '%') return `${number}%`
  if (unit === 'rank') return `${word} ${number}`
  return `${number} ${word}`
}

/** Significant digits a derived value is shown with (JSON keeps every digit). */
const DERIVED_DIGITS = 6

/**
 * An observed value as published: a range stays a range, a bound keeps its word. A derived
 * value (a division kept at 40 digits) is shown to six significant digits.
 */
export function pointText(point: ReportedPoint, unit: string, lang: Language): string {
  const shown = (text: string) =>
    point.derived === undefined || !PLAIN_DECIMAL.test(text)
      ? formatNumber(text, lang)
      : formatNumber(new Decimal(text).toSignificantDigits(DERIVED_DIGITS), lang)
  if (point.qualifier === 'range' && point.low !== undefined && point.high !== undefined) {
    return withUnit(`${shown(point.low)}–${shown(point.high)}`, unit, lang)
  }
  const number = withUnit(shown(point.value ?? ''), unit, lang)
  const word = point.qualifier === undefined ? undefined : QUALIFIER_WORDS[point.qualifier]
  return word === undefined ? number : `${word[lang]} ${number}`
}

/** A target: `≥ 20% đến năm 2025` / `≥ 20% by 2025`; a band `20–30% đến năm 2025`. */
export function targetText(
  target: {
    readonly comparator: string
    readonly value: string | number | Decimal
    readonly upper?: string | number | Decimal | null | undefined
    readonly by: string
  },
  unit: string,
  lang: Language,
): string {
  const by = `${lang === 'vi' ? 'đến' : 'by'} ${periodText(target.by, lang)}`
  if (target.comparator === 'between' && target.upper != null) {
    const band = `${formatNumber(target.value, lang)}–${formatNumber(target.upper, lang)}`
    return `${withUnit(band, unit, lang)} ${by}`
  }
  const { comparator } = target
  const sign = Object.hasOwn(COMPARATOR_SIGNS, comparator)
    ? COMPARATOR_SIGNS[comparator as Comparator]
    : comparator
  return `${sign} ${withUnit(formatNumber(target.value, lang), unit, lang)} ${by}`
}

/** A period in words (`năm 2024`, `Jan–Sep 2024`), or as written if it is not one. */
export function periodText(period: string, lang: Language): string {
  try {
    return formatPeriod(period, lang)
  } catch {
    return period
  }
}

/** Text a pack wrote once for every language, or in each (`{ vi, en }`), in a language. */
export function textIn(text: string | LocalizedText, lang: Language): string {
  return typeof text === 'string' ? text : text[lang]
}
