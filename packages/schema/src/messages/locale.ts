import type { z } from 'zod'
import { suggestDate } from '../date-suggestion'
import { suggestDecimal } from '../decimal-suggestion'
import { suggestMeasure } from '../measures'
import { isNumberWithZeroDecimals, suggestPeriod } from '../period-suggestion'
import { suggestUnitRef, type UnitRefSuggestion } from '../unit-ref-suggestion'
import { suggestValue } from '../value-suggestion'
import type { TiendoCode } from './codes'

/** One issue made ready for wording: what a locale needs to say what and where. @internal */
export interface IssueContext {
  /** The stable code reported with the issue. */
  readonly code: string
  /** The zod issue, after unions and record keys are resolved to the issue that matters. */
  readonly issue: z.core.$ZodIssue
  /** The field in human form (`indicators[3].bounds.max`); `''` is the whole document. */
  readonly field: string
  /** The JSON type of the value found (`string`, `number`, `missing`…), when known. */
  readonly received: ReceivedType | undefined
  /** The value found, when the caller passed the input or zod reported it. */
  readonly value: { readonly known: true; readonly value: unknown } | { readonly known: false }
  /** Set when the issue is about a key of the object at `field` rather than a value. */
  readonly key?: string | undefined
}

/** JSON's types as messages name them, plus `missing` for an absent field. */
export type ReceivedType =
  | 'missing'
  | 'null'
  | 'string'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object'
  | 'other'

/** What a locale says about one issue. @internal */
export interface MessageParts {
  readonly message: string
  readonly hint: string
}

/** A language's wording of every issue: one entry per Tiendo code, and the zod kinds. @internal */
export interface IssueLocale {
  readonly codes: { readonly [C in TiendoCode]: (context: IssueContext) => MessageParts }
  readonly generic: (context: IssueContext) => MessageParts
  /** How a location, a severity and the hint are introduced in a one-line summary. */
  readonly words: {
    readonly row: string
    readonly column: string
    readonly sheet: string
    readonly hint: string
    readonly severity: { readonly error: string; readonly warning: string; readonly info: string }
  }
}

/** Longest stretch of a user's value quoted in a message. */
const MAX_SHOWN = 60

/**
 * Quotes a value found in the input for a message: strings as JSON text (which escapes
 * control characters a hostile file might aim at a terminal), cut short when long. @internal
 */
export function show(value: unknown): string {
  // Objects and lists are named, not printed: they may be huge, and the path says where.
  if (Array.isArray(value)) return '[…]'
  if (value !== null && typeof value === 'object') return '{…}'
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text
}

/**
 * The decimal a text found most likely stands for (`80` for `80%`), for a `decimal_syntax`
 * issue's hint and its `suggestion`. @internal
 */
export function decimalSuggestionOf(context: IssueContext): string | undefined {
  const { value } = context
  if (!value.known || typeof value.value !== 'string') return undefined
  return context.code === 'decimal_syntax' ? suggestDecimal(value.value) : undefined
}

/**
 * The period the text found most likely stands for (`2024` for `2024.0`), for a
 * `period_syntax` issue's hint and its `suggestion`; `asNumber` when a spreadsheet wrote the
 * text as a number with decimals, the cause a hint names. @internal
 */
export function periodSuggestionOf(
  context: IssueContext,
): { readonly period: string; readonly asNumber: boolean } | undefined {
  const { value } = context
  if (!value.known || typeof value.value !== 'string') return undefined
  const period = suggestPeriod(value.value)
  return period === undefined
    ? undefined
    : { period, asNumber: isNumberWithZeroDecimals(value.value) }
}

/**
 * The `YYYY-MM-DD` date a text found most likely stands for (`2024-03-15` for
 * `15/03/2024`), for a date's `invalid_format` issue's hint and its `suggestion`. @internal
 */
export function dateSuggestionOf(context: IssueContext): string | undefined {
  const { value, issue } = context
  if (!value.known || typeof value.value !== 'string') return undefined
  if (issue.code !== 'invalid_format' || issue.format !== 'date') return undefined
  return suggestDate(value.value)
}

/**
 * The allowed value a text found most likely stands for (`completed` for `hoàn thành` or
 * `Completed`), for an `invalid_value` issue's hint and its `suggestion`. @internal
 */
export function valueSuggestionOf(context: IssueContext): string | undefined {
  const { value, issue } = context
  if (!value.known || typeof value.value !== 'string' || issue.code !== 'invalid_value') {
    return undefined
  }
  return suggestValue(value.value, issue.values)
}

/** An indicator's unit of measure in a pack: `indicators[3].unit`. */
const MEASURE_FIELD = /^indicators\[\d+\]\.unit$/

/** Whether an issue is about an indicator's unit of measure, whose hint lists the units. @internal */
export function isMeasureField(context: IssueContext): boolean {
  return MEASURE_FIELD.test(context.field)
}

/**
 * The unit of measure an indicator's `unit` found most likely stands for (`percent` for
 * `%`, `vnd_billion` for `tỷ đồng`), for `id_syntax`'s hint and its `suggestion`. @internal
 */
export function measureSuggestionOf(context: IssueContext): string | undefined {
  const { value } = context
  if (!isMeasureField(context) || !value.known || typeof value.value !== 'string') return undefined
  return suggestMeasure(value.value)
}

/**
 * The unit reference a text found most likely stands for, when only its form is off
 * (`" 58"`: a cell typed with a space; `68@1/7/2025`: the day written as Vietnamese write
 * dates), for `unit_ref_syntax`'s hint and its `suggestion`. @internal
 */
export function unitRefSuggestionOf(context: IssueContext): UnitRefSuggestion | undefined {
  const { value } = context
  if (!value.known || typeof value.value !== 'string') return undefined
  return suggestUnitRef(value.value)
}

/** The `params` of a custom issue, or an empty object. @internal */
export function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> {
  return issue.code === 'custom' && issue.params ? issue.params : {}
}

/**
 * The text of zod's own locale for an issue, used for the rarer kinds Tiendo does not word
 * itself. Zod's locales are error maps; this calls one directly, so zod's global
 * configuration is never touched. @internal
 */
export function zodLocaleText(
  locale: () => { localeError: z.core.$ZodErrorMap },
  issue: z.core.$ZodIssue,
): string | undefined {
  const result = locale().localeError(issue as unknown as z.core.$ZodRawIssue)
  if (typeof result === 'string') return result
  return result?.message
}

/**
 * A JSON number found where text belongs, written as the text to put there (`"2030"`), when
 * the number as parsed still shows every digit it was written with (15 significant digits
 * or fewer, no exponent); else `undefined`.
 */
function quotedNumberOf(context: IssueContext): string | undefined {
  const { value } = context
  if (!value.known || typeof value.value !== 'number' || !Number.isFinite(value.value)) {
    return undefined
  }
  const text = String(value.value)
  if (/e/i.test(text) || text.replace(/^-|\./g, '').replace(/^0+/, '').length > 15) return undefined
  return `"${text}"`
}

/**
 * The number found, quoted as code (`` `"2030"` ``), or an example after `instead` (the
 * language's "such as") when it cannot be shown as written. @internal
 */
export function quotedNumber(context: IssueContext, instead: string): string {
  const quoted = quotedNumberOf(context)
  return quoted === undefined ? `${instead} \`"87.5"\`` : `\`${quoted}\``
}
