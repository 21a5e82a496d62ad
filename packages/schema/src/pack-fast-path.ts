import type { z } from 'zod'
import { fitsLength, isId, isPlainObject, isUnitCode, isUnitRef } from './fast-checks'
import { type Pack, PackSchema, unitClashes } from './pack'
import { type Unit, UnitSchema } from './unit'

/**
 * `PackSchema.safeParse`, faster for a pack listing thousands of units: a national pack lists
 * every commune, and loading one validated it three times (the file, the merged pack, the
 * compiled one) at about 20 µs a unit before zod had warmed up. Units of the common shape are
 * checked by hand, the rest of the pack (and any other unit) by the schema itself.
 *
 * The result is always the schema's: a unit checked by hand is built as the schema builds it,
 * and whenever anything is wrong the whole pack is given to `PackSchema.safeParse`, so issues
 * are worded and ordered by the schema alone. Differential tests (`pack-fast-path.test.ts`)
 * hold it to the schema. @internal
 */
export function safeParsePack(input: unknown): z.ZodSafeParseResult<Pack> {
  const data = fastParsePack(input)
  return data === undefined ? PackSchema.safeParse(input) : { success: true, data }
}

// Fields, lengths and patterns are read from the schemas, so the two cannot drift apart.
const PACK_KEYS = Object.keys(PackSchema.shape) as (keyof Pack)[]
const UNIT_FIELDS = UnitSchema.shape
const UNIT_KEYS: ReadonlySet<string> = new Set(Object.keys(UNIT_FIELDS))
const NAME_FIELDS = UNIT_FIELDS.name.shape
const NAME_KEYS: ReadonlySet<string> = new Set(Object.keys(NAME_FIELDS))
const MAX_UNITS = maxItems(PackSchema.shape.units.unwrap())
const ISO_DATE: RegExp =
  (UNIT_FIELDS.validFrom.unwrap().def as { pattern?: RegExp }).pattern ?? /^$/
const NAME_VI = NAME_FIELDS.vi
const NAME_EN = NAME_FIELDS.en.unwrap()
const LEGAL_BASIS = UNIT_FIELDS.legalBasis.unwrap()
/** The longest attribute text: the string member of the attribute values' union. */
const MAX_ATTRIBUTE_TEXT = attributeTextMax()

function fastParsePack(input: unknown): Pack | undefined {
  if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length > 0) return undefined
  const { units, ...rest } = input as Record<string, unknown>
  if (!Array.isArray(units) || units.length > MAX_UNITS) return undefined
  const parsedUnits: Unit[] = new Array(units.length)
  for (let i = 0; i < units.length; i++) {
    const unit = fastParseUnit(units[i]) ?? schemaUnit(units[i])
    if (unit === undefined) return undefined
    parsedUnits[i] = unit
  }
  const parsed = PackSchema.safeParse(rest)
  if (!parsed.success || unitClashes(parsedUnits).length > 0) return undefined
  // The schema's output: its keys in the order of its shape.
  const data: Record<string, unknown> = {}
  for (const key of PACK_KEYS) {
    if (key === 'units') data.units = parsedUnits
    else if (key in parsed.data) data[key] = parsed.data[key]
  }
  return data as Pack
}

/** A unit the schema accepts, or `undefined`. */
function schemaUnit(input: unknown): Unit | undefined {
  const parsed = UnitSchema.safeParse(input)
  return parsed.success ? parsed.data : undefined
}

/**
 * The unit `UnitSchema.safeParse(input)` returns as `data` when it surely accepts `input` (a
 * unit without `successors`, whose shares are the schema's to add up), or `undefined`.
 * @internal
 */
