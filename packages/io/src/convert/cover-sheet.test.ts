import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readObservationFile } from '../read-observations'

let dir: string

/** A workbook of the sheets given, each a list of rows, written to `dir`. */
async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook()
  for (const [sheet, rows] of Object.entries(sheets)) {
    const worksheet = book.addWorksheet(sheet)
    for (const row of rows) worksheet.addRow(row)
  }
  const file = join(dir, name)
  await book.xlsx.writeFile(file)
  return file
}

const HEADER = ['indicator', 'unit', 'period', 'value']
const ROW = ['smartphone_user_rate', '58', '2024', 87.5]
const TITLE = ['Báo cáo số liệu năm 2024']

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiendo-io-cover-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code)

describe('an XLSX sheet whose first row is no header', () => {
  it('on a cover sheet before the data sheet: one issue, naming the sheet to choose', async () => {
    const file = await workbook('cover.xlsx', { Cover: [TITLE], Data: [HEADER, ROW] })
    const { issues, observations } = await readObservationFile(file)
    expect(observations).toEqual([])
    // Not also "a header but no data rows": the cover's title is no header.
    expect(codes(issues)).toEqual(['missing_column'])
    const [issue] = issues
    expect(issue).toMatchObject({ dataSheet: 'Data', location: { file, sheet: 'Cover', row: 1 } })
    expect(issue?.message.en).toBe(
      'The first sheet "Cover", read because no sheet was chosen, has no header: its first row names no column Tiendo reads. The sheet "Data" has a header.',
    )
    expect(issue?.hint?.en).toMatch(/^Choose the data sheet: `--sheet "Data"`/)
    expect(issue?.message.vi).toContain('Trang tính "Data" thì có dòng tiêu đề.')
    expect(issue?.hint?.vi).toMatch(/^Chọn trang tính chứa số liệu: `--sheet "Data"`/)
    // Chosen, the data sheet is read.
    const chosen = await readObservationFile(file, { sheet: 'Data' })
    expect(codes(chosen.issues)).toEqual([])
    expect(chosen.observations).toHaveLength(1)
  })

  it('on the sheet asked for, or the only one: the first row must be the header, said once', async () => {
    const file = await workbook('asked.xlsx', { Cover: [TITLE], Data: [HEADER, ROW] })
    const asked = await readObservationFile(file, { sheet: 'Cover' })
    expect(codes(asked.issues)).toEqual(['missing_column'])
    expect(asked.issues[0]).not.toHaveProperty('dataSheet')
    const only = await readObservationFile(await workbook('only.xlsx', { Cover: [TITLE] }))
    expect(codes(only.issues)).toEqual(['missing_column'])
    expect(only.issues[0]?.message.en).toContain('the first row is not a header')
  })

  it('a title above the header: one issue naming the header row, nothing for the columns under it', async () => {
    const file = await workbook('title.xlsx', { 'Số liệu': [TITLE, [], HEADER, ROW] })
    const { issues } = await readObservationFile(file)
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).toMatchObject({ headerRow: 3, location: { sheet: 'Số liệu', row: 1 } })
    expect(issues[0]?.message.en).toContain('Row 3 looks like the header.')
    expect(issues[0]?.hint?.en).toMatch(/^Delete the rows above row 3 \(a title or a note\)/)
    expect(issues[0]?.message.vi).toContain('Dòng 3 có vẻ là dòng tiêu đề.')
    expect(issues[0]?.hint?.vi).toMatch(/^Xóa các dòng phía trên dòng 3/)
  })

  it('a title merged across the columns: one name, not a column repeated under it', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Số liệu')
    for (const row of [TITLE, [], HEADER, ROW]) sheet.addRow(row)
    sheet.mergeCells('A1:D1')
    const file = join(dir, 'merged-title.xlsx')
    await book.xlsx.writeFile(file)
    const { issues } = await readObservationFile(file)
    // Not `duplicate_column` three times for the cells the title covers.
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).toMatchObject({ headerRow: 3 })
  })

  it('a title above a header in Vietnamese: that header is found too', async () => {
    const vietnamese = ['Mã chỉ tiêu', 'Đơn vị', 'Kỳ', 'Giá trị']
    const file = await workbook('title-vi.xlsx', { 'Số liệu': [TITLE, vietnamese, ROW] })
    const { issues } = await readObservationFile(file)
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).toMatchObject({ headerRow: 2 })
    expect(issues[0]?.hint?.en).toMatch(/^Delete the row above row 2 /)
  })
})

