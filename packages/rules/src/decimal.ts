import { Exact } from '@tiendo/core'
import { PATTERNS } from '@tiendo/schema'
import { Decimal } from 'decimal.js'

/**
 * The decimal type the rules package computes with: core's `Exact` (40 significant digits,
 * half to even), so facts and core's figures share one arithmetic.
 * @internal
 */
export const RulesDecimal = Exact

/**
 * Reads a value as an exact decimal, or `undefined` when it is not one. Accepts a `Decimal`,
 * a decimal string as the schema writes it (`-12.5`, no exponent), or a finite number (read by its shortest text, so `0.1` stays 0.1). Never
 * throws: operators compare whatever a fact or a pack hands them.
 * @internal
 */
export function readDecimal(value: unknown): Decimal | undefined {
  if (value instanceof Decimal) return value.isFinite() ? value : undefined
  if (typeof value === 'string') {
    return value.length <= 100 && PATTERNS.decimal_syntax.test(value)
      ? new RulesDecimal(value)
      : undefined
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new RulesDecimal(String(value)) : undefined
  }
  // Decimals from another copy of decimal.js (a user's own) are still decimals.
  if (Decimal.isDecimal(value)) {
    const other = value as Decimal
    return other.isFinite() ? new RulesDecimal(other.toString()) : undefined
  }
  return undefined
}

/** Whether a value reads as a decimal (see {@link readDecimal}). @internal */
export function isDecimalLike(value: unknown): boolean {
  return readDecimal(value) !== undefined
}

/** The plain text of a decimal, never in exponent notation. @internal */
export function decimalText(value: Decimal): string {
  return value.toFixed()
}
