import type { IssueUnion, NoIssueFields, TiendoIssue } from '@tiendo/schema'
import type { FileFormat } from './format'
import type { ReadLimits } from './limits'
import type { NumberLocale } from './numbers/parse-decimal-cell'
import type { JsonExpectation } from './text/json-syntax'

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

/** The typed fields of an issue about a file by name (`file_not_found`, `not_a_file`). */
export interface FileNameFields {
  /** The file's name as given (the same as the location's `file`). */
  readonly fileName: string
}

/** The typed fields of a `file_unreadable` issue. */
export interface FileUnreadableFields extends FileNameFields {
  /** Why: the system's error code (`EACCES`, `EIO`), or its message when it has no code. */
  readonly detail: string
}

/** The typed fields of an `unknown_format` issue. */
export interface UnknownFormatFields extends FileNameFields {
  /** The file's extension in lower case, without the dot (`xls`); `''` when it has none. */
  readonly extension: string
}

/** The typed fields of an `unsupported_encoding` issue. */
export interface UnsupportedEncodingFields {
  /** The `encoding` option as given. */
  readonly encoding: string
}

/** The typed fields of a `binary_file` issue. */
export interface BinaryFileFields {
  /** The format the file was read as (from its extension). */
  readonly format: FileFormat
  /**
   * What its first bytes show: `zip` (a zip archive, perhaps an XLSX workbook), `ole` (an
   * old-style `.xls` workbook) or `nul` (a zero byte, so binary data).
   */
  readonly reason: 'zip' | 'ole' | 'nul'
}

/** The typed fields of a `utf16_file` issue. */
export interface Utf16FileFields {
  /**
   * The UTF-16 its byte-order mark shows: `utf-16le` (bytes `FF FE`, what Windows and Excel
   * write) or `utf-16be` (`FE FF`). The `encoding` option that reads the file.
   */
  readonly encoding: 'utf-16le' | 'utf-16be'
}

/** The typed fields of an `invalid_utf8` issue. */
export interface InvalidUtf8Fields {
  /** The line (1-based) holding the first invalid byte; reading stopped there. */
  readonly line: number
}

/** The typed fields of an `invalid_encoding` issue. */
export interface InvalidEncodingFields extends InvalidUtf8Fields {
  /** The encoding the file was decoded with (its WHATWG name, such as `windows-1258`). */
  readonly encoding: string
}

/** The typed fields of an issue about a file's format (`empty_file`, `sheet_ignored`). */
export interface FileFormatFields {
  /** The format the file was read as. */
  readonly format: FileFormat
}

/** The typed fields of a `ragged_row` issue. */
export interface RaggedRowFields {
  /** The number of columns of the header. */
  readonly expected: number
  /** The number of cells of the row. */
  readonly found: number
  /**
   * A number the row's commas split into cells (`87,5` unquoted), as written, when one
   * number column's cell and the extra ones after it read as one; the issue's column is
   * that number's.
   */
  readonly splitNumber?: string | undefined
  /** With `splitNumber`: the number read with a decimal comma (`87.5`), where it can be one. */
  readonly decimalReading?: string | undefined
  /** With `splitNumber`: the number read with thousands commas (`1250`), where it can be one. */
  readonly thousandsReading?: string | undefined
}

/** The typed fields of an `invalid_csv` issue. */
export interface InvalidCsvFields {
  /** The CSV parser's own description of the problem (English). */
  readonly detail: string
}

/** The typed fields of a `duplicate_column` issue. */
export interface DuplicateColumnFields {
  /** The repeated column name (for JSON, the object's key). */
  readonly columnName: string
  /** The position (1-based) of its first column in the header; absent for a JSON key. */
  readonly first?: number | undefined
  /** The position (1-based) of the repeat in the header; absent for a JSON key. */
  readonly second?: number | undefined
}

/** The typed fields of a `cell_without_header` issue. */
export interface CellWithoutHeaderFields {
  /** The column's position (1-based). */
  readonly position: number
  /** The column's letters in a spreadsheet (`F`); absent for CSV. */
  readonly letters?: string | undefined
}

