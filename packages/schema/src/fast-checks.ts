/**
 * The checks the hand-written fast paths (`row-fast-path.ts`, `pack-fast-path.ts`) make for
 * the schemas' primitives: each says only what its schema would accept, with the lengths
 * read from the schema itself. @internal
 */
import { IdSchema, PATTERNS, RESERVED_KEYS, UnitCodeSchema, UnitRefSchema } from './primitives'

/** A string schema's `max` (none: no bound). */
export function maxLength(schema: { readonly maxLength: number | null }): number {
  return schema.maxLength ?? Number.POSITIVE_INFINITY
}

/** A text within a string schema's `min` and `max`. */
export function fitsLength(
  text: unknown,
  schema: { readonly minLength: number | null; readonly maxLength: number | null },
): text is string {
  return (
    typeof text === 'string' &&
    text.length >= (schema.minLength ?? 0) &&
    text.length <= maxLength(schema)
  )
}

/** An object made by `{}` or `JSON.parse` (or with no prototype), not an array or a class's. */
export function isPlainObject(input: unknown): input is object {
  if (typeof input !== 'object' || input === null) return false
  const proto = Object.getPrototypeOf(input)
  return proto === Object.prototype || proto === null
}

const MAX_ID = maxLength(IdSchema)
const MAX_UNIT_CODE = maxLength(UnitCodeSchema)
const MAX_UNIT_REF = maxLength(UnitRefSchema)

/** `IdSchema`: snake_case, within its length, not a reserved name. */
export function isId(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    text.length <= MAX_ID &&
    PATTERNS.id_syntax.test(text) &&
    !RESERVED_KEYS.has(text)
  )
}

/** `UnitCodeSchema`: a code such as `58` or `58.STTTT`, within its length, not reserved. */
export function isUnitCode(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    text.length <= MAX_UNIT_CODE &&
    PATTERNS.unit_code_syntax.test(text) &&
    !RESERVED_KEYS.has(text)
  )
}

/** `UnitRefSchema`: a code, maybe `@YYYY-MM-DD`, within its length, the code not reserved. */
export function isUnitRef(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > MAX_UNIT_REF) return false
  if (!PATTERNS.unit_ref_syntax.test(text)) return false
  const at = text.indexOf('@')
  return !RESERVED_KEYS.has(at === -1 ? text : text.slice(0, at))
}
