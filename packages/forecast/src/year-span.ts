/**
 * Spans of years, shared by value: a country's series have a few (nine years elapsed, five
 * to go), and each of its 19,000 assessments held two decimals of its own for them.
 * Decimals are immutable, so one serves every assessment. @internal
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'

const spans = new Map<string, Decimal>()

/** Bounded: spans are whole or half years in practice; odd ones are simply not shared. */
const MAX_SPANS = 1024

/** The decimal `from` to `to` in years, shared with every equal span before it. */
export function yearSpan(from: Decimal, to: Decimal): Decimal {
  const span = to.minus(from)
  // Only Tiendo's own decimals: one of another precision must keep computing at its own.
  if (span.constructor !== Exact) return span
  const key = span.toFixed()
  const shared = spans.get(key)
  if (shared !== undefined) return shared
  if (spans.size < MAX_SPANS) spans.set(key, span)
  return span
}