/** The typed fields of a `missing_column` issue. */
export interface MissingColumnFields {
  /**
   * The required column missing; absent when the first row names no column Tiendo reads (it
   * is not a header), when every required column is missing.
   */
  readonly columnName?: string | undefined
  /** Every required column of the kind of file, in order. */
  readonly required: readonly string[]
  /** The optional columns, given only when the first row is not a header. */
  readonly optional?: readonly string[] | undefined
  /** A column of the header that looks meant for the missing one (`Giá trị` for `value`). */
  readonly lookalike?: string | undefined
  /**
   * XLSX, when the first row is not a header and the sheet was read for being the first: the
   * sheet whose first row is one (the data sheet behind a cover page), to choose instead.
   */
  readonly dataSheet?: string | undefined
  /**
   * CSV and XLSX, when the first row is not a header: a row among the next ones that looks
   * like the header (rows above it, such as a title, to delete). Its number as an editor
   * shows it.
   */
  readonly headerRow?: number | undefined
}

/** The typed fields of a `form_row` issue. */
export interface FormRowFields {
  /**
   * What the row is: `column_numbers`, the row under a printed form's header that numbers
   * its columns (`(1)`, `(2)`, …); `total`, a row that adds up the others (`Tổng cộng`);
   * `signature`, a line of the signing block that ends a report (`Người lập biểu`, `(Ký, ghi
   * rõ họ tên)`, the place and date, the signer's name).
   */
  readonly form: 'column_numbers' | 'total' | 'signature'
  /** What the row holds that tells it: its numbers, its total's word, or its signing line. */
  readonly text: string
}

/** The typed fields of an `unknown_column` issue. */
export interface UnknownColumnFields {
  /** The column (or JSON key) Tiendo does not read. */
  readonly columnName: string
  /** The columns Tiendo reads in this kind of file, in order. */
  readonly known: readonly string[]
  /**
   * A column Tiendo reads that this one looks meant for, by another case or a Vietnamese
   * name (`Ghi chú` for `note`): rename it, and its data is read.
   */
  readonly meant?: string | undefined
  /**
   * What a printed form's column Tiendo needs no column for holds: `row_number` (`STT`),
   * `names` (`Tên đơn vị`, `Tên chỉ tiêu`, beside the codes) or `unit_of_measure` (`Đơn vị
   * tính`, which the pack gives each indicator). Such a column may stay.
   */
  readonly formColumn?: 'row_number' | 'names' | 'unit_of_measure' | undefined
}

/** What a JSON value is: the kinds `not_an_array`, `not_an_object` and `invalid_cell` name. */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null'

/** The typed fields of an `invalid_json` issue. */
export interface InvalidJsonFields {
  /** `json` for a JSON file, `ndjson` for a line of an NDJSON file. */
  readonly format: 'json' | 'ndjson'
  /** The line (1-based) where the text stops being JSON. */
  readonly line: number
  /** The character on that line (1-based, in UTF-16 code units). */
  readonly character: number
  /** What the JSON grammar expected there. */
  readonly expected: JsonExpectation
  /** The character found there (a comment's two, `//` or `/*`); absent at the end of the text. */
  readonly found?: string | undefined
  /** The last character before it that is not a space, where there is one (for the hint). */
  readonly previous?: string | undefined
}

/** The typed fields of a `not_an_array` issue. */
export interface NotAnArrayFields {
  /** What the file's JSON value is instead. */
  readonly found: JsonKind
  /** The key of the object's field that holds an array, when there is one (`observations`). */
  readonly arrayKey?: string | undefined
}

/** The typed fields of a `not_an_object` issue. */
export interface NotAnObjectFields {
  /** What the array element or NDJSON line is instead. */
  readonly found: JsonKind
}

/** The typed fields of an `invalid_cell` issue. */
export interface InvalidCellFields {
  /** The JSON key of the field. */
  readonly columnName: string
  /** What the field holds: `object` or `array`. */
  readonly found: JsonKind
}

/** The typed fields of an XLSX cell's issue (`formula_without_result`, `invalid_date`). */
export interface XlsxCellFields {
  /** The cell's address, such as `D7`. */
  readonly cell: string
}

/** The typed fields of an `invalid_xlsx` issue. */
export interface InvalidXlsxFields {
  /**
   * Why the file is no workbook: `ole` (an old-style `.xls`), `text` (a text file), `other`
   * (not a zip archive), or `corrupt` (a zip archive that does not open as a workbook).
   */
  readonly reason: 'ole' | 'text' | 'other' | 'corrupt'
  /** For `corrupt`, what the workbook reader said (English), where it said something. */
  readonly detail?: string | undefined
}

