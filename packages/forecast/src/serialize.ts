/**
 * JSON form of assessments: every `Decimal` becomes its plain decimal string (never
 * exponent notation), everything else is kept as is. `JSON.stringify(serializeAssessment(a))`
 * is what `--format json` prints.
 */

import { toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import type { Assessment } from './types'

/** `T` with every `Decimal` replaced by a string. */
export type DecimalsAsStrings<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? DecimalsAsStrings<U>[]
    : T extends (...args: never[]) => unknown
      ? never
      : T extends object
        ? { -readonly [K in keyof T]: DecimalsAsStrings<T[K]> }
        : T

/** An assessment as JSON carries it: decimals as strings. */
export type AssessmentJson = DecimalsAsStrings<Assessment>

function isDecimal(value: unknown): value is Decimal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Decimal).toFixed === 'function' &&
    typeof (value as Decimal).isFinite === 'function'
  )
}

/** Replaces every `Decimal` in a value (deeply) by its plain decimal string. */
export function decimalsToStrings<T>(value: T): DecimalsAsStrings<T> {
  if (isDecimal(value)) return toDecimalString(value) as DecimalsAsStrings<T>
  if (Array.isArray(value)) return value.map(decimalsToStrings) as DecimalsAsStrings<T>
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = decimalsToStrings(item)
    }
    return out as DecimalsAsStrings<T>
  }
  return value as DecimalsAsStrings<T>
}

/** The JSON form of an assessment (decimals as strings, absent fields left out). */
export function serializeAssessment(assessment: Assessment): AssessmentJson {
  return decimalsToStrings(assessment)
}
