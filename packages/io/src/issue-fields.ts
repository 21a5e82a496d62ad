import type { IssueUnion, NoIssueFields, TiendoIssue } from '@tiendo/schema'
import type { ReadLimits } from './limits'

/**
 * What went over a reading limit: the file's size, a workbook's unzipped size, the number of
 * data rows, of header columns, of an object's fields, a cell's length, or a CSV record's.
 */
export type LimitMeasure =
  | 'file_bytes'
  | 'unzipped_bytes'
  | 'rows'
  | 'header_columns'
  | 'object_fields'
  | 'cell_chars'
  | 'record_chars'

/** The typed fields of a `limit_exceeded` issue. */
export interface LimitExceededFields {
  /** The `ReadLimits` ceiling reached. */
  readonly limit: keyof ReadLimits
  /** The ceiling passed: the limit's value (for a CSV record, `maxCellChars × maxColumns`). */
  readonly max: number
  /** What went over it. */
  readonly measure: LimitMeasure
  /** How much was found, where known. */
  readonly found?: number | undefined
  /** `true` when `found` is only what was read before stopping (the file is larger). */
  readonly foundAtLeast?: boolean | undefined
  /**
   * Reading stopped (the file or the rest of it was not read: `maxFileBytes`,
   * `maxInMemoryBytes`, `maxRows`, `maxColumns`, a CSV record longer than
   * `maxCellChars × maxColumns`), as against one row refused (a cell over `maxCellChars`).
   */
  readonly stoppedReading: boolean
}

/** The typed fields of a `too_many_issues` warning. */
export interface TooManyIssuesFields {
  /** The `maxIssues` cap: how many issues are listed; later ones are only counted. */
  readonly max: number
}

/** The typed fields of each code `@tiendo/io` reports. */
export interface IoIssueFields {
  readonly file_not_found: NoIssueFields
  readonly not_a_file: NoIssueFields
  readonly file_unreadable: NoIssueFields
  readonly unknown_format: NoIssueFields
  readonly unsupported_encoding: NoIssueFields
  readonly binary_file: NoIssueFields
  readonly utf16_file: NoIssueFields
  readonly invalid_utf8: NoIssueFields
  readonly invalid_encoding: NoIssueFields
  readonly empty_file: NoIssueFields
  readonly limit_exceeded: LimitExceededFields
  readonly too_many_issues: TooManyIssuesFields
  readonly header_only: NoIssueFields
  readonly no_rows: NoIssueFields
  readonly semicolon_delimited: NoIssueFields
  readonly tab_delimited: NoIssueFields
  readonly ragged_row: NoIssueFields
  readonly unclosed_quote: NoIssueFields
  readonly invalid_csv: NoIssueFields
  readonly duplicate_column: NoIssueFields
  readonly cell_without_header: NoIssueFields
  readonly missing_column: NoIssueFields
  readonly unknown_column: NoIssueFields
  readonly invalid_json: NoIssueFields
  readonly not_an_array: NoIssueFields
  readonly not_an_object: NoIssueFields
  readonly invalid_cell: NoIssueFields
  readonly invalid_xlsx: NoIssueFields
  readonly sheet_not_found: NoIssueFields
  readonly sheet_ignored: NoIssueFields
  readonly empty_sheet: NoIssueFields
  readonly formula_without_result: NoIssueFields
  readonly cell_error: NoIssueFields
  readonly invalid_date: NoIssueFields
  readonly percent_format: NoIssueFields
  readonly merged_cells: NoIssueFields
  readonly ambiguous_number: NoIssueFields
  readonly invalid_number: NoIssueFields
  readonly imprecise_number: NoIssueFields
}

/**
 * An issue `@tiendo/io` reports, as a union keyed on `code`: narrowing on `code` gives the
 * code's typed fields.
 */
export type IoIssue = IssueUnion<IoIssueFields>

/**
 * Whether an issue has a given code of `@tiendo/io`, narrowing it to that code's typed fields.
 *
 * @example
 * if (isIoIssue(issue, 'limit_exceeded') && issue.stoppedReading) console.warn(issue.limit)
 */
export function isIoIssue<Code extends keyof IoIssueFields & string>(
  issue: TiendoIssue,
  code: Code,
): issue is Extract<IoIssue, { code: Code }> {
  return issue.code === code
}
