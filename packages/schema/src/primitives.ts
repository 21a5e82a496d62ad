import { Decimal } from 'decimal.js'
import { z } from 'zod'
import { parsePeriod } from './period'

/**
 * The patterns of the string formats, by the code their error messages are keyed on
 * (zod reports a failed `.regex` with its pattern, so messages find the code from it).
 */
export const PATTERNS = {
  id_syntax: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  param_name_syntax: /^[a-z][a-zA-Z0-9]*(?:_[a-z0-9]+)*$/,
  pack_id_syntax: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
  unit_code_syntax: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
  unit_ref_syntax: /^[A-Za-z0-9][A-Za-z0-9_.-]*(?:@\d{4}-\d{2}-\d{2})?$/,
  decimal_syntax: /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/,
  semver_syntax:
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
  fact_path_syntax: /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*){1,16}$/,
  operator_syntax: /^[A-Za-z][A-Za-z0-9]*$/,
  /** The shape of a period; `parsePeriod` then checks months, quarters, years and order. */
  period_syntax: /^\d{4}(?:-(?:\d{2}|Q\d|H\d))?(?:\/\d{4}(?:-(?:\d{2}|Q\d|H\d))?)?$/,
} as const

/** The code of a string format, found from the pattern zod reports. */
export function patternCode(pattern: string | RegExp): keyof typeof PATTERNS | undefined {
  const source = typeof pattern === 'string' ? pattern : pattern.source
  for (const [code, regex] of Object.entries(PATTERNS)) {
    if (regex.source === source || String(regex) === source) return code as keyof typeof PATTERNS
  }
  return undefined
}

/**
 * Names that would reach an object's prototype if used as keys. Ids, codes and keys are
 * used as map keys downstream, so none of them may take these names.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Refuses the reserved names, but only for text of the right shape: text of the wrong
 * shape is reported once, by its pattern.
 */
function isNotReserved(pattern: RegExp, name: (text: string) => string = (text) => text) {
  return (text: string) => !pattern.test(text) || !RESERVED_KEYS.has(name(text))
}

/** A snake_case identifier: indicators, unit kinds, record kinds, rule and target ids. */
export const IdSchema = z
  .string()
  .regex(PATTERNS.id_syntax, {
    message: 'Expected a snake_case id such as `household_fibre_rate`',
  })
  .max(80)
  .refine(isNotReserved(PATTERNS.id_syntax), { params: { tiendo: 'id_reserved' } })

/**
 * The name of a template parameter: a snake_case id (`record`) or a camelCase option name
 * (`partialYear`), as a pack's other options are written.
 */
export const ParamNameSchema = z
  .string()
  .regex(PATTERNS.param_name_syntax, {
    message: 'Expected a parameter name such as `record` or `partialYear`',
  })
  .max(80)
  .refine(isNotReserved(PATTERNS.param_name_syntax), { params: { tiendo: 'id_reserved' } })

/** A pack id in kebab-case: `vn-national`, `ninh-thuan`. */
export const PackIdSchema = z
  .string()
  .regex(PATTERNS.pack_id_syntax, {
    message: 'Expected a kebab-case pack id such as `ninh-thuan`',
  })
  .max(80)
  .refine(isNotReserved(PATTERNS.pack_id_syntax), { params: { tiendo: 'id_reserved' } })

/** A unit code as its pack gives it: `58`, `VN`, `58.STTTT`. */
export const UnitCodeSchema = z
  .string()
  .regex(PATTERNS.unit_code_syntax, {
    message: 'Expected a unit code such as `58` or `VN`',
  })
  .max(64)
  .refine(isNotReserved(PATTERNS.unit_code_syntax), { params: { tiendo: 'id_reserved' } })

/** An ISO calendar date `YYYY-MM-DD` that exists. */
export const IsoDateSchema = z.iso.date()

/**
 * A reference to a unit: its code, resolved to the unit valid in the period at hand, or
 * `code@YYYY-MM-DD` naming the unit whose validity starts that day (`56@2025-07-01`).
 */
export const UnitRefSchema = z
  .string()
  .regex(PATTERNS.unit_ref_syntax, {
    message: 'Expected a unit code such as `58`, or `code@YYYY-MM-DD`',
  })
  .max(80)
  .refine(
    isNotReserved(PATTERNS.unit_ref_syntax, (ref) => ref.split('@')[0] ?? ''),
    { params: { tiendo: 'id_reserved' } },
  )

