import type { IssueRegistry } from '@tiendo/schema'
import type { IoIssueFields } from './issue-fields'

/** What each field of a `limit_exceeded` issue holds. */
const LIMIT_EXCEEDED_FIELDS = {
  limit:
    'The `ReadLimits` ceiling reached: `maxFileBytes`, `maxInMemoryBytes`, `maxRows`, `maxColumns` or `maxCellChars`.',
  max: 'The ceiling passed: the limit’s value (for a CSV record, `maxCellChars × maxColumns`).',
  measure:
    'What went over it: `file_bytes`, `unzipped_bytes`, `rows`, `header_columns`, `object_fields`, `cell_chars` or `record_chars`.',
  found: 'How much was found, where known.',
  foundAtLeast: '`true` when `found` is only what was read before stopping (the file is larger).',
  stoppedReading:
    'Whether reading stopped (the file, or the rest of it, was not read) rather than one row being refused.',
}

/** What the field of an issue about a file by name holds. */
const FILE_NAME = { fileName: 'The file’s name as given (the same as the location’s `file`).' }

const CELL = 'The cell’s address, such as `D7`.'

/** What each field of an `invalid_number` issue holds. */
const INVALID_NUMBER_FIELDS = {
  reason:
    'What is wrong: `empty`, `spaces`, `not_finite`, `exponent`, `too_many_digits`, `plus_sign`, `dash`, `brackets` (`(100)`, an accountant’s negative), `percent`, `thousands_commas`, `vietnamese_format`, `dot_decimal`, `bare_mark`, `leading_zeros`, `not_a_number`, `with_words` (`120 hộ`, a number with its unit of measure), `letter_for_digit` (`8O`, a letter typed for the digit it looks like), `no_figure` (a mark for “no figure”: `-`, `N/A`, `không có`); `date_cell` or `boolean_cell` for a spreadsheet cell of that kind; `too_large` for a JSON number that reads as infinity.',
  value: 'The cell’s text, where the cell was text.',
  numberLocale:
    'The number locale the text was read in (`default` or `vi`), where the cell was text.',
  suggestion: 'The text written as the locale reads it (`-12.5`), where there is one.',
  max: 'For `too_many_digits`: the most significant digits a number may have.',
  columnName: 'For `too_large`: the JSON key of the field.',
}

/** What each field of an `ambiguous_number` issue holds. */
const AMBIGUOUS_NUMBER_FIELDS = {
  reason:
    'Why it reads two ways: `comma` (`87,5`, `363,558` without a number locale) or `dot_groups` (`363.558` in a file that writes a decimal comma elsewhere).',
  value: 'The cell’s text.',
  decimalReading: 'For `comma`: the number read with a decimal comma (`87.5`).',
  thousandsReading:
    'For `comma`: the number read with a thousands comma (`363558`), where it can be one.',
  evidence: 'For `dot_groups`: the number with a decimal comma seen elsewhere in the file.',
  evidencePath: 'For `dot_groups` in a JSON file: where `evidence` is (a JSON Pointer).',
  evidenceRow: 'For `dot_groups` in a table: the row where `evidence` is.',
}

/**
 * Every issue code `@tiendo/io` reports: its severity, what it means, and its typed fields.
 * Codes are stable: tools and translations key on them. Problems inside a row that its
 * schema finds (a bad period, an id that is not snake_case…) carry `@tiendo/schema`'s codes
 * (`SCHEMA_ISSUE_CODES`) instead. `imprecise_number` is an error for JSON, a warning for XLSX.
 */
