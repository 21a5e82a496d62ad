import { readFile, rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drain, plain } from '../__tests__/helpers'
import { buildXlsxFixtures, type XlsxFixtures } from '../__tests__/xlsx-fixtures'
import { readRows } from '../read-rows'
import { surveyZip } from './zip-size'

let books: XlsxFixtures

beforeAll(async () => {
  books = await buildXlsxFixtures()
})

afterAll(async () => {
  await rm(books.dir, { recursive: true, force: true })
})

describe('reading XLSX rows', () => {
  it('reads the first sheet, locating rows by sheet row', async () => {
    const file = books.observations
    const { headers, rows } = await drain(readRows(file))
    expect(headers).toEqual([
      {
        kind: 'header',
        columns: ['indicator', 'unit', 'period', 'value', 'note'],
        location: { file, sheet: 'Số liệu', row: 1 },
      },
    ])
    // Row 12 is empty and skipped.
    expect(rows.map((row) => row.location.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14])
    expect(rows.every((row) => row.location.sheet === 'Số liệu')).toBe(true)
  })

  it('writes numbers as the shortest text of their double, and marks them as numbers', async () => {
    const { rows } = await drain(readRows(books.observations))
    const byRow = new Map(rows.map((row) => [row.location.row, row]))
    expect(plain(byRow.get(2)).value).toBe('0.5934')
    expect(plain(byRow.get(3))).toMatchObject({ unit: '58', period: '2024', value: '87.5' })
    expect(byRow.get(3)?.types).toEqual({ unit: 'number', period: 'number', value: 'number' })
    expect(plain(byRow.get(13)).value).toBe('363.558')
    expect(plain(byRow.get(14)).value).toBe('0.0000001')
  })

  it('reads the cached result of a formula, and reports a formula without one', async () => {
    const file = books.observations
    const { rows, issues } = await drain(readRows(file))
    const byRow = new Map(rows.map((row) => [row.location.row, row]))
    expect(plain(byRow.get(4)).value).toBe('0.6869')
    expect(byRow.get(8)?.rejected).toBe(true)
    const issue = issues.find((found) => found.code === 'formula_without_result')
    expect(issue?.location).toEqual({ file, sheet: 'Số liệu', row: 8, column: 'value' })
    expect(issue?.message.en).toContain('D8')
    expect(issue?.message.vi).toContain('Ô D8 chứa công thức')
  })

  it('gives a merged cell its range’s value on every row, with one warning', async () => {
    const file = books.observations
    const { rows, issues } = await drain(readRows(file))
    const byRow = new Map(rows.map((row) => [row.location.row, row]))
    expect(plain(byRow.get(5)).indicator).toBe('household_fibre_rate')
    expect(plain(byRow.get(6)).indicator).toBe('household_fibre_rate')
    const merged = issues.filter((issue) => issue.code === 'merged_cells')
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({
      severity: 'warning',
      location: { file, sheet: 'Số liệu', row: 6, column: 'indicator' },
    })
    expect(merged[0]?.message.en).toContain('A5')
  })

  it('reports a percentage-formatted number, an error cell and float noise', async () => {
    const { rows, issues } = await drain(readRows(books.observations))
    const byCode = new Map(issues.map((issue) => [issue.code, issue]))
    expect(byCode.get('percent_format')?.location?.row).toBe(9)
    expect(byCode.get('percent_format')?.message.en).toContain(
      'shows 87.5% but the value it holds is 0.875',
    )
    expect(byCode.get('percent_format')?.message.vi).toContain('hiển thị 87.5%')
    expect(byCode.get('cell_error')?.message.en).toContain('#DIV/0!')
    expect(byCode.get('imprecise_number')).toMatchObject({
      severity: 'warning',
      location: { row: 7 },
    })
    const byRow = new Map(rows.map((row) => [row.location.row, row]))
    // Float noise is a warning: the stored value is kept exactly.
    expect(plain(byRow.get(7)).value).toBe('0.30000000000000004')
    expect(byRow.get(7)?.rejected).toBeUndefined()
    expect(byRow.get(9)?.rejected).toBe(true)
  })

  it('writes a date cell as an ISO date, with the time only when there is one', async () => {
    const observations = await drain(readRows(books.observations))
    const row11 = observations.rows.find((row) => row.location.row === 11)
    expect(plain(row11).period).toBe('2024-09-01')
    expect(row11?.types?.period).toBe('date')
    const records = await drain(readRows(books.records))
    expect(records.rows.map((row) => plain(row).date)).toEqual([
      '2022-06-14',
      '2022-11-21T09:30:00',
    ])
  })

  it('reads an ISO 8601 date cell (t="d") as a date, as it reads a date serial', async () => {
    const file = books.isoDates
    const { rows, issues } = await drain(readRows(file))
    const byRow = new Map(rows.map((row) => [row.location.row, row]))
    // exceljs alone reads `2024-09-01T00:00:00` as the number 2024.
    expect(plain(byRow.get(2)).period).toBe('2024-09-01')
    expect(byRow.get(2)?.types).toEqual({ period: 'date', value: 'number' })
    expect(plain(byRow.get(3)).value).toBe('2024-01-01')
    expect(byRow.get(3)?.types?.value).toBe('date')
    // A date format on the cell made exceljs turn 2023 into a day of 1905.
    expect(plain(byRow.get(4)).period).toBe('2023-09-15')
    // A formula's cached result.
    expect(plain(byRow.get(5)).value).toBe('2024-02-29T08:15:00')
    expect(byRow.get(5)?.types?.value).toBe('date')
    // Text that names no date.
    expect(byRow.get(6)?.rejected).toBe(true)
    const invalid = issues.filter((issue) => issue.code === 'invalid_date')
    expect(invalid.map((issue) => issue.location)).toEqual([
      { file, sheet: 'Số liệu', row: 6, column: 'period' },
    ])
    expect(invalid[0]?.message.en).toBe('Cell C6 holds an invalid date.')
    // Only the sheet read counts: the cover sheet's D7 is a date, this sheet's D7 a number.
    expect(plain(byRow.get(7))).toMatchObject({ period: '2021', value: '0.5' })
    expect(byRow.get(7)?.types).toEqual({ value: 'number' })
  })

  it('reads an ISO 8601 date cell of the sheet named, not of another sheet', async () => {
    const { rows } = await drain(readRows(books.isoDates, { sheet: 'Bìa' }))
    // Bìa's first row is its header (its column D named `1`); D7 is the t="d" cell.
    expect(rows.map((row) => plain(row)['1'])).toEqual(['2', '3', '4', '5', '6', '2019-01-01'])
    expect(rows.at(-1)?.types).toEqual({ '1': 'date' })
  })

  it('reads a record’s ISO 8601 date cell as its date and time', async () => {
    const { rows } = await drain(readRows(books.isoDateRecords))
    expect(rows.map((row) => plain(row).date)).toEqual(['2022-06-14', '2022-11-21T09:30:00'])
    expect(rows[1]?.types?.date).toBe('date')
  })

  it('reads rich text as its text, and keeps a hyperlink’s target', async () => {
    const { rows } = await drain(readRows(books.records))
    expect(plain(rows[0]).title).toBe('Chữ ký số trong gửi nhận văn bản')
    expect(plain(rows[0]).evidence).toBe('Quyết định')
    expect(rows[0]?.links).toEqual({ evidence: 'https://snv.ninhthuan.gov.vn/a' })
  })

  it('reads a sheet chosen by name', async () => {
    const file = books.observations
    const { rows } = await drain(readRows(file, { sheet: 'Khác' }))
    expect(rows.map((row) => [row.location, plain(row).value])).toEqual([
      [{ file, sheet: 'Khác', row: 2 }, '0.7079'],
    ])
  })

  it('finds a sheet named in another case, as Excel does', async () => {
    const file = books.observations
    for (const sheet of ['KHÁC', 'khác']) {
      const { rows, issues } = await drain(readRows(file, { sheet }))
      expect(issues).toEqual([])
      // The location names the sheet as the workbook does.
      expect(rows.map((row) => row.location)).toEqual([{ file, sheet: 'Khác', row: 2 }])
    }
  })

  it('lists the sheets when the one asked for does not exist', async () => {
    const { issues } = await drain(readRows(books.observations, { sheet: 'Quý 3' }))
    expect(issues.map((issue) => issue.code)).toEqual(['sheet_not_found'])
    expect(issues[0]?.message.vi).toBe('Tệp không có trang tính "Quý 3".')
    expect(issues[0]?.hint?.en).toBe('Its sheets are: "Số liệu", "Khác".')
  })

  it('skips a hidden first sheet', async () => {
    const { rows } = await drain(readRows(books.hiddenFirst))
    expect(rows.map((row) => row.location.sheet)).toEqual(['Dữ liệu'])
  })

  it('reads the rows Excel hides, with one warning that counts them', async () => {
    const file = books.hiddenRows
    const { rows, issues } = await drain(readRows(file))
    // Every row with data is read, hidden or not (row 17, hidden, is empty).
    expect(rows.map((row) => row.location.row)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2))
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'hidden_rows',
      severity: 'warning',
      count: 12,
      rows: [3, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      location: { file, sheet: 'Số liệu', row: 3 },
    })
    expect(issues[0]?.message.en).toBe(
      '12 rows are hidden in Excel (rows 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, …), and Tiendo reads them like the others.',
    )
    expect(issues[0]?.message.vi).toContain('12 dòng bị ẩn trong Excel')
    // A sheet that hides nothing gets no such warning.
    const plainSheet = await drain(readRows(books.hiddenFirst))
    expect(plainSheet.issues.map((issue) => issue.code)).not.toContain('hidden_rows')
  })

  it('reads the columns Excel hides, warning of those Tiendo reads', async () => {
    const file = books.hiddenColumns
    const { rows, issues } = await drain(readRows(file))
    expect(plain(rows[0])).toMatchObject({ note: 'ước tính', tra_cuu: 'x' })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'hidden_columns',
      severity: 'warning',
      columns: ['note'],
      location: { file, sheet: 'Số liệu', row: 1 },
    })
    expect(issues[0]?.message.en).toBe(
      'Excel hides the column `note`, and Tiendo reads it like the others.',
    )
    expect(issues[0]?.message.vi).toContain('Excel đang ẩn cột `note`')
  })

  it('calls a header-only sheet valid with no rows, and an empty sheet an error', async () => {
    const headerOnly = await drain(readRows(books.headerOnly))
    expect(
      headerOnly.issues.map((issue) => [issue.code, issue.severity, issue.location?.row]),
    ).toEqual([['header_only', 'info', 1]])
    const empty = await drain(readRows(books.emptySheet))
    expect(empty.issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['empty_sheet', { file: books.emptySheet, sheet: 'Trống' }],
    ])
  })

  it('recognises text and old .xls files named .xlsx', async () => {
    const text = await drain(readRows(books.textAsXlsx))
    expect(text.issues.map((issue) => issue.code)).toEqual(['invalid_xlsx'])
    expect(text.issues[0]?.hint?.en).toContain('.csv')
    const old = await drain(readRows(books.oldXls))
    expect(old.issues[0]?.message.en).toContain('.xls')
  })

  it('refuses a workbook whose unzipped size is over maxInMemoryBytes', async () => {
    const bytes = await readFile(books.observations)
    const survey = surveyZip(bytes)
    if (survey.kind !== 'zip') throw new Error('the fixture is a zip archive')
    expect(survey.uncompressedBytes).toBeGreaterThan(bytes.length)
    // Small enough on disk to pass, too large once unzipped.
    const limits = { maxInMemoryBytes: bytes.length + 1 }
    const { issues } = await drain(readRows(books.observations, { limits }))
    expect(issues.map((issue) => issue.code)).toEqual(['limit_exceeded'])
    expect(issues[0]?.message.en).toContain(
      'The unzipped size of the workbook is over the limit maxInMemoryBytes',
    )
    expect(issues[0]?.message.vi).toContain('Kích thước giải nén')
    expect(issues[0]?.hint?.en).toContain('--max-in-memory-bytes')
  })
})