/** Most significant digits a decimal may carry; beyond this it is not a measurement. */
export const MAX_DECIMAL_DIGITS = 40

/** An exact decimal written as a string: `-12.5`, `0.3048`, `363558`. No exponent, no separators. */
export const DecimalStringSchema = z
  .string()
  .regex(PATTERNS.decimal_syntax, {
    message: 'Expected a decimal number written with `.` and no thousands separators',
  })
  .refine(
    // Only well-formed text is counted: anything else was reported by the pattern.
    (text) =>
      !PATTERNS.decimal_syntax.test(text) ||
      text.replace(/[-.]/g, '').replace(/^0+/, '').length <= MAX_DECIMAL_DIGITS,
    {
      params: { tiendo: 'decimal_digits' },
      message: `A decimal may have at most ${MAX_DECIMAL_DIGITS} digits`,
    },
  )

/**
 * A decimal in a pack: a decimal string, or a finite JSON number (read back by its
 * shortest text, so `0.1` stays `0.1`).
 */
export const DecimalInputSchema = z.union([
  DecimalStringSchema,
  z.number().refine(Number.isFinite, {
    params: { tiendo: 'decimal_syntax' },
  }),
])

/**
 * A period string; see {@link parsePeriod} for the grammar. The pattern gives editors the
 * shape through the JSON Schema; `parsePeriod` checks the rest.
 */
export const PeriodSchema = z
  .string()
  .regex(PATTERNS.period_syntax, {
    message: 'Expected a period such as `2024`, `2024-Q3`, `2024-09` or `2024-01/2024-09`',
  })
  .superRefine((text, ctx) => {
    // A string of the wrong shape was reported by the pattern already.
    if (!PATTERNS.period_syntax.test(text)) return
    const result = parsePeriod(text)
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `Not a period: \`${text}\` (${result.error.code})`,
        params: { tiendo: result.error.code, detail: result.error.detail },
      })
    }
  })

/** Text in Vietnamese and English. */
export const LocalizedTextSchema = z.strictObject({
  vi: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
})

/** A name, always in Vietnamese, with an English form where one exists. */
export const NameSchema = z.strictObject({
  vi: z.string().min(1).max(500),
  en: z.string().min(1).max(500).optional(),
})

/** A semantic version `1.2.3`, optionally with a pre-release. */
export const SemverSchema = z.string().regex(PATTERNS.semver_syntax, {
  message: 'Expected a semantic version such as `1.0.0`',
})

/** The methodology profiles Tiendo implements (see docs/methodology.md). */
export const MethodologyProfileSchema = z.enum(['eurostat', 'opensdg', 'escap', 'destatis'])

/**
 * Converts a decimal input to a `Decimal`. Numbers go through their shortest text, so
 * `0.1` stays `0.1`. Throws on text that is not a number; use it on parsed values only.
 */
export function toDecimal(value: string | number): Decimal {
  return new Decimal(typeof value === 'number' ? String(value) : value)
}

/**
 * A decimal input as a `Decimal`, or `undefined` when it is missing or not a valid
 * {@link DecimalInputSchema} value. Cross-field checks use it because zod runs an object's
 * refinements even when one of its fields already failed, and a refinement must never throw.
 * @internal
 */
export function decimalOrUndefined(value: unknown): Decimal | undefined {
  if (typeof value === 'string' && !DecimalStringSchema.safeParse(value).success) return undefined
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  return toDecimal(value)
}

/**
 * A `z.record` that refuses a `__proto__` key instead of dropping it: zod skips that key
 * silently, and Tiendo never silently drops data. Other reserved names are refused by the
 * key schema (ids refuse `constructor` and `prototype`). @internal
 */
export function safeRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  keySchema: K,
  valueSchema: V,
) {
  return z.preprocess(
    (input, ctx) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
        ctx.addIssue({
          code: 'custom',
          path: ['__proto__'],
          params: { tiendo: 'key_reserved' },
          message: 'The key `__proto__` is reserved',
          input,
        })
        return z.NEVER
      }
      return input
    },
    z.record(keySchema, valueSchema),
  )
}

export type DecimalString = z.infer<typeof DecimalStringSchema>
export type DecimalInput = z.infer<typeof DecimalInputSchema>
export type LocalizedText = z.infer<typeof LocalizedTextSchema>
export type Name = z.infer<typeof NameSchema>
export type MethodologyProfile = z.infer<typeof MethodologyProfileSchema>
