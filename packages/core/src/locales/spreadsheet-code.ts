import { isNumberWithZeroDecimals } from '@tiendo/schema/internal'
import { codeNumber } from '../unit-suggestions'

/**
 * Whether a spreadsheet most likely wrote the code `key` as `ref`: as a number with
 * decimals (`58.0`), or without its leading zeros (`8` for `08`). Then a hint says how to
 * stop it, since it happens to every row of the column.
 */
export function spreadsheetWrote(ref: string, key: string | undefined): boolean {
  if (key === undefined || !/^\d+$/.test(key) || codeNumber(ref) !== codeNumber(key)) return false
  return isNumberWithZeroDecimals(ref) || ref.length < key.length
}
