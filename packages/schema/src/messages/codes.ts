import type { IssueCodeSpec, IssueRegistry } from '../issues/issue-registry'
import type { PATTERNS } from '../primitives'
import type {
  ConditionDepthFields,
  DecimalSyntaxFields,
  IdSyntaxFields,
  InvalidFormatFields,
  InvalidTypeFields,
  InvalidValueFields,
  NotMultipleOfFields,
  PeriodSyntaxFields,
  SchemaIssueBaseFields,
  TooBigFields,
  TooSmallFields,
  UnitRefSyntaxFields,
  UnitValidityOverlapFields,
  UnrecognizedKeyFields,
} from './issue-fields'
import { BASE_FIELD_DESCRIPTIONS } from './issue-fields'

/**
 * The codes of the checks Tiendo adds to zod's own, raised as `params: { tiendo: CODE }` on a
 * custom issue, or found from the pattern of a failed `.regex` (see `patternCode`).
 * Codes are stable: tools and translations key on them.
 */
export const TIENDO_CODES = [
  // String formats (failed `.regex` checks).
  'id_syntax',
  'param_name_syntax',
  'pack_id_syntax',
  'unit_code_syntax',
  'unit_ref_syntax',
  'decimal_syntax',
  'semver_syntax',
  'fact_path_syntax',
  'operator_syntax',
  // Identifiers and keys.
  'id_reserved',
  'key_reserved',
  'duplicate_id',
  'unit_validity_overlap',
  // Numbers and periods.
  'decimal_digits',
  'period_syntax',
  'period_month_range',
  'period_quarter_range',
  'period_half_range',
  'period_year_range',
  'period_span_order',
  // Cross-field checks.
  'bounds_order',
  'share_range',
  'coverage_range',
  'tolerance_range',
  'parity_band',
  'goldilocks_direction',
  'validity_order',
  'range_needs_low',
  'range_needs_high',
  'range_order',
  'value_outside_range',
  'value_required',
  'low_without_range',
  'high_without_range',
  'target_scope',
  'between_needs_upper',
  'upper_without_between',
  'base_year_order',
  'share_sum',
  'scope_order',
  'scope_conflict',
  'condition_depth',
] as const

/** A code of a check Tiendo adds to zod's. */
export type TiendoCode = (typeof TIENDO_CODES)[number]

/** A zod issue kind reported under its own name when no Tiendo code applies. */
export type ZodIssueKind =
  | 'invalid_type'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_value'
  | 'custom'

/** The zod issue kinds reported under their own name when no Tiendo code applies. */
const ZOD_ISSUE_KINDS: readonly ZodIssueKind[] = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
]

/**
 * The typed fields of each schema code: every issue says where (`field`) and, when known,
 * what was found (`received`, `found`); zod's kinds add what was expected.
 */
export type SchemaIssueFields = {
  readonly [Code in TiendoCode | ZodIssueKind]: Code extends keyof SchemaIssueSpecificFields
    ? SchemaIssueSpecificFields[Code]
    : SchemaIssueBaseFields
}

/** The schema codes whose fields go beyond {@link SchemaIssueBaseFields}, with those fields. */
export interface SchemaIssueSpecificFields {
  readonly invalid_type: InvalidTypeFields
  readonly invalid_value: InvalidValueFields
  readonly too_big: TooBigFields
  readonly too_small: TooSmallFields
  readonly invalid_format: InvalidFormatFields
  readonly not_multiple_of: NotMultipleOfFields
  readonly unrecognized_keys: UnrecognizedKeyFields
  readonly id_syntax: IdSyntaxFields
  readonly decimal_syntax: DecimalSyntaxFields
  readonly period_syntax: PeriodSyntaxFields
  readonly unit_ref_syntax: UnitRefSyntaxFields
  readonly condition_depth: ConditionDepthFields
  readonly unit_validity_overlap: UnitValidityOverlapFields
}

/** What each code adds to the base fields, described. */
const SPECIFIC_FIELDS: {
  readonly [Code in keyof SchemaIssueSpecificFields]: {
    readonly [Field in Exclude<
      keyof SchemaIssueSpecificFields[Code],
      keyof SchemaIssueBaseFields
    >]-?: string
  }
} = {
  invalid_type: { expected: 'The type expected, as zod names it (`string`, `number`, `object`…).' },
  invalid_value: {
    values: 'The values allowed.',
    suggestion:
      'The allowed value the text most likely stands for (`in_progress` for `In progress`, `completed` for `hoàn thành`, `gte` for `≥`), when there is one.',
  },
  too_big: {
    origin: 'What is measured: `number`, `string` (its length), `array` (its size)…',
    maximum: 'The largest allowed.',
    inclusive: 'Whether the maximum itself is allowed.',
  },
  too_small: {
    origin: 'What is measured: `number`, `string` (its length), `array` (its size)…',
    minimum: 'The smallest allowed.',
    inclusive: 'Whether the minimum itself is allowed.',
  },
  invalid_format: {
    format: 'The format expected, as zod names it (`date`, `regex`…).',
    suggestion:
      'A date’s: the `YYYY-MM-DD` date the text most likely stands for (`2024-03-15` for `15/03/2024`, day first), when that day exists.',
  },
  not_multiple_of: { divisor: 'The number the value must be a multiple of.' },
  unrecognized_keys: { key: 'The key not recognised (one issue a key).' },
  decimal_syntax: {
    suggestion:
      'The decimal the text most likely stands for (`80` for `80%`, `0.5` for `.5`), when there is one; commas are never guessed at.',
  },
  period_syntax: {
    suggestion:
      'The period the text most likely stands for (`2024` for `2024.0`, `2024-Q3` for `Q3-2024`), when there is one.',
  },
  id_syntax: {
    suggestion:
      'An indicator’s unit of measure: the id the text most likely stands for (`percent` for `%`, `vnd_billion` for `tỷ đồng`), when there is one.',
  },
  unit_ref_syntax: {
    suggestion:
      'The unit reference the text most likely stands for, when only its form is off (`58` for ` 58 `, `68@2025-07-01` for `68@1/7/2025`, day first).',
  },
  condition_depth: { maximum: 'The deepest nesting allowed.' },
  unit_validity_overlap: {
    otherIndex: 'The index in `units` of the earlier unit with the same code.',
  },
}

function specOf(code: TiendoCode | ZodIssueKind): IssueCodeSpec {
  const specific = (SPECIFIC_FIELDS as Record<string, Record<string, string>>)[code] ?? {}
  return { severity: 'error', fields: { ...BASE_FIELD_DESCRIPTIONS, ...specific } }
}

/**
 * The registry of the codes `@tiendo/schema` reports (Tiendo's own and zod's kinds), in the
 * shape every package's registry has: all are errors.
 */
export const SCHEMA_ISSUE_CODES: IssueRegistry<SchemaIssueFields> = Object.fromEntries(
  [...TIENDO_CODES, ...ZOD_ISSUE_KINDS].map((code) => [code, specOf(code)]),
) as unknown as IssueRegistry<SchemaIssueFields>

const CODE_SET: ReadonlySet<string> = new Set(TIENDO_CODES)

/** Whether a string is one of Tiendo's codes. */
export function isTiendoCode(code: unknown): code is TiendoCode {
  return typeof code === 'string' && CODE_SET.has(code)
}

// Compile-time check that every string-format pattern has a code of its own.
type MissingPatternCodes = Exclude<keyof typeof PATTERNS, TiendoCode>
const _everyPatternHasACode: MissingPatternCodes extends never ? true : never = true
void _everyPatternHasACode
