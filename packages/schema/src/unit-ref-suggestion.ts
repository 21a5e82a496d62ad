/**
 * The unit reference a clerk most likely meant by text that is one only in its form: a code
 * typed with spaces around it, or `code@day` with the day written as Vietnamese write dates.
 * Only ever offered in a hint — data is never changed.
 */

import { suggestDate } from './date-suggestion'
import { IsoDateSchema, PATTERNS } from './primitives'

/**
 * A reference meant, and what was off in the one written: spaces around the whole
 * (`" 58 "`), spaces around the `@` (`68 @ 2025-07-01`), or the day's form (`68@1/7/2025`,
 * `68@2025-7-1`).
 */
export type UnitRefSuggestion =
  | { readonly ref: string; readonly slip: 'spaces_around' | 'spaces' }
  /** `day`: the `YYYY-MM-DD` day read, for the hint to spell out (`1/7/2025` is 1 July). */
  | { readonly ref: string; readonly slip: 'day_form'; readonly day: string }

/** Text longer than this is no mistyped reference. */
const MAX_LENGTH = 128

/**
 * The reference `text` most likely stands for, or `undefined` when it is none: a code
 * that is not one, or a day that does not exist. @internal
 */
export function suggestUnitRef(text: string): UnitRefSuggestion | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const trimmed = text.trim()
  if (trimmed !== text && PATTERNS.unit_ref_syntax.test(trimmed)) {
    return { ref: trimmed, slip: 'spaces_around' }
  }
  const at = trimmed.indexOf('@')
  if (at === -1) return undefined
  const code = trimmed.slice(0, at).trim()
  const written = trimmed.slice(at + 1).trim()
  if (!PATTERNS.unit_code_syntax.test(code)) return undefined
  const isIso = /^\d{4}-\d{2}-\d{2}$/.test(written) && IsoDateSchema.safeParse(written).success
  const day = isIso ? written : suggestDate(written)
  if (day === undefined) return undefined
  const ref = `${code}@${day}`
  if (ref === text) return undefined
  return day === written ? { ref, slip: 'spaces' } : { ref, slip: 'day_form', day }
}
