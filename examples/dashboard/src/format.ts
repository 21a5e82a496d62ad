import type { Exact } from '@tiendo/core'
import type { Qualifier } from '@tiendo/schema'
import type { Language } from './i18n'

/**
 * An exact decimal as people read it: Vietnamese `363.558,5` (dot groups thousands, comma
 * marks decimals), English `363,558.5`. Rounded half-even to `places` decimals when given
 * (trailing zeros dropped); the digits come from decimal.js, never from a binary double.
 */
export function formatDecimal(value: Exact, lang: Language, places?: number): string {
  const rounded = places === undefined ? value : value.toDecimalPlaces(places)
  const text = rounded.toFixed()
  const negative = text.startsWith('-') && !rounded.isZero()
  const [whole = '0', fraction] = text.replace(/^-/, '').split('.')
  const group = lang === 'vi' ? '.' : ','
  const mark = lang === 'vi' ? ',' : '.'
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)
  return `${negative ? '−' : ''}${grouped}${fraction === undefined ? '' : mark + fraction}`
}

/** A fraction as a percentage: `0.18528` → `18,5%` (vi) or `18.5%` (en). */
export function formatShare(fraction: Exact, lang: Language, places = 1): string {
  return `${formatDecimal(fraction.times(100), lang, places)}%`
}

/** How a value of an indicator's unit is written around the number. */
export function withUnit(number: string, unit: string, lang: Language): string {
  switch (unit) {
    case 'percent':
      return `${number}%`
    case 'vnd_billion':
      return lang === 'vi' ? `${number} tỷ đồng` : `VND ${number} bn`
    case 'rank':
      return lang === 'vi' ? `hạng ${number}` : `rank ${number}`
    default:
      return number
  }
}

const QUALIFIER_WORDS: Record<Language, Partial<Record<Qualifier, string>>> = {
  vi: {
    more_than: 'hơn ',
    at_least: 'ít nhất ',
    less_than: 'dưới ',
    at_most: 'tối đa ',
    approx: '≈ ',
  },
  en: {
    more_than: 'more than ',
    at_least: 'at least ',
    less_than: 'less than ',
    at_most: 'at most ',
    approx: '≈ ',
  },
}

/** A value as published, with its qualifier: `hơn 90`, `25–30%`, `≈ 73,5%`. */
export function formatFigure(
  figure: {
    readonly value?: Exact | null | undefined
    readonly qualifier?: Qualifier | undefined
    readonly low?: Exact | undefined
    readonly high?: Exact | undefined
  },
  unit: string,
  lang: Language,
  places?: number,
): string {
  if (figure.qualifier === 'range' && figure.low !== undefined && figure.high !== undefined) {
    const range = `${formatDecimal(figure.low, lang, places)}–${formatDecimal(figure.high, lang, places)}`
    return withUnit(range, unit, lang)
  }
  if (figure.value === null || figure.value === undefined) return '—'
  const words =
    figure.qualifier === undefined ? '' : (QUALIFIER_WORDS[lang][figure.qualifier] ?? '')
  return words + withUnit(formatDecimal(figure.value, lang, places), unit, lang)
}
