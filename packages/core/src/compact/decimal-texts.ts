/**
 * Decimal numbers as they were written, one per row, held as scaled integers (`87.53` is
 * 8753 with two decimals) when the text can be written back exactly from them, else as the
 * text itself; a `Decimal` is made only when arithmetic asks for one, and equal values share
 * it. Nothing is lost: the text given is always the text given back. @internal
 */

import type { Decimal } from 'decimal.js'
import { Exact, toDecimalString } from '../decimal'

/** Scale codes besides 0…15 decimals. */
const ABSENT = -1
const AS_TEXT = -2

/** At most 14 digits, so `mantissa × 16 + scale` stays an exact double (a cache key). */
const MAX_DIGITS = 14

/** Decimals kept shared: a national dataset repeats a few thousand values. */
const MAX_SHARED = 65_536

/** @internal */
export class DecimalTexts {
  private mantissas: Float64Array
  private scales: Int8Array
  private count = 0
  /** Rows whose text is kept as written. */
  private readonly texts = new Map<number, string>()
  private readonly shared = new Map<number | string, Decimal>()
  /** Plain texts of scaled values, by `mantissa × 16 + scale` with no trailing zero. */
  private readonly plainTexts = new Map<number, string>()

  constructor(capacity = 1024) {
    this.mantissas = new Float64Array(Math.max(16, capacity))
    this.scales = new Int8Array(Math.max(16, capacity))
  }

  get length(): number {
    return this.count
  }

  /** Adds a value (`undefined` for none); returns its row. */
  push(text: string | undefined): number {
    if (this.count === this.scales.length) this.grow()
    const row = this.count++
    if (text === undefined) {
      this.scales[row] = ABSENT
      return row
    }
    const scaled = scaledOf(text)
    if (scaled === undefined) {
      this.scales[row] = AS_TEXT
      this.texts.set(row, text)
    } else {
      this.mantissas[row] = scaled.mantissa
      this.scales[row] = scaled.scale
    }
    return row
  }

  /** The text as written, or `undefined`. */
  text(row: number): string | undefined {
    const scale = this.scales[row]!
    if (scale === ABSENT) return undefined
    if (scale === AS_TEXT) return this.texts.get(row)
    return textOf(this.mantissas[row]!, scale)
  }

  /**
   * The value's plain decimal text as `toDecimalString` writes it (`12.50` is `12.5`, `1e3` is
   * `1000`), or `undefined`: from the scaled integer when there is one, with no decimal made.
   */
  plainText(row: number): string | undefined {
    let scale = this.scales[row]!
    if (scale === ABSENT) return undefined
    if (scale === AS_TEXT) return toDecimalString(this.decimal(row)!)
    let mantissa = this.mantissas[row]!
    while (scale > 0 && mantissa % 10 === 0) {
      mantissa /= 10
      scale--
    }
    // Equal values share one text: each series' texts are hashed by the assessment's memo
    // of decimals and written again by the report, and a text made anew is hashed anew.
    const key = mantissa * 16 + scale
    let text = this.plainTexts.get(key)
    if (text === undefined) {
      text = textOf(mantissa, scale)
      if (this.plainTexts.size < MAX_SHARED) this.plainTexts.set(key, text)
    }
    return text
  }

  /** The value as an exact decimal (shared between equal texts), or `undefined`. */
  decimal(row: number): Decimal | undefined {
    const scale = this.scales[row]!
    if (scale === ABSENT) return undefined
    const key = scale === AS_TEXT ? this.texts.get(row)! : this.mantissas[row]! * 16 + scale
    let decimal = this.shared.get(key)
    if (decimal === undefined) {
      decimal = new Exact(scale === AS_TEXT ? (key as string) : textOf(this.mantissas[row]!, scale))
      if (this.shared.size < MAX_SHARED && (typeof key === 'number' || key.length <= 64)) {
        this.shared.set(key, decimal)
      }
    }
    return decimal
  }

  /** The decimal of a text written elsewhere (a range's ends), shared as values are. */
  decimalOf(text: string): Decimal {
    let decimal = this.shared.get(text)
    if (decimal === undefined) {
      decimal = new Exact(text)
      if (this.shared.size < MAX_SHARED && text.length <= 64) this.shared.set(text, decimal)
    }
    return decimal
  }

  /** Gives back the room kept for rows not added yet. */
  trim(): void {
    const size = Math.max(16, this.count)
    if (this.scales.length <= size) return
    this.mantissas = this.mantissas.slice(0, size)
    this.scales = this.scales.slice(0, size)
  }

  private grow(): void {
    const mantissas = new Float64Array(this.mantissas.length * 2)
    mantissas.set(this.mantissas)
    this.mantissas = mantissas
    const scales = new Int8Array(this.scales.length * 2)
    scales.set(this.scales)
    this.scales = scales
  }
}

/**
 * The scaled integer of a text, when writing it back gives the same text: at most 14 digits,
 * an optional `-`, a `.` between digits, no leading zero but a lone one before the point, and
 * no negative zero (a number cannot keep its sign). Read a character at a time: every value
 * read or derived passes here, and slicing and rejoining the text cost more than the rest.
 */
function scaledOf(text: string): { mantissa: number; scale: number } | undefined {
  const length = text.length
  if (length === 0 || length > MAX_DIGITS + 2) return undefined
  const negative = text.charCodeAt(0) === MINUS
  let mantissa = 0
  let digits = 0
  // Digits after the point, or -1 before it.
  let scale = -1
  for (let i = negative ? 1 : 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === POINT) {
      if (scale !== -1 || digits === 0) return undefined
      scale = 0
      continue
    }
    const digit = code - ZERO
    if (digit < 0 || digit > 9) return undefined
    // A zero may only stand alone before the point (`0`, `0.5`), never lead (`07`).
    if (digits === 1 && mantissa === 0 && scale === -1) return undefined
    // Exact: at most 14 digits stay far below 2^53.
    mantissa = mantissa * 10 + digit
    digits++
    if (scale !== -1) scale++
  }
  if (digits === 0 || scale === 0 || digits > MAX_DIGITS) return undefined
  if (negative && mantissa === 0) return undefined
  return { mantissa: negative ? -mantissa : mantissa, scale: scale === -1 ? 0 : scale }
}

const MINUS = 45
const POINT = 46
const ZERO = 48

/** `8753`, 2 → `87.53`; `5`, 2 → `0.05`; `-5`, 1 → `-0.5`. */
function textOf(mantissa: number, scale: number): string {
  const negative = mantissa < 0
  let digits = String(negative ? -mantissa : mantissa)
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`
  }
  return negative ? `-${digits}` : digits
}
