import { toDecimal } from '@tiendo/schema'

/**
 * A pack's decimal as exact text (`87.5`), whether the pack wrote it as a string or a JSON
 * number; `undefined` for none. @internal
 */
export function decimalText(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined
  return typeof value === 'string' ? value : toDecimal(value).toFixed()
}
