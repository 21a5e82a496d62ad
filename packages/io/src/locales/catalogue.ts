import type { IssueMessages } from '@tiendo/schema'
import type { IoIssueFields } from '../issue-fields'

/** One language's messages for some of io's codes: one concern's part of a catalogue. */
export type IoMessages<Code extends keyof IoIssueFields> = IssueMessages<Pick<IoIssueFields, Code>>

/** The codes about a file as a whole: finding it, opening it, decoding its text. */
export type FileCode =
  | 'file_not_found'
  | 'not_a_file'
  | 'file_unreadable'
  | 'unknown_format'
  | 'unsupported_encoding'
  | 'binary_file'
  | 'utf16_file'
  | 'invalid_utf8'
  | 'invalid_encoding'
  | 'empty_file'

/** The codes about reading limits. */
export type LimitCode = 'limit_exceeded' | 'too_many_issues'

/** The codes about a table's layout: its header, its columns, CSV syntax. */
export type TableCode =
  | 'header_only'
  | 'sep_line'
  | 'no_rows'
  | 'semicolon_delimited'
  | 'tab_delimited'
  | 'ragged_row'
  | 'unclosed_quote'
  | 'invalid_csv'
  | 'duplicate_column'
  | 'cell_without_header'
  | 'missing_column'
  | 'unknown_column'
  | 'form_row'

/** The codes about JSON and NDJSON syntax and shape. */
export type JsonCode = 'invalid_json' | 'not_an_array' | 'not_an_object' | 'invalid_cell'

/** The codes about XLSX workbooks, sheets and cells. */
export type XlsxCode =
  | 'invalid_xlsx'
  | 'sheet_not_found'
  | 'sheet_ignored'
  | 'empty_sheet'
  | 'formula_without_result'
  | 'cell_error'
  | 'invalid_date'
  | 'percent_format'
  | 'merged_cells'
  | 'hidden_rows'
  | 'hidden_columns'
  | 'sheets_not_read'

/** The codes about numbers in cells. */
export type NumberCode = 'ambiguous_number' | 'invalid_number' | 'imprecise_number'