/** The typed fields of a `sheet_not_found` issue. */
export interface SheetNotFoundFields {
  /** The sheet asked for; absent when none was and no sheet is visible. */
  readonly sheetName?: string | undefined
  /** The workbook's sheets, given when a sheet was asked for. */
  readonly available?: readonly string[] | undefined
}

/** The typed fields of an `empty_sheet` issue. */
export interface EmptySheetFields {
  /** The sheet's name. */
  readonly sheetName: string
}

/** The typed fields of a `cell_error` issue. */
export interface CellErrorFields extends XlsxCellFields {
  /** The error the cell holds (`#DIV/0!`), or a number no decimal can hold (`Infinity`). */
  readonly value: string
}

/** The typed fields of a `percent_format` issue. */
export interface PercentFormatFields extends XlsxCellFields {
  /** The value the cell holds, as a decimal string (`0.875`). */
  readonly value: string
  /** What the cell shows without its `%`: the value × 100 (`87.5`). */
  readonly shown: string
}

/** The typed fields of a `merged_cells` warning. */
export interface MergedCellsFields extends XlsxCellFields {
  /** The address of the merged range's first cell, whose value is used. */
  readonly rangeStart: string
  /** That value as text, where it has one. */
  readonly value?: string | undefined
}

/** The typed fields of a `hidden_rows` warning: rows of the sheet Excel hides are read all the same. */
export interface HiddenRowsFields {
  /** How many rows with data the sheet hides. */
  readonly count: number
  /** The first of them by row number (at most ten), as the sheet numbers its rows. */
  readonly rows: readonly number[]
}

/** The typed fields of a `sheets_not_read` warning: other sheets of data passed over. */
export interface SheetsNotReadFields {
  /** The sheet read: the first visible one. */
  readonly sheetName: string
  /** The other sheets whose first row is a header and that hold rows under it (at most ten). */
  readonly sheets: readonly string[]
  /** How many such sheets there are. */
  readonly count: number
  /** What those sheets hold, by their header: `observation` (figures) or `record` rows. */
  readonly kind: 'observation' | 'record'
  /** What the sheet read holds: those sheets are of another kind when it differs. */
  readonly readAs: 'observation' | 'record'
}

/** The typed fields of a `hidden_columns` warning: columns Tiendo reads that Excel hides. */
export interface HiddenColumnsFields {
  /** The hidden columns' names, as the header gives them (`value`, `note`). */
  readonly columns: readonly string[]
}

/**
 * Why a cell is an `ambiguous_number`: `comma` (`87,5` or `363,558` without a number locale,
 * the comma may be a decimal mark) or `dot_groups` (`363.558` in a file that elsewhere writes
 * a Vietnamese decimal comma).
 */
export type AmbiguousNumberReason = 'comma' | 'dot_groups'

/** The typed fields of an `ambiguous_number` issue. */
export interface AmbiguousNumberFields {
  /** Why it reads two ways. */
  readonly reason: AmbiguousNumberReason
  /** The cell's text. */
  readonly value: string
  /** For `comma`: the number read with a decimal comma (`87.5`). */
  readonly decimalReading?: string | undefined
  /** For `comma`: the number read with a thousands comma (`363558`), where it can be one. */
  readonly thousandsReading?: string | undefined
  /** For `dot_groups`: the number with a decimal comma seen elsewhere in the file. */
  readonly evidence?: string | undefined
  /** For `dot_groups` in a JSON file: where `evidence` is (a JSON Pointer). */
  readonly evidencePath?: string | undefined
  /** For `dot_groups` in a table: the row where `evidence` is. */
  readonly evidenceRow?: number | undefined
}

/** Why a cell is an `invalid_number` (see {@link InvalidNumberFields.reason}). */
export type InvalidNumberReason =
  | 'empty'
  | 'spaces'
  | 'not_finite'
  | 'exponent'
  | 'too_many_digits'
  | 'plus_sign'
  | 'dash'
  | 'brackets'
  | 'percent'
  | 'thousands_commas'
  | 'vietnamese_format'
  | 'dot_decimal'
  | 'bare_mark'
  | 'leading_zeros'
  | 'not_a_number'
  | 'with_words'
  | 'letter_for_digit'
  | 'no_figure'
  | 'date_cell'
  | 'boolean_cell'
  | 'too_large'

