import { describe, expect, it } from 'vitest'
import { IO_ISSUE_CODES } from '../codes'
import type { IoIssueFields, LimitExceededFields } from '../issue-fields'
import { en } from './en'
import { vi } from './vi'

const REQUIRED = ['indicator', 'unit', 'period', 'value']

/**
 * Examples of each code's fields, covering every field of the code and every branch of its
 * wording. Typed per code, so a sample cannot hold a field its code does not declare.
 */
const SAMPLES: { [Code in keyof IoIssueFields]: IoIssueFields[Code][] } = {
  file_not_found: [{ fileName: 'data/quy-3.csv' }],
  not_a_file: [{ fileName: 'data' }],
  file_unreadable: [{ fileName: 'a.csv', detail: 'EACCES' }],
  unknown_format: [
    { fileName: 'a.xls', extension: 'xls' },
    { fileName: 'a.ods', extension: 'ods' },
    { fileName: 'a.docx', extension: 'docx' },
    { fileName: 'a.txt', extension: 'txt' },
    { fileName: 'a.dat', extension: 'dat' },
    { fileName: 'a', extension: '' },
  ],
  unsupported_encoding: [{ encoding: 'tcvn-3' }],
  binary_file: [
    { format: 'csv', reason: 'zip' },
    { format: 'json', reason: 'ole' },
    { format: 'ndjson', reason: 'nul' },
  ],
  utf16_file: [{ encoding: 'utf-16le' }, { encoding: 'utf-16be' }],
  invalid_utf8: [{ line: 17 }],
  invalid_encoding: [{ line: 17, encoding: 'windows-1258' }],
  empty_file: [{ format: 'csv' }, { format: 'json' }, { format: 'ndjson' }],
  limit_exceeded: (
    [
      { limit: 'maxFileBytes', max: 1000, measure: 'file_bytes', found: 2345 },
      { limit: 'maxFileBytes', max: 1000, measure: 'file_bytes', found: 1001, foundAtLeast: true },
      { limit: 'maxInMemoryBytes', max: 4321, measure: 'file_bytes', found: 5000 },
      { limit: 'maxInMemoryBytes', max: 4321, measure: 'unzipped_bytes' },
      { limit: 'maxRows', max: 77, measure: 'rows' },
      { limit: 'maxColumns', max: 9, measure: 'header_columns', found: 12 },
      { limit: 'maxColumns', max: 9, measure: 'object_fields', found: 13 },
      { limit: 'maxCellChars', max: 20, measure: 'cell_chars', found: 25 },
      { limit: 'maxCellChars', max: 640, measure: 'record_chars' },
    ] satisfies Omit<LimitExceededFields, 'stoppedReading'>[]
  ).map((fields) => ({ ...fields, stoppedReading: fields.measure !== 'cell_chars' })),
  too_many_issues: [{ max: 321 }],
  header_only: [{}],
  sep_line: [{}],
  no_rows: [{}],
  semicolon_delimited: [{}],
  tab_delimited: [{}],
  ragged_row: [
    { expected: 4, found: 6 },
    { expected: 4, found: 3 },
    {
      expected: 4,
      found: 5,
      splitNumber: '1,250',
      decimalReading: '1.250',
      thousandsReading: '1250',
    },
    { expected: 4, found: 5, splitNumber: '87,5', decimalReading: '87.5' },
    { expected: 4, found: 6, splitNumber: '1,234,567', thousandsReading: '1234567' },
  ],
  unclosed_quote: [{}],
  invalid_csv: [{ detail: 'Invalid Opening Quote' }],
  duplicate_column: [{ columnName: 'unit', first: 2, second: 5 }, { columnName: 'unit' }],
  cell_without_header: [{ position: 6, letters: 'F' }, { position: 6 }],
  missing_column: [
    { columnName: 'value', required: REQUIRED, lookalike: 'Giá trị' },
    { columnName: 'value', required: REQUIRED },
    { required: REQUIRED, optional: ['low', 'high'] },
    { required: REQUIRED, optional: ['low', 'high'], dataSheet: 'Data' },
    { required: REQUIRED, optional: ['low', 'high'], headerRow: 3 },
    { required: REQUIRED, optional: ['low', 'high'], headerRow: 2 },
  ],
  unknown_column: [
    { columnName: 'ghi chú', known: [...REQUIRED, 'note'] },
    { columnName: 'Ghi chú', known: [...REQUIRED, 'note'], meant: 'note' },
    { columnName: 'STT', known: REQUIRED, formColumn: 'row_number' },
    { columnName: 'Tên đơn vị', known: REQUIRED, formColumn: 'names' },
    { columnName: 'ĐVT', known: REQUIRED, formColumn: 'unit_of_measure' },
  ],
  form_row: [
    { form: 'column_numbers', text: '(1) (2) (3) (4)' },
    { form: 'total', text: 'Tổng cộng' },
  ],
  invalid_json: [
    { format: 'json', line: 3, character: 9, expected: 'value', found: ']', previous: ',' },
    { format: 'ndjson', line: 4, character: 2, expected: 'key', found: "'" },
    { format: 'json', line: 5, character: 1, expected: 'comma_or_close' },
  ],
  not_an_array: [{ found: 'object', arrayKey: 'observations' }, { found: 'string' }],
  not_an_object: [{ found: 'number' }],
  invalid_cell: [{ columnName: 'value', found: 'array' }],
  invalid_xlsx: [
    { reason: 'ole' },
    { reason: 'text' },
    { reason: 'other' },
    { reason: 'corrupt', detail: 'End of data reached' },
  ],
  sheet_not_found: [{ sheetName: 'Quý 3', available: ['Data', 'Notes'] }, {}],
  sheet_ignored: [{ format: 'json' }],
  empty_sheet: [{ sheetName: 'Data' }],
  formula_without_result: [{ cell: 'D7' }],
  cell_error: [{ cell: 'D7', value: '#DIV/0!' }],
  invalid_date: [{ cell: 'D7' }],
  percent_format: [{ cell: 'D7', value: '0.875', shown: '87.5' }],
  merged_cells: [
    { cell: 'A8', rangeStart: 'A7', value: 'dti_score' },
    { cell: 'A8', rangeStart: 'A7' },
  ],
  hidden_columns: [{ columns: ['value'] }, { columns: ['status', 'note'] }],
  sheets_not_read: [
    { sheetName: '2023', sheets: ['2024'], count: 1, kind: 'observation', readAs: 'observation' },
    {
      sheetName: 'Xã A',
      sheets: ['Xã B', 'Xã C'],
      count: 12,
      kind: 'record',
      readAs: 'observation',
    },
    { sheetName: 'Sản phẩm', sheets: ['Số liệu'], count: 1, kind: 'observation', readAs: 'record' },
  ],
  hidden_rows: [
    { count: 1, rows: [7] },
    { count: 3, rows: [7, 9, 12] },
    { count: 40, rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
  ],
  ambiguous_number: [
    { reason: 'comma', value: '363,558', decimalReading: '363.558', thousandsReading: '363558' },
    { reason: 'comma', value: '87,5', decimalReading: '87.5' },
    { reason: 'dot_groups', value: '363.558', evidence: '87,5', evidencePath: '/3/value' },
    { reason: 'dot_groups', value: '1.500', evidence: '87,5', evidenceRow: 4 },
  ],
  invalid_number: [
    { reason: 'spaces', value: '1 234', numberLocale: 'default', suggestion: '1234' },
    { reason: 'too_many_digits', value: '1'.repeat(41), numberLocale: 'default', max: 40 },
    { reason: 'not_a_number', value: 'abc', numberLocale: 'vi' },
    { reason: 'with_words', value: '120 hộ', numberLocale: 'default', suggestion: '120' },
    { reason: 'letter_for_digit', value: '8O', numberLocale: 'default', suggestion: '80' },
    { reason: 'date_cell' },
    { reason: 'too_large', columnName: 'value' },
  ],
  imprecise_number: [
    { cell: 'D7', value: '0.30000000000000004' },
    { columnName: 'value', value: '0.1', written: '0.10000000000000000001' },
  ],
}

/** The values a message must show: the text and numbers of fields a reader looks for. */
const SHOWN: { [Code in keyof IoIssueFields]?: (keyof IoIssueFields[Code])[] } = {
  file_not_found: ['fileName'],
  file_unreadable: ['fileName', 'detail'],
  invalid_encoding: ['line', 'encoding'],
  ragged_row: ['expected', 'found'],
  duplicate_column: ['first', 'second'],
  cell_without_header: ['position', 'letters'],
  unknown_column: ['columnName'],
  form_row: ['text'],
  invalid_json: ['line', 'character'],
  cell_error: ['cell', 'value'],
  percent_format: ['cell', 'value', 'shown'],
  merged_cells: ['cell', 'rangeStart', 'value'],
  // `rows` is listed with spaces between its numbers (checked in the reader's test).
  hidden_rows: ['count'],
  ambiguous_number: [
    'value',
    'decimalReading',
    'thousandsReading',
    'evidence',
    'evidencePath',
    'evidenceRow',
  ],
  invalid_number: ['value', 'max', 'columnName'],
  imprecise_number: ['cell', 'value', 'columnName', 'written'],
  limit_exceeded: ['max', 'found'],
  too_many_issues: ['max'],
}

const CODES = Object.keys(IO_ISSUE_CODES).sort()

describe('the catalogues of io’s codes', () => {
  it('word every code of the registry, and no other, in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual(CODES)
    expect(Object.keys(en).sort()).toEqual(CODES)
    expect(Object.keys(SAMPLES).sort()).toEqual(CODES)
  })

  it('describe in the registry exactly the fields the codes declare', () => {
    for (const code of CODES as (keyof IoIssueFields)[]) {
      // The compiler makes the registry describe every declared field and the samples hold
      // only declared ones; the samples use every field, so the two sets must be equal.
      const used = new Set(SAMPLES[code].flatMap((fields) => Object.keys(fields)))
      expect(Object.keys(IO_ISSUE_CODES[code].fields).sort(), code).toEqual([...used].sort())
    }
  })

  it('render a message and a hint from the fields alone, each value shown where it should be', () => {
    for (const [lang, catalogue] of Object.entries({ vi, en })) {
      for (const code of CODES as (keyof IoIssueFields)[]) {
        for (const fields of SAMPLES[code]) {
          const text = (
            catalogue[code] as (f: typeof fields) => { message: string; hint?: string }
          )(fields)
          const label = `${lang} ${code} ${JSON.stringify(fields)}`
          expect(text.message, label).toMatch(/\S/)
          expect(text.hint, label).toMatch(/\S/)
          expect(`${text.message} ${text.hint}`, label).not.toMatch(/undefined|NaN|\[object/)
          const digits = text.message.replace(/\u202f/g, '')
          for (const field of (SHOWN[code] ?? []) as string[]) {
            const value = (fields as Record<string, unknown>)[field]
            if (value !== undefined) expect(digits, `${label}: ${field}`).toContain(String(value))
          }
          if ('limit' in fields) expect(text.hint, label).toContain(fields.limit)
        }
      }
    }
  })

  it('say different things in Vietnamese and English', () => {
    for (const code of CODES as (keyof IoIssueFields)[]) {
      for (const fields of SAMPLES[code]) {
        const render = (catalogue: typeof vi) =>
          (catalogue[code] as (f: typeof fields) => { message: string })(fields).message
        expect(render(vi), code).not.toBe(render(en))
      }
    }
  })

  it('tell an estimate of a file’s size from its exact size', () => {
    const fields: LimitExceededFields = {
      limit: 'maxFileBytes',
      max: 10,
      measure: 'file_bytes',
      found: 11,
      stoppedReading: true,
    }
    expect(en.limit_exceeded(fields).message).toContain('(11 bytes)')
    expect(en.limit_exceeded({ ...fields, foundAtLeast: true }).message).toContain(
      '(at least 11 bytes)',
    )
    expect(vi.limit_exceeded({ ...fields, foundAtLeast: true }).message).toContain(
      '(ít nhất 11 byte)',
    )
  })

  it('word a number’s reasons apart, the suggestion quoted in the hint', () => {
    const text = en.invalid_number({ reason: 'plus_sign', value: '+5', suggestion: '5' })
    expect(text).toEqual({
      message: 'The number "+5" starts with `+`.',
      hint: 'Leave out the `+`: write `5`.',
    })
    expect(
      vi.invalid_number({ reason: 'not_a_number', value: 'x', numberLocale: 'vi' }).hint,
    ).toContain('dấu phẩy thập phân')
    expect(
      vi.invalid_number({ reason: 'not_a_number', value: 'x', numberLocale: 'default' }).hint,
    ).toContain('dấu chấm `.` làm dấu thập phân')
  })

  it('send a file in another encoding to UTF-8 first: the `encoding` option is no flag of `tiendo`', () => {
    // A CSV saved by Excel under Vietnamese Windows (Windows-1258) is the usual case.
    for (const text of [en.invalid_utf8({ line: 2 }), en.utf16_file({ encoding: 'utf-16le' })]) {
      expect(text.hint).toMatch(/^Save the file again as UTF-8/)
      expect(text.hint).toContain('the `tiendo` command reads UTF-8 only')
    }
    for (const text of [vi.invalid_utf8({ line: 2 }), vi.utf16_file({ encoding: 'utf-16le' })]) {
      expect(text.hint).toMatch(/^Lưu lại tệp với mã hóa UTF-8/)
      expect(text.hint).toContain('lệnh `tiendo` chỉ đọc UTF-8')
    }
  })
})
