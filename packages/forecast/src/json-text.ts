/**
 * The JSON text of a value whose decimals JSON carries as strings, written in one pass:
 * `JSON.stringify(decimalsToStrings(value))` byte for byte, with no copy of the value made
 * (a national report writes 19,000 assessments, and their copies were garbage at once).
 */

import { toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'

/** Whether a value is a `Decimal`, as `decimalsToStrings` tells one. @internal */
export function isDecimalValue(value: unknown): value is Decimal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Decimal).toFixed === 'function' &&
    typeof (value as Decimal).isFinite === 'function'
  )
}

/** Keys quoted once: an assessment's few dozen keys recur in every one. */
const quotedKeys = new Map<string, string>()

/** Enough for every key of every assessment; others are quoted each time. */
const MAX_QUOTED_KEYS = 1024

function quoted(key: string): string {
  let text = quotedKeys.get(key)
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, text)
  }
  return text
}

/**
 * `JSON.stringify(decimalsToStrings(value))`: every `Decimal` its plain decimal string, own
 * enumerable keys in their order, `undefined` (and functions) left out of objects and `null`
 * in arrays, as `JSON.stringify` writes them. A value with no JSON text (`undefined` itself)
 * gives `undefined`. @internal
 */
export function jsonTextOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object':
      break
    case 'bigint':
      // As JSON.stringify does: a bigint has no JSON form.
      return JSON.stringify(value)
    default:
      return undefined
  }
  if (value === null) return 'null'
  // A plain decimal's text has nothing to escape.
  if (isDecimalValue(value)) return `"${toDecimalString(value)}"`
  if (Array.isArray(value)) {
    let text = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ','
      text += jsonTextOf(value[i]) ?? 'null'
    }
    return `${text}]`
  }
  let text = '{'
  let first = true
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const item = jsonTextOf((value as Record<string, unknown>)[key])
    if (item === undefined) continue
    text += first ? quoted(key) + item : `,${quoted(key)}${item}`
    first = false
  }
  return `${text}}`
}
