import { isNumberWithZeroDecimals } from '@tiendo/schema/internal'
import { codeNumber } from '../unit-suggestions'

/**
 * Whether a spreadsheet most likely wrote the code `key` as `ref`: as a number with
 * decimals (`58.0`), or without its leading zeros (`8` for `08`). Then a hint says how to
 * stop it, since it happens to every row of the column. A key naming the unit's start
 * (`03127@2025-07-01`, a code reused across the 2025 reorganisation) is its code.
 */
export function spreadsheetWrote(ref: string, key: string | undefined): boolean {
  const code = key?.split('@')[0]
  if (code === undefined || !/^\d+$/.test(code) || codeNumber(ref) !== codeNumber(code)) {
    return false
  }
  return isNumberWithZeroDecimals(ref) || ref.length < code.length
}
