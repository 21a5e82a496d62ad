/**
 * Every issue code `@tiendo/io` reports, with what it means. Codes are stable: tools and
 * translations key on them. Problems inside a row that its schema finds (a bad period, an
 * id that is not snake_case…) carry `@tiendo/schema`'s codes (`TIENDO_CODES`) instead.
 */
export const IO_ISSUE_CODES = {
  // The file as a whole.
  file_not_found: 'The file does not exist.',
  not_a_file: 'The path is a folder.',
  file_unreadable: 'The file exists but cannot be read (permissions, I/O error).',
  unknown_format:
    'The extension names no format Tiendo reads (.csv, .ndjson, .jsonl, .json, .xlsx).',
  unsupported_encoding: 'The `encoding` option is not a WHATWG encoding label.',
  binary_file: 'A text format holds binary data: a zip (XLSX), an old .xls, or zero bytes.',
  utf16_file: 'A text file is UTF-16 rather than UTF-8.',
  invalid_utf8: 'Bytes that are not UTF-8; reading stops at that line.',
  invalid_encoding: 'Bytes not valid in the stated encoding; reading stops at that line.',
  empty_file: 'The file has no content (for CSV: not even a header).',
  limit_exceeded: 'A `ReadLimits` ceiling was reached; the issue names it and how to raise it.',
  too_many_issues: 'Warning: more issues than `maxIssues`; later ones are only counted.',
  // Tables: CSV and XLSX headers and rows.
  header_only: 'Info: a header and no data rows. A valid submission with 0 rows.',
  no_rows: 'Info: a JSON array or NDJSON file with no objects. A valid submission with 0 rows.',
  semicolon_delimited: 'A CSV file separated by `;` (Excel under Vietnamese regional settings).',
  tab_delimited: 'A CSV file separated by tabs.',
  ragged_row: 'A CSV row with more or fewer cells than the header has columns.',
  unclosed_quote: 'A CSV quote opened in the record starting on that line never closes.',
  invalid_csv: 'Other CSV syntax the parser cannot read.',
  duplicate_column: 'A column name (or JSON key, after NFC) appears twice; the first is read.',
  cell_without_header: 'A column without a name holds data, which is not read.',
  missing_column: 'A required column is missing; the file’s rows are not converted.',
  unknown_column: 'Warning: a column or key Tiendo does not read; its data is ignored.',
  // JSON and NDJSON.
  invalid_json: 'JSON syntax error, located by line and character.',
  not_an_array: 'A JSON file that is not an array.',
  not_an_object: 'An array element or NDJSON line that is not an object.',
  invalid_cell: 'A JSON field holding an object or an array.',
  // XLSX.
  invalid_xlsx: 'Not a readable XLSX workbook (not a zip, an old .xls, corrupt).',
  sheet_not_found: 'The requested sheet does not exist, or no sheet is visible.',
  sheet_ignored: 'Warning: a sheet was named for a file that has no sheets.',
  empty_sheet: 'The sheet holds no value at all.',
  formula_without_result: 'A formula whose result the file does not store.',
  cell_error: 'A cell holding an error such as `#DIV/0!`.',
  invalid_date: 'A date cell that is not a valid date.',
  percent_format: 'A number shown as a percentage: which of 0.875 and 87.5 is meant is unclear.',
  merged_cells: 'Warning: a merged cell; the value of its range’s first cell is used.',
  // Numbers.
  ambiguous_number: 'A number that reads two ways (`87,5`, `363,558`) without a number locale.',
  invalid_number: 'Text that is not a decimal number (spaces, `1e5`, `NaN`, `%`, separators…).',
  imprecise_number:
    'More than 15 significant digits in a binary number: an error for JSON, a warning for XLSX.',
} as const

/** A code `@tiendo/io` reports. */
export type IoIssueCode = keyof typeof IO_ISSUE_CODES

/**
 * The codes that mean a file could not be read at all (the CLI's exit code 2: "the command
 * could not run"), as opposed to data that was read and found wrong: a missing or unreadable
 * file, and garbage — binary data, UTF-16, a corrupt workbook — where no row can be read.
 */
export const CANNOT_READ_CODES: ReadonlySet<IoIssueCode> = new Set<IoIssueCode>([
  'file_not_found',
  'not_a_file',
  'file_unreadable',
  'unknown_format',
  'unsupported_encoding',
  'sheet_not_found',
  'binary_file',
  'utf16_file',
  'invalid_xlsx',
])
