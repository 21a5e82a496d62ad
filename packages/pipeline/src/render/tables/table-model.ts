/**
 * The report's tables as data, once: the Word document's appendices and the Excel workbook
 * are both drawn from them, so the two never disagree. A number keeps its exact decimal
 * (for the spreadsheet) beside the text people read (for the document). @internal
 */

import type { Language } from '@tiendo/schema'
import { Decimal } from 'decimal.js'
import { formatNumber, formatRate, withUnit } from '../format'

/** A cell: text, a number, a rate (a fraction shown as a percentage), or empty. */
export type TableCell =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'number' | 'rate'
      /** The exact decimal (a rate as a fraction: `0.0206…` is 2,06%). */
      readonly value: string
      /** The value as the report shows it, in the report's language. */
      readonly text: string
      /** Decimal places shown. */
      readonly places: number
    }
  | null

/** A column: its id, its header in the report's language, its width in characters. */
export interface TableColumn {
  readonly id: string
  readonly header: string
  readonly width: number
}

/** One of the report's tables. */
export interface ReportTable {
  /** `targets`, `trends`, `figures`, `rules`, `issues`, `derived` or `withheld`. */
  readonly id: string
  readonly title: string
  readonly columns: readonly TableColumn[]
  readonly rows: readonly (readonly TableCell[])[]
}

/** A text cell; empty text is an empty cell. */
export function textCell(text: string | null | undefined): TableCell {
  return text === undefined || text === null || text === '' ? null : { kind: 'text', text }
}

const PLAIN = /^-?\d+(\.\d+)?$/

/** Decimal places of a plain decimal's text (`14.02` → 2). */
function placesOf(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/** How a number cell is rounded for the eye (the spreadsheet keeps every digit). */
export interface NumberShape {
  /** Round to these decimal places (half to even). Defaults to showing the value as given. */
  readonly places?: number | undefined
  /** Round to these significant digits (derived values). */
  readonly significant?: number | undefined
  /** The indicator's unit (`percent`, `vnd_billion`…), written after the number. */
  readonly unit?: string | undefined
}

/**
 * A number cell: `value` kept exact, `text` as the report shows it in `lang`. Anything that
 * is not a plain decimal becomes text (it cannot be summed, so it must not pretend to be a
 * number).
 */
export function numberCell(
  value: string | Decimal | null | undefined,
  lang: Language,
  shape: NumberShape = {},
): TableCell {
  if (value === null || value === undefined) return null
  const exact = typeof value === 'string' ? value : value.toFixed()
  if (!PLAIN.test(exact)) return textCell(exact)
  let shown = new Decimal(exact)
  if (shape.places !== undefined)
    shown = shown.toDecimalPlaces(shape.places, Decimal.ROUND_HALF_EVEN)
  if (shape.significant !== undefined) shown = shown.toSignificantDigits(shape.significant)
  const plain =
    shape.places === undefined && shape.significant === undefined ? exact : shown.toFixed()
  const number = formatNumber(plain, lang)
  const text = shape.unit === undefined ? number : withUnit(number, shape.unit, lang)
  return { kind: 'number', value: exact, text, places: placesOf(plain) }
}

/** A rate cell: a fraction, shown as a percentage with `places` decimals (`2,06%`). */
export function rateCell(
  fraction: Decimal | null | undefined,
  lang: Language,
  places = 2,
): TableCell {
  if (fraction === null || fraction === undefined) return null
  const shown = new Decimal(fraction).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN)
  return {
    kind: 'rate',
    value: new Decimal(fraction).toFixed(),
    text: formatRate(new Decimal(fraction), lang, places),
    places: placesOf(shown.toFixed()),
  }
}

/** A cell's text as the document shows it (`''` when empty). */
export function cellText(cell: TableCell): string {
  return cell === null ? '' : cell.text
}