export const IO_ISSUE_CODES: IssueRegistry<IoIssueFields> = {
  // The file as a whole.
  file_not_found: {
    severity: 'error',
    meaning: {
      vi: 'Tệp không tồn tại.',
      en: 'The file does not exist.',
    },
    fields: FILE_NAME,
  },
  not_a_file: {
    severity: 'error',
    meaning: {
      vi: 'Đường dẫn là một thư mục.',
      en: 'The path is a folder.',
    },
    fields: FILE_NAME,
  },
  file_unreadable: {
    severity: 'error',
    meaning: {
      vi: 'Tệp có nhưng không đọc được (quyền truy cập, lỗi ổ đĩa).',
      en: 'The file exists but cannot be read (permissions, I/O error).',
    },
    fields: {
      ...FILE_NAME,
      detail: 'Why: the system’s error code (`EACCES`, `EIO`), or its message when it has no code.',
    },
  },
  unknown_format: {
    severity: 'error',
    meaning: {
      vi: 'Đuôi tệp không phải định dạng Tiendo đọc (.csv, .ndjson, .jsonl, .json, .xlsx).',
      en: 'The extension names no format Tiendo reads (.csv, .ndjson, .jsonl, .json, .xlsx).',
    },
    fields: {
      ...FILE_NAME,
      extension: 'The extension in lower case, without the dot (`xls`); empty when there is none.',
    },
  },
  unsupported_encoding: {
    severity: 'error',
    meaning: {
      vi: 'Tùy chọn `encoding` không phải tên bảng mã WHATWG.',
      en: 'The `encoding` option is not a WHATWG encoding label.',
    },
    fields: { encoding: 'The `encoding` option as given.' },
  },
  binary_file: {
    severity: 'error',
    meaning: {
      vi: 'Tệp văn bản chứa dữ liệu nhị phân: tệp zip (XLSX), tệp .xls cũ, hoặc tệp rỗng.',
      en: 'A text format holds binary data: a zip (XLSX), an old .xls, or zero bytes.',
    },
    fields: {
      format: 'The format the file was read as, from its extension: `csv`, `ndjson` or `json`.',
      reason:
        'What its first bytes show: `zip` (a zip archive, perhaps XLSX), `ole` (an old `.xls`) or `nul` (a zero byte).',
    },
  },
  utf16_file: {
    severity: 'error',
    meaning: {
      vi: 'Tệp văn bản mã hóa UTF-16 thay vì UTF-8.',
      en: 'A text file is UTF-16 rather than UTF-8.',
    },
    fields: {
      encoding:
        'The UTF-16 its byte-order mark shows, `utf-16le` or `utf-16be`: the `encoding` option that reads it.',
    },
  },
  invalid_utf8: {
    severity: 'error',
    meaning: {
      vi: 'Có byte không phải UTF-8; ngừng đọc tại dòng đó.',
      en: 'Bytes that are not UTF-8; reading stops at that line.',
    },
    fields: { line: 'The line holding the first invalid byte; reading stopped there.' },
  },
  invalid_encoding: {
    severity: 'error',
    meaning: {
      vi: 'Có byte không hợp lệ trong bảng mã đã nêu; ngừng đọc tại dòng đó.',
      en: 'Bytes not valid in the stated encoding; reading stops at that line.',
    },
    fields: {
      line: 'The line holding the first invalid byte; reading stopped there.',
      encoding: 'The encoding the file was decoded with (`windows-1258`).',
    },
  },
  empty_file: {
    severity: 'error',
    meaning: {
      vi: 'Tệp không có nội dung (với CSV: không có cả dòng tiêu đề).',
      en: 'The file has no content (for CSV: not even a header).',
    },
    fields: { format: 'The format the file was read as: `csv`, `ndjson` or `json`.' },
  },
  limit_exceeded: {
    severity: 'error',
    meaning: {
      vi: 'Vượt một giới hạn đọc (`ReadLimits`); lỗi nêu giới hạn nào và cách nâng.',
      en: 'A `ReadLimits` ceiling was reached; the issue names it and how to raise it.',
    },
    fields: LIMIT_EXCEEDED_FIELDS,
  },
  too_many_issues: {
    severity: 'warning',
    meaning: {
      vi: 'Quá nhiều lỗi; các lỗi sau chỉ được đếm.',
      en: 'More issues than `maxIssues`; later ones are only counted.',
    },
    fields: { max: 'The `maxIssues` cap: how many issues are listed.' },
  },
  // Tables: CSV and XLSX headers and rows.
  header_only: {
    severity: 'info',
    meaning: {
      vi: 'Có dòng tiêu đề mà không có dòng số liệu. Hợp lệ, 0 dòng.',
      en: 'A header and no data rows. A valid submission with 0 rows.',
    },
    fields: {},
  },
  sep_line: {
    severity: 'info',
    meaning: {
      vi: 'Dòng đầu `sep=,` (Excel ghi để chỉ dấu phân cách) được bỏ qua; tiêu đề ở dòng 2.',
      en: 'A first line `sep=,` (written for Excel, naming the delimiter) was skipped; the header is on line 2.',
    },
    fields: {},
  },
  no_rows: {
    severity: 'info',
    meaning: {
      vi: 'Mảng JSON hoặc tệp NDJSON không có đối tượng nào. Hợp lệ, 0 dòng.',
      en: 'A JSON array or NDJSON file with no objects. A valid submission with 0 rows.',
    },
    fields: {},
  },
  semicolon_delimited: {
    severity: 'error',
    meaning: {
      vi: 'Tệp CSV phân cách bằng `;` (Excel với thiết lập vùng Việt Nam).',
      en: 'A CSV file separated by `;` (Excel under Vietnamese regional settings).',
    },
    fields: {},
  },
  tab_delimited: {
    severity: 'error',
    meaning: {
      vi: 'Tệp CSV phân cách bằng phím tab.',
      en: 'A CSV file separated by tabs.',
    },
    fields: {},
  },
  ragged_row: {
    severity: 'error',
    meaning: {
      vi: 'Một dòng CSV có nhiều hoặc ít ô hơn số cột của tiêu đề.',
      en: 'A CSV row with more or fewer cells than the header has columns.',
    },
    fields: {
      expected: 'The number of columns of the header.',
      found: 'The number of cells of the row.',
      splitNumber:
        'A number the row’s commas split into cells (`87,5` unquoted), as written, when one number column’s cell and the extra ones after it read as one; the issue’s column is that number’s.',
      decimalReading: 'With `splitNumber`: the number read with a decimal comma (`87.5`).',
      thousandsReading:
        'With `splitNumber`: the number read with thousands commas (`1250`), where it can be one.',
    },
  },
  unclosed_quote: {
    severity: 'error',
    meaning: {
      vi: 'Một dấu ngoặc kép mở trong CSV mà không đóng; phần còn lại của tệp không đọc được.',
      en: 'A CSV quote opened in the record starting on that line never closes; the rest of the file cannot be read.',
    },
    fields: {},
  },
  invalid_csv: {
    severity: 'error',
    meaning: {
      vi: 'Lỗi cú pháp CSV khác; ngừng đọc tại dòng đó.',
      en: 'Other CSV syntax the parser cannot read; reading stops at that line.',
    },
    fields: { detail: 'The CSV parser’s own description of the problem (English).' },
  },
  duplicate_column: {
    severity: 'error',
    meaning: {
      vi: 'Một tên cột (hoặc khóa JSON) xuất hiện hai lần; chỉ đọc cột đầu.',
      en: 'A column name (or JSON key, after NFC) appears twice; the first is read.',
    },
    fields: {
      columnName: 'The repeated column name (for JSON, the object’s key).',
      first: 'The position (from 1) of its first column in the header; absent for a JSON key.',
      second: 'The position (from 1) of the repeat in the header; absent for a JSON key.',
    },
  },
  cell_without_header: {
    severity: 'error',
    meaning: {
      vi: 'Một cột không có tên lại có dữ liệu; dữ liệu đó không được đọc.',
      en: 'A column without a name holds data, which is not read.',
    },
    fields: {
      position: 'The column’s position (from 1).',
      letters: 'The column’s letters in a spreadsheet (`F`); absent for CSV.',
    },
  },
  missing_column: {
    severity: 'error',
    meaning: {
      vi: 'Thiếu một cột bắt buộc; các dòng của tệp không được chuyển đổi.',
      en: 'A required column is missing; the file’s rows are not converted.',
    },
    fields: {
      columnName:
        'The required column missing; absent when the first row names no column Tiendo reads (it is not a header).',
      required: 'Every required column of the kind of file, in order.',
      optional: 'The optional columns, given only when the first row is not a header.',
      lookalike:
        'A column of the header that looks meant for the missing one (`Giá trị` for `value`).',
      dataSheet:
        'XLSX, when the first row is not a header and the sheet was read for being the first: the sheet whose first row is one, to choose instead.',
      headerRow:
        'CSV and XLSX, when the first row is not a header: a row below it that looks like the header (the rows above it, such as a title, are to be deleted).',
    },
  },
  unknown_column: {
    severity: 'warning',
    meaning: {
      vi: 'Một cột hoặc khóa Tiendo không đọc; dữ liệu của nó bị bỏ qua.',
      en: 'A column or key Tiendo does not read; its data is ignored.',
    },
    fields: {
      columnName: 'The column (or JSON key) Tiendo does not read.',
      known: 'The columns Tiendo reads in this kind of file, in order.',
      meant:
        'A column Tiendo reads that this one looks meant for, by another case or a Vietnamese name (`Ghi chú` for `note`).',
      formColumn:
        'A printed form’s column that may stay: `row_number` (`STT`), `names` (`Tên đơn vị`) or `unit_of_measure` (`Đơn vị tính`).',
    },
  },
  form_row: {
    severity: 'warning',
    meaning: {
      vi: 'Một dòng của biểu mẫu, không phải số liệu (dòng đánh số cột `(1)`, `(2)`…, dòng tổng cộng, phần ký tên cuối báo cáo): không được đọc.',
      en: 'A row of a printed form, not data (a row numbering the columns `(1)`, `(2)`…, a total row, the signing block ending a report): not read.',
    },
    fields: {
      form: '`column_numbers` (a row numbering the columns under the header), `total` (a row adding up the others) or `signature` (a line of the signing block: `Người lập biểu`, `(Ký, ghi rõ họ tên)`, the place and date, the signer’s name).',
      text: 'What the row holds that tells it: its numbers, its total’s word, or its signing line.',
    },
  },
  // JSON and NDJSON.
  invalid_json: {
    severity: 'error',
    meaning: {
      vi: 'Lỗi cú pháp JSON, có dòng và ký tự.',
      en: 'JSON syntax error, located by line and character.',
    },
    fields: {
      format: '`json`, or `ndjson` for a line of an NDJSON file.',
      line: 'The line where the text stops being JSON.',
      character: 'The character on that line (from 1, in UTF-16 code units).',
      expected:
        'What the grammar expected: `value`, `comma_or_close`, `colon`, `key`, `end_of_text`, `closing_quote`, `no_control_character`, `escape` or `digit`.',
      found:
        'The character found there (a comment’s two, `//` or `/*`); absent at the end of the text.',
      previous: 'The last character before it that is not a space, where there is one.',
    },
  },
  not_an_array: {
    severity: 'error',
    meaning: {
      vi: 'Tệp JSON không phải một mảng.',
      en: 'A JSON file that is not an array.',
    },
    fields: {
      found: 'What the file’s value is: `object`, `string`, `number`, `boolean` or `null`.',
      arrayKey: 'The key of the object’s field that holds an array, when there is one.',
    },
  },
  not_an_object: {
    severity: 'error',
    meaning: {
      vi: 'Một phần tử của mảng hoặc một dòng NDJSON không phải đối tượng.',
      en: 'An array element or NDJSON line that is not an object.',
    },
    fields: { found: 'What the item is: `array`, `string`, `number`, `boolean` or `null`.' },
  },
  invalid_cell: {
    severity: 'error',
    meaning: {
      vi: 'Một trường JSON chứa đối tượng hoặc mảng.',
      en: 'A JSON field holding an object or an array.',
    },
    fields: {
      columnName: 'The JSON key of the field.',
      found: 'What the field holds: `object` or `array`.',
    },
  },
  // XLSX.
  invalid_xlsx: {
    severity: 'error',
    meaning: {
      vi: 'Không phải bảng tính XLSX đọc được (không phải zip, tệp .xls cũ, tệp hỏng).',
      en: 'Not a readable XLSX workbook (not a zip, an old .xls, corrupt).',
    },
    fields: {
      reason:
        'Why it is no workbook: `ole` (an old `.xls`), `text`, `other` (not a zip archive) or `corrupt` (a zip archive that does not open as a workbook).',
      detail: 'For `corrupt`: what the workbook reader said (English), where it said something.',
    },
  },
  sheet_not_found: {
    severity: 'error',
    meaning: {
      vi: 'Không có trang tính được yêu cầu, hoặc không có trang tính nào hiện.',
      en: 'The requested sheet does not exist, or no sheet is visible.',
    },
    fields: {
      sheetName: 'The sheet asked for; absent when none was and no sheet is visible.',
      available: 'The workbook’s sheets, given when a sheet was asked for.',
    },
  },
  sheet_ignored: {
    severity: 'warning',
    meaning: {
      vi: 'Nêu trang tính cho một tệp không có trang tính.',
      en: 'A sheet was named for a file that has no sheets.',
    },
    fields: { format: 'The format of the file, which has no sheets: `csv`, `ndjson` or `json`.' },
  },
  empty_sheet: {
    severity: 'error',
    meaning: {
      vi: 'Trang tính không có giá trị nào.',
      en: 'The sheet holds no value at all.',
    },
    fields: { sheetName: 'The sheet’s name.' },
  },
  formula_without_result: {
    severity: 'error',
    meaning: {
      vi: 'Một công thức mà tệp không lưu kết quả.',
      en: 'A formula whose result the file does not store.',
    },
    fields: { cell: CELL },
  },
  cell_error: {
    severity: 'error',
    meaning: {
      vi: 'Một ô chứa lỗi như `#DIV/0!`.',
      en: 'A cell holding an error such as `#DIV/0!`.',
    },
    fields: {
      cell: CELL,
      value: 'The error the cell holds (`#DIV/0!`), or a number no decimal can hold.',
    },
  },
  invalid_date: {
    severity: 'error',
    meaning: {
      vi: 'Một ô ngày tháng không phải ngày hợp lệ.',
      en: 'A date cell that is not a valid date.',
    },
    fields: { cell: CELL },
  },
  percent_format: {
    severity: 'error',
    meaning: {
      vi: 'Một số hiển thị dạng phần trăm: không rõ là 0,875 hay 87,5.',
      en: 'A number shown as a percentage: which of 0.875 and 87.5 is meant is unclear.',
    },
    fields: {
      cell: CELL,
      value: 'The value the cell holds, as a decimal string (`0.875`).',
      shown: 'What the cell shows without its `%`: the value × 100 (`87.5`).',
    },
  },
  merged_cells: {
    severity: 'warning',
    meaning: {
      vi: 'Ô gộp; dùng giá trị của ô đầu vùng gộp.',
      en: 'A merged cell; the value of its range’s first cell is used.',
    },
    fields: {
      cell: CELL,
      rangeStart: 'The address of the merged range’s first cell, whose value is used.',
      value: 'That value as text, where it has one.',
    },
  },
  hidden_rows: {
    severity: 'warning',
    meaning: {
      vi: 'Trang tính có dòng bị ẩn; Tiendo vẫn đọc các dòng đó.',
      en: 'The sheet hides rows; Tiendo reads them all the same.',
    },
    fields: {
      count: 'How many rows with data the sheet hides.',
      rows: 'The first of them by row number (at most ten), as the sheet numbers its rows.',
    },
  },
  sheets_not_read: {
    severity: 'warning',
    meaning: {
      vi: 'Tệp Excel còn trang tính khác có số liệu (hay danh sách sản phẩm), nhưng chỉ trang đầu được đọc.',
      en: 'The workbook has other sheets of data (or of records), but only the first is read.',
    },
    fields: {
      sheetName: 'The sheet read: the first visible one.',
      sheets:
        'The other sheets whose first row is a header and that hold rows under it (at most ten).',
      count: 'How many such sheets there are.',
      kind: 'What those sheets hold, by their header: `observation` (figures) or `record` rows.',
      readAs: 'What the sheet read holds: those sheets are of another kind when it differs.',
    },
  },
  hidden_columns: {
    severity: 'warning',
    meaning: {
      vi: 'Trang tính ẩn cột mà Tiendo đọc; Tiendo vẫn đọc cột đó.',
      en: 'The sheet hides a column Tiendo reads; Tiendo reads it all the same.',
    },
    fields: { columns: 'The hidden columns’ names, as the header gives them (`value`, `note`).' },
  },
  // Numbers.
  ambiguous_number: {
    severity: 'error',
    meaning: {
      vi: 'Một số đọc được hai cách (`87,5`, `363,558`) khi chưa nêu cách viết số.',
      en: 'A number that reads two ways (`87,5`, `363,558`) without a number locale.',
    },
    fields: AMBIGUOUS_NUMBER_FIELDS,
  },
  invalid_number: {
    severity: 'error',
    meaning: {
      vi: 'Không phải số thập phân (khoảng trắng, `1e5`, `NaN`, `%`, dấu phân cách…).',
      en: 'Text that is not a decimal number (spaces, `1e5`, `NaN`, `%`, separators…).',
    },
    fields: INVALID_NUMBER_FIELDS,
  },
  imprecise_number: {
    severity: 'error',
    meaning: {
      vi: 'Số nhị phân có hơn 15 chữ số có nghĩa: lỗi với JSON, cảnh báo với XLSX.',
      en: 'More than 15 significant digits in a binary number: an error for JSON, a warning for XLSX.',
    },
    fields: {
      value: 'The number as read, as a decimal string.',
      cell: 'For XLSX: the cell’s address (the issue is then a warning).',
      columnName: 'For JSON: the key of the field.',
      written: 'For JSON: the number as written, when reading it changed its digits.',
    },
  },
}

/** A code `@tiendo/io` reports. */
export type IoIssueCode = keyof IoIssueFields

/**
 * The codes that mean a file could not be read, or not to its end (the CLI's exit code 2:
 * "the command could not run"), as opposed to data that was read and found wrong: a missing or
 * unreadable file; garbage — binary data, UTF-16, a corrupt workbook — where no row can be
 * read; and text whose reading stopped part way — bytes that are not in its encoding, a CSV
 * quote that never closes or other CSV syntax the parser cannot get past — so that the rest of
 * the file was never checked. (A `limit_exceeded` says so itself, in `stoppedReading`.)
 * Any issue's code can be looked up in it, whichever package reported the issue.
 */
export const CANNOT_READ_CODES: ReadonlySet<string> = new Set<IoIssueCode>([
  'file_not_found',
  'not_a_file',
  'file_unreadable',
  'unknown_format',
  'unsupported_encoding',
  'sheet_not_found',
  'binary_file',
  'utf16_file',
  'invalid_utf8',
  'invalid_encoding',
  'unclosed_quote',
  'invalid_csv',
  'invalid_xlsx',
])