export function fastParseUnit(input: unknown): Unit | undefined {
  if (!isPlainObject(input)) return undefined
  // `for…in`, as zod walks the keys it does not know; a key given as `undefined` is kept by
  // the schema, so such a unit is left to it.
  for (const key in input) {
    if (!UNIT_KEYS.has(key) || (input as Record<string, unknown>)[key] === undefined) {
      return undefined
    }
  }
  const { code, name, kind, parent, validFrom, validTo, successors, legalBasis, attributes } =
    input as Record<string, unknown>
  if (successors !== undefined) return undefined
  if (!isUnitCode(code) || !isId(kind)) return undefined
  const parsedName = fastParseName(name)
  if (parsedName === undefined) return undefined
  if (parent !== undefined && !isUnitRef(parent)) return undefined
  if (validFrom !== undefined && !isDate(validFrom)) return undefined
  if (validTo !== undefined && !isDate(validTo)) return undefined
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) return undefined
  if (legalBasis !== undefined && !fitsLength(legalBasis, LEGAL_BASIS)) return undefined
  const parsedAttributes = attributes === undefined ? undefined : fastParseAttributes(attributes)
  if (attributes !== undefined && parsedAttributes === undefined) return undefined
  // The schema's output: the fields given, in the order of its shape.
  const data: { -readonly [K in keyof Unit]: Unit[K] } = { code, name: parsedName, kind }
  if (parent !== undefined) data.parent = parent as string
  if (validFrom !== undefined) data.validFrom = validFrom as string
  if (validTo !== undefined) data.validTo = validTo as string
  if (legalBasis !== undefined) data.legalBasis = legalBasis as string
  if (parsedAttributes !== undefined) data.attributes = parsedAttributes
  return data as Unit
}

/** `NameSchema`: Vietnamese, and maybe English, each within its lengths. */
function fastParseName(input: unknown): Unit['name'] | undefined {
  if (!isPlainObject(input)) return undefined
  for (const key in input) {
    if (!NAME_KEYS.has(key) || (input as Record<string, unknown>)[key] === undefined) {
      return undefined
    }
  }
  const { vi, en } = input as Record<string, unknown>
  if (!fitsLength(vi, NAME_VI)) return undefined
  if (en === undefined) return { vi }
  return fitsLength(en, NAME_EN) ? { vi, en } : undefined
}

/**
 * The attributes' record: snake_case keys, values a text of at most 2,000 characters, a
 * finite number or a boolean. Built as `z.record` builds it: the keys in their order.
 */
function fastParseAttributes(input: unknown): Unit['attributes'] | undefined {
  if (MAX_ATTRIBUTE_TEXT < 0) return undefined
  if (!isPlainObject(input) || Object.getPrototypeOf(input) === null) return undefined
  const data: Record<string, string | number | boolean> = {}
  // Own keys only, as `z.record` reads them; a symbol key is the schema's to judge.
  if (Object.getOwnPropertySymbols(input).length > 0) return undefined
  for (const key of Object.getOwnPropertyNames(input)) {
    const value = (input as Record<string, unknown>)[key]
    if (!isId(key)) return undefined
    if (typeof value === 'string') {
      if (value.length > MAX_ATTRIBUTE_TEXT) return undefined
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return undefined
    } else if (typeof value !== 'boolean') {
      return undefined
    }
    data[key] = value
  }
  return data
}

/** `IsoDateSchema`: a day that exists, by the schema's own pattern. */
function isDate(text: unknown): text is string {
  return typeof text === 'string' && ISO_DATE.test(text)
}

/**
 * The `max` of the texts `attributes` takes (`safeRecord`: a preprocess piped into a record of
 * a union). Should the schema change shape, -1: no attribute is then taken by hand.
 */
function attributeTextMax(): number {
  const record = (UNIT_FIELDS.attributes.unwrap().def as { out?: z.ZodType }).out
  const values = (record?.def as { valueType?: z.ZodType } | undefined)?.valueType
  const options = (values?.def as { options?: readonly z.ZodType[] } | undefined)?.options
  const text = options?.find((option) => option.def.type === 'string') as
    | { maxLength: number | null }
    | undefined
  const others = options?.filter((option) => option.def.type !== 'string').map((o) => o.def.type)
  const expected = others?.length === 2 && others.includes('number') && others.includes('boolean')
  return expected && typeof text?.maxLength === 'number' ? text.maxLength : -1
}

/** An array schema's `max`. */
function maxItems(schema: { readonly def: { readonly checks?: readonly unknown[] } }): number {
  for (const check of schema.def.checks ?? []) {
    const def = (check as { _zod?: { def?: { check?: string; maximum?: number } } })._zod?.def
    if (def?.check === 'max_length' && typeof def.maximum === 'number') return def.maximum
  }
  return Number.POSITIVE_INFINITY
}