/** The typed fields of an `invalid_number` issue. */
export interface InvalidNumberFields {
  /**
   * What is wrong: `empty`, `spaces`, `not_finite` (`NaN`, `#N/A`), `exponent` (`1e5`),
   * `too_many_digits`, `plus_sign`, `dash` (a dash for a minus), `brackets` (`(100)`, an
   * accountant's negative), `percent`,
   * `thousands_commas`, `vietnamese_format` (without the locale), `dot_decimal` (a decimal
   * dot in the `vi` locale), `bare_mark` (`.5`), `leading_zeros`, `not_a_number`,
   * `with_words` (`120 hộ`, a number with its unit of measure), `letter_for_digit` (`8O`,
   * a letter typed for the digit it looks like), `no_figure` (a mark for "no figure": `-`,
   * `N/A`, `không có`);
   * `date_cell` and `boolean_cell` for a spreadsheet cell of that kind; `too_large` for a
   * JSON number that reads as infinity.
   */
  readonly reason: InvalidNumberReason
  /** The cell's text, where the cell was text. */
  readonly value?: string | undefined
  /** How the number locale reads numbers, where the cell was text. */
  readonly numberLocale?: NumberLocale | undefined
  /** The text written as the locale reads it, where there is one (`-12.5`). */
  readonly suggestion?: string | undefined
  /** For `too_many_digits`: the most significant digits a number may have. */
  readonly max?: number | undefined
  /** For `too_large`: the JSON key of the field. */
  readonly columnName?: string | undefined
}

/** The typed fields of an `imprecise_number` issue. */
export interface ImpreciseNumberFields {
  /** The number as read, as a decimal string. */
  readonly value: string
  /** For XLSX: the cell's address (then the issue is a warning). */
  readonly cell?: string | undefined
  /** For JSON: the key of the field. */
  readonly columnName?: string | undefined
  /** For JSON: the number as written, when reading it changed its digits. */
  readonly written?: string | undefined
}

/** The typed fields of each code `@tiendo/io` reports. */
export interface IoIssueFields {
  readonly file_not_found: FileNameFields
  readonly not_a_file: FileNameFields
  readonly file_unreadable: FileUnreadableFields
  readonly unknown_format: UnknownFormatFields
  readonly unsupported_encoding: UnsupportedEncodingFields
  readonly binary_file: BinaryFileFields
  readonly utf16_file: Utf16FileFields
  readonly invalid_utf8: InvalidUtf8Fields
  readonly invalid_encoding: InvalidEncodingFields
  readonly empty_file: FileFormatFields
  readonly limit_exceeded: LimitExceededFields
  readonly too_many_issues: TooManyIssuesFields
  readonly header_only: NoIssueFields
  readonly sep_line: NoIssueFields
  readonly no_rows: NoIssueFields
  readonly semicolon_delimited: NoIssueFields
  readonly tab_delimited: NoIssueFields
  readonly ragged_row: RaggedRowFields
  readonly unclosed_quote: NoIssueFields
  readonly invalid_csv: InvalidCsvFields
  readonly duplicate_column: DuplicateColumnFields
  readonly cell_without_header: CellWithoutHeaderFields
  readonly missing_column: MissingColumnFields
  readonly unknown_column: UnknownColumnFields
  readonly form_row: FormRowFields
  readonly invalid_json: InvalidJsonFields
  readonly not_an_array: NotAnArrayFields
  readonly not_an_object: NotAnObjectFields
  readonly invalid_cell: InvalidCellFields
  readonly invalid_xlsx: InvalidXlsxFields
  readonly sheet_not_found: SheetNotFoundFields
  readonly sheet_ignored: FileFormatFields
  readonly empty_sheet: EmptySheetFields
  readonly formula_without_result: XlsxCellFields
  readonly cell_error: CellErrorFields
  readonly invalid_date: XlsxCellFields
  readonly percent_format: PercentFormatFields
  readonly merged_cells: MergedCellsFields
  readonly hidden_rows: HiddenRowsFields
  readonly hidden_columns: HiddenColumnsFields
  readonly sheets_not_read: SheetsNotReadFields
  readonly ambiguous_number: AmbiguousNumberFields
  readonly invalid_number: InvalidNumberFields
  readonly imprecise_number: ImpreciseNumberFields
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
