/**
 * A number a CSV row's commas split in two: `87,5` written without quotes in a
 * comma-separated file is two cells, `87` and `5`, and the row one cell too long. Which
 * number it was, and how it reads, lets the row's issue say so instead of talking of text.
 */
import { OBSERVATION_SPEC } from '../convert/spec'
import { readDecimalCell } from '../numbers/parse-decimal-cell'

/** A number column a row's commas split, and the readings of its text. @internal */
export interface SplitNumber {
  /** The column the number belongs in (`value`, `low` or `high`). */
  readonly column: string
  /** The number as written, its cells joined by the commas that split it (`87,5`). */
  readonly text: string
  /** The number read with a decimal comma (`87.5`), where it can be one. */
  readonly decimalReading?: string | undefined
  /** The number read with thousands commas (`1250`), where it can be one. */
  readonly thousandsReading?: string | undefined
}

/** At most this many commas in one number (`1,234,567,890`). */
const MAX_SPLITS = 3
const FIRST_PART = /^\s*-?\d+$/
const LATER_PART = /^\d+\s*$/

/**
 * The number column whose cell, joined with the extra cells after it, reads as one number
 * split at its commas; `undefined` when the row is not longer than the header, when no
 * number column or more than one could be the split one, or when the joined text is no
 * number either way. `names` are the header's names by position. @internal
 */
export function splitNumberIn(
  record: readonly string[],
  names: readonly (string | undefined)[],
): SplitNumber | undefined {
  const extra = record.length - names.length
  if (extra < 1 || extra > MAX_SPLITS) return undefined
  let found: SplitNumber | undefined
  for (let index = 0; index < names.length; index++) {
    const column = names[index]
    if (column === undefined || !OBSERVATION_SPEC.decimals.includes(column)) continue
    const parts = record.slice(index, index + extra + 1)
    if (!FIRST_PART.test(parts[0]!) || !parts.slice(1).every((part) => LATER_PART.test(part))) {
      continue
    }
    const readings = readingsOf(parts.join(',').trim())
    if (readings === undefined) continue
    // Two number columns that could each be the split one: which it was is a guess.
    if (found !== undefined) return undefined
    found = { column, ...readings }
  }
  return found
}

function readingsOf(
  text: string,
): Pick<SplitNumber, 'text' | 'decimalReading' | 'thousandsReading'> | undefined {
  const reading = readDecimalCell(text, 'default')
  if (reading.ok) return undefined
  if (reading.code === 'ambiguous_number') {
    const { decimalReading, thousandsReading } = reading.fields
    return { text, decimalReading, thousandsReading }
  }
  if (reading.fields.reason === 'thousands_commas') {
    return { text, thousandsReading: reading.fields.suggestion }
  }
  return undefined
}
