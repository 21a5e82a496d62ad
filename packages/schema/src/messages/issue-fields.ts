/**
 * The typed fields of the issues `toTiendoIssues` makes: where in the document (`field`),
 * what was found, and what zod expected — the data its messages are worded from, so that a
 * program reads fields, never prose.
 */

import {
  dateSuggestionOf,
  decimalSuggestionOf,
  type IssueContext,
  measureSuggestionOf,
  periodSuggestionOf,
  type ReceivedType,
  unitRefSuggestionOf,
  valueSuggestionOf,
} from './locale'

/** A value found in the input, as a field carries it: scalars only (a list or an object is named by `received`). */
export type FoundValue = string | number | boolean | null

/** The fields every schema issue carries. */
export interface SchemaIssueBaseFields {
  /** The field in human form (`indicators[3].bounds.max`, `value`); `''` is the whole document. */
  readonly field: string
  /** The JSON type of what was found (`string`, `number`, `missing`…), when known. */
  readonly received?: ReceivedType | undefined
  /** What was found, when known and a scalar. */
  readonly found?: FoundValue | undefined
}

/** `invalid_type`: another type was expected. */
export interface InvalidTypeFields extends SchemaIssueBaseFields {
  /** The type expected, as zod names it (`string`, `number`, `object`, `array`…). */
  readonly expected: string
}

/** `invalid_value`: one of a list of values was expected. */
export interface InvalidValueFields extends SchemaIssueBaseFields {
  /** The values allowed. */
  readonly values: readonly FoundValue[]
  /**
   * The allowed value the text most likely stands for: the same in another case or with
   * spaces (`In progress`), its Vietnamese word (`hoàn thành` for `completed`), or its sign
   * (`≥` for `gte` or `at_least`).
   */
  readonly suggestion?: string | undefined
}

/** `too_big`: a number, a text's length or a list's size over its maximum. */
export interface TooBigFields extends SchemaIssueBaseFields {
  /** What is measured: `number`, `string` (its length), `array` (its size)… */
  readonly origin: string
  readonly maximum: number
  /** Whether the maximum itself is allowed. */
  readonly inclusive: boolean
}

/** `too_small`: a number, a text's length or a list's size under its minimum. */
export interface TooSmallFields extends SchemaIssueBaseFields {
  /** What is measured: `number`, `string` (its length), `array` (its size)… */
  readonly origin: string
  readonly minimum: number
  /** Whether the minimum itself is allowed. */
  readonly inclusive: boolean
}

/** `invalid_format`: text not of a format zod checks (a date, an email…). */
export interface InvalidFormatFields extends SchemaIssueBaseFields {
  /** The format expected, as zod names it (`date`, `email`, `regex`…). */
  readonly format: string
  /**
   * A date's: the `YYYY-MM-DD` date the text most likely stands for (`2024-03-15` for
   * `15/03/2024`, day first as Vietnamese write it), when it names a day that exists.
   */
  readonly suggestion?: string | undefined
}

/** `not_multiple_of`: a number not a multiple of the divisor. */
export interface NotMultipleOfFields extends SchemaIssueBaseFields {
  readonly divisor: number
}

/** `unrecognized_keys`: a key the object does not have (one issue a key). */
export interface UnrecognizedKeyFields extends SchemaIssueBaseFields {
  /** The key not recognised. */
  readonly key: string
}

/** `decimal_syntax`: text that is not a decimal Tiendo reads. */
export interface DecimalSyntaxFields extends SchemaIssueBaseFields {
  /** The decimal the text most likely stands for (`80` for `80%`), when there is one. */
  readonly suggestion?: string | undefined
}

/** `period_syntax`: text that is not a period. */
export interface PeriodSyntaxFields extends SchemaIssueBaseFields {
  /** The period the text most likely stands for (`2024` for `2024.0`), when there is one. */
  readonly suggestion?: string | undefined
}

/** `id_syntax`: text that is not a snake_case id. */
export interface IdSyntaxFields extends SchemaIssueBaseFields {
  /**
   * An indicator's unit of measure: the id the text most likely stands for (`percent` for
   * `%`, `vnd_billion` for `tỷ đồng`), when there is one.
   */
  readonly suggestion?: string | undefined
}

/** `unit_ref_syntax`: text that is not a unit reference. */
export interface UnitRefSyntaxFields extends SchemaIssueBaseFields {
  /**
   * The reference the text most likely stands for, when only its form is off: `58` for
   * `" 58 "`, `68@2025-07-01` for `68@1/7/2025` (day first, as Vietnamese write dates).
   */
  readonly suggestion?: string | undefined
}

/** `condition_depth`: conditions nested too deep. */
export interface ConditionDepthFields extends SchemaIssueBaseFields {
  /** The deepest nesting allowed. */
  readonly maximum: number
}

/** `unit_validity_overlap`: two units with one code valid on the same days. */
export interface UnitValidityOverlapFields extends SchemaIssueBaseFields {
  /** The index in `units` of the earlier unit with the same code. */
  readonly otherIndex: number
}

/** What the base fields say, for the registry's reference. */
export const BASE_FIELD_DESCRIPTIONS: { readonly [K in keyof SchemaIssueBaseFields]-?: string } = {
  field:
    'The field in human form (`indicators[3].bounds.max`, `value`); empty for the whole document.',
  received: 'The JSON type found (`string`, `number`, `missing`…), when known.',
  found: 'The value found, when known and a scalar.',
}

/** The typed fields of an issue, from what its wording is made of. @internal */
export function schemaIssueFields(
  context: IssueContext,
  path: readonly PropertyKey[],
): SchemaIssueBaseFields {
  const { issue } = context
  const fields: Record<string, unknown> = { field: context.field }
  if (context.received !== undefined) fields.received = context.received
  if (context.value.known && isFound(context.value.value)) fields.found = context.value.value
  switch (context.code) {
    case 'invalid_type':
      if (issue.code === 'invalid_type') fields.expected = issue.expected
      break
    case 'invalid_value': {
      if (issue.code === 'invalid_value') fields.values = issue.values.filter(isFound)
      const suggestion = valueSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion
      break
    }
    case 'too_big':
    case 'too_small':
      if (issue.code === 'too_big' || issue.code === 'too_small') {
        fields.origin = issue.origin
        const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum
        fields[issue.code === 'too_big' ? 'maximum' : 'minimum'] = Number(limit)
        fields.inclusive = issue.inclusive ?? true
      }
      break
    case 'invalid_format': {
      if (issue.code === 'invalid_format') fields.format = issue.format
      const suggestion = dateSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion
      break
    }
    case 'not_multiple_of':
      if (issue.code === 'not_multiple_of') fields.divisor = Number(issue.divisor)
      break
    case 'unrecognized_keys':
      // One issue a key, at the key's own path.
      fields.key = String(path.at(-1))
      break
    case 'decimal_syntax': {
      const suggestion = decimalSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion
      break
    }
    case 'period_syntax': {
      const suggestion = periodSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion.period
      break
    }
    case 'id_syntax': {
      const suggestion = measureSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion
      break
    }
    case 'unit_ref_syntax': {
      const suggestion = unitRefSuggestionOf(context)
      if (suggestion !== undefined) fields.suggestion = suggestion.ref
      break
    }
    case 'condition_depth':
      if (issue.code === 'custom') fields.maximum = Number(issue.params?.maximum)
      break
    case 'unit_validity_overlap':
      if (issue.code === 'custom') fields.otherIndex = Number(issue.params?.other)
      break
  }
  return fields as unknown as SchemaIssueBaseFields
}

function isFound(value: unknown): value is FoundValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}