describe('a CSV file whose first row is no header', () => {
  const read = async (name: string, text: string) => {
    const file = join(dir, name)
    await writeFile(file, text)
    return readObservationFile(file)
  }

  it('a title on a line of its own: one issue naming the header row, no ragged rows', async () => {
    const { issues } = await read(
      'title.csv',
      'BÁO CÁO SỐ LIỆU NĂM 2024\nindicator,unit,period,value\nsmartphone_user_rate,58,2024,87.5\n',
    )
    // The rows are ragged against the title, which says nothing more.
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).toMatchObject({ headerRow: 2, location: { row: 1 } })
  })

  it('a title padded with commas and a blank line: the header found on row 3', async () => {
    const { issues } = await read(
      'padded.csv',
      'BÁO CÁO SỐ LIỆU NĂM 2024,,,\n,,,\nindicator,unit,period,value\nsmartphone_user_rate,58,2024,87.5\n',
    )
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).toMatchObject({ headerRow: 3 })
  })

  it('data where the header should be: no row named, the header asked for', async () => {
    const { issues } = await read(
      'headless.csv',
      'smartphone_user_rate,58,2023,80\nsmartphone_user_rate,58,2024,87.5\n',
    )
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).not.toHaveProperty('headerRow')
    expect(issues[0]?.hint?.en).toContain('The first row must be the header')
  })

  it('a header further down than the rows looked through: asked for, not named', async () => {
    const notes = Array.from({ length: 12 }, (_, i) => `Ghi chú ${i + 1}`).join('\n')
    const { issues } = await read(
      'deep.csv',
      `Báo cáo\n${notes}\nindicator,unit,period,value\nsmartphone_user_rate,58,2024,87.5\n`,
    )
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]).not.toHaveProperty('headerRow')
  })
})

describe('a workbook with other sheets of data', () => {
  it('a sheet a year: the first is read, the others named in one warning', async () => {
    const file = await workbook('years.xlsx', {
      '2023': [HEADER, ['smartphone_user_rate', '58', '2023', 84]],
      '2024': [HEADER, ROW],
      // Laid out like data, in Vietnamese column names: data all the same.
      '2025': [
        ['Chỉ tiêu', 'Đơn vị', 'Kỳ', 'Giá trị'],
        ['smartphone_user_rate', '58', '2025', 90],
      ],
      'Ghi chú': [['Người lập: Nguyễn Văn A'], ['Số liệu ước tính']],
      'Mẫu trống': [HEADER],
    })
    const { issues, observations } = await readObservationFile(file)
    expect(observations.map((o) => o.observation.period)).toEqual(['2023'])
    expect(codes(issues)).toEqual(['sheets_not_read'])
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      sheetName: '2023',
      sheets: ['2024', '2025'],
      count: 2,
      kind: 'observation',
      readAs: 'observation',
      location: { file, sheet: '2023' },
    })
    expect(issues[0]?.message.en).toBe(
      'The workbook has 2 other sheets of data in the same columns ("2024", "2025"), which are not read: only the first sheet, "2023", is.',
    )
    expect(issues[0]?.hint?.en).toContain('`--sheet "2024"`')
  })

  it('the DX products beside the figures: one warning of their own, the hint to submit them as records', async () => {
    const file = await workbook('mixed.xlsx', {
      'Số liệu 2024': [HEADER, ROW],
      'Sản phẩm': [
        ['kind', 'unit', 'date', 'status', 'title'],
        ['dx_product', '58.STP', '2024-03-01', 'completed', 'Cổng dữ liệu'],
      ],
      'Năm 2023': [HEADER, ['smartphone_user_rate', '58', '2023', 84]],
    })
    const { issues } = await readObservationFile(file)
    expect(issues).toMatchObject([
      { code: 'sheets_not_read', sheets: ['Năm 2023'], kind: 'observation', readAs: 'observation' },
      { code: 'sheets_not_read', sheets: ['Sản phẩm'], kind: 'record', readAs: 'observation' },
    ])
    expect(issues[1]?.message.en).toBe(
      'The workbook has a sheet of records (such as DX products), "Sản phẩm", not read: the file is read from its first sheet, "Số liệu 2024", as figures.',
    )
    expect(issues[1]?.hint?.en).toBe(
      'Submit that sheet as a file of its own of records (`--records`), or read it by naming it: `--sheet "Sản phẩm"` (option `sheet`).',
    )
  })

  it('no warning when a sheet is named, or for the template’s data sheet', async () => {
    const file = await workbook('named.xlsx', { '2023': [HEADER, ROW], '2024': [HEADER, ROW] })
    const named = await readObservationFile(file, { sheet: '2024' })
    expect(codes(named.issues)).toEqual([])
    const template = await workbook('template.xlsx', {
      'Hướng dẫn': [['Điền số liệu vào trang Số liệu']],
      'Số liệu': [HEADER, ROW],
      'Năm trước': [HEADER, ROW],
    })
    expect(codes((await readObservationFile(template)).issues)).toEqual([])
  })
})
