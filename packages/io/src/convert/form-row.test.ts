import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readObservationFile } from '../read-observations'
import { readRecordFile } from '../read-records'
import type { RawRow } from '../rows/raw-row'
import { formRowOf } from './form-row'

const row = (texts: string[], cells: Record<string, string> = {}): RawRow => ({
  kind: 'row',
  cells,
  location: { file: 'f.csv', row: 2 },
  texts,
})

describe('formRowOf', () => {
  it.each([
    [['(1)', '(2)', '(3)', '(4)'], '(1) (2) (3) (4)'],
    [['1', '2', '3', '4', ''], '1 2 3 4'],
    [['(A)', '(B)', '(1)', '(2)', '(3)'], '(A) (B) (1) (2) (3)'],
    [['A', 'B', 'C'], 'A B C'],
  ])('tells a row numbering the columns: %j', (texts, text) => {
    expect(formRowOf(row(texts))).toEqual({ form: 'column_numbers', text })
  })

  it.each([
    [['(1)', '(2)']],
    [['(1)', '(3)', '(4)']],
    [['(1)', '(A)', '(2)']],
    [['smartphone_user_rate', '58', '2024', '87.5']],
    [['1', '58', '2024', '4']],
  ])('takes no other row for one: %j', (texts) => {
    expect(formRowOf(row(texts))).toBeUndefined()
  })

  it.each(['Tổng cộng', 'TỔNG CỘNG:', 'Cộng', 'Tổng số', 'Total'])(
    'tells a total row by its word where the unit or indicator goes: %s',
    (word) => {
      expect(formRowOf(row([], { unit: word }))).toEqual({ form: 'total', text: word })
      expect(formRowOf(row([], { indicator: word }))?.form).toBe('total')
    },
  )

  it('takes no word written as an id could be for a total: its row keeps its own errors', () => {
    expect(formRowOf(row([], { indicator: 'total' }))).toBeUndefined()
    expect(formRowOf(row([], { unit: 'tong' }))).toBeUndefined()
    expect(formRowOf(row([], { unit: 'tong cong' }))?.form).toBe('total')
  })

  it('takes no word elsewhere in the row for a total', () => {
    expect(formRowOf(row([], { note: 'Tổng cộng', unit: '58.X' }))).toBeUndefined()
    expect(formRowOf(row([], { unit: 'Tổng cục Thống kê' }))).toBeUndefined()
  })
})

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiendo-io-form-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code)

describe('a printed form filled in', () => {
  it('XLSX: one warning for its column numbers and one for its total; the data is read', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Số liệu')
    sheet.addRow(['indicator', 'unit', 'period', 'value'])
    sheet.addRow(['(1)', '(2)', '(3)', '(4)'])
    sheet.addRow(['smartphone_user_rate', '58', '2024', 87.5])
    sheet.addRow(['Tổng cộng', '', '', 87.5])
    const file = join(dir, 'form.xlsx')
    await book.xlsx.writeFile(file)
    const { issues, observations, stats } = await readObservationFile(file)
    expect(codes(issues)).toEqual(['form_row', 'form_row'])
    expect(issues.map((issue) => [issue.severity, issue.location?.row])).toEqual([
      ['warning', 2],
      ['warning', 4],
    ])
    expect(issues[0]).toMatchObject({ form: 'column_numbers', text: '(1) (2) (3) (4)' })
    expect(issues[0]?.message.en).toBe(
      'The row numbers the columns ((1) (2) (3) (4)), as a printed form does under its header: it is not data, and is not read.',
    )
    expect(issues[1]).toMatchObject({ form: 'total', text: 'Tổng cộng' })
    expect(issues[1]?.message.vi).toBe(
      'Dòng này là dòng tổng ("Tổng cộng"): không được đọc. Tiendo tự cộng số liệu của các đơn vị.',
    )
    expect(observations).toHaveLength(1)
    expect(stats).toMatchObject({ rows: 3, accepted: 1, errors: 0, warnings: 2 })
  })

  it('XLSX: the signing block under the table is one warning a line; a figure after it is read', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Số liệu')
    sheet.addRow(['indicator', 'unit', 'period', 'value'])
    sheet.addRow(['smartphone_user_rate', '58', '2024', 87.5])
    sheet.addRow([])
    sheet.addRow(['', '', 'Ninh Thuận, ngày 15 tháng 01 năm 2025'])
    sheet.addRow(['Người lập biểu', '', '', 'Thủ trưởng đơn vị'])
    sheet.addRow(['(Ký, ghi rõ họ tên)', '', '', '(Ký tên, đóng dấu)'])
    sheet.addRow([])
    sheet.addRow(['Nguyễn Văn A', '', '', 'Trần Thị B'])
    // Data again: the block is over, and a name-like row is an error again.
    sheet.addRow(['smartphone_user_rate', '58', '2023', 84])
    sheet.addRow(['Lê Văn C'])
    const file = join(dir, 'signed.xlsx')
    await book.xlsx.writeFile(file)
    const { issues, observations, stats } = await readObservationFile(file)
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['form_row', 4],
      ['form_row', 5],
      ['form_row', 6],
      ['form_row', 8],
      ['id_syntax', 10],
      ['invalid_type', 10],
      ['invalid_type', 10],
    ])
    expect(issues.slice(0, 4)).toMatchObject(
      [
        'Ninh Thuận, ngày 15 tháng 01 năm 2025',
        'Người lập biểu',
        '(Ký, ghi rõ họ tên)',
        'Nguyễn Văn A',
      ].map((text) => ({ severity: 'warning', form: 'signature', text })),
    )
    expect(issues[1]?.message.en).toBe(
      'The row is part of the signing block that ends the report ("Người lập biểu"): it is not data, and is not read.',
    )
    expect(issues[1]?.message.vi).toBe(
      'Dòng này thuộc phần ký tên cuối báo cáo ("Người lập biểu"): không phải số liệu, nên không được đọc.',
    )
    expect(observations.map((o) => o.observation.period)).toEqual(['2024', '2023'])
    expect(stats).toMatchObject({ accepted: 2, warnings: 4 })
  })

  it('CSV: a figure beside a signing title keeps its errors; the row is no signature', async () => {
    const file = join(dir, 'odd.csv')
    await writeFile(file, 'indicator,unit,period,value\nNgười lập biểu,,,87.5\n')
    const { issues } = await readObservationFile(file)
    expect(codes(issues)).not.toContain('form_row')
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true)
  })

  it('CSV records: a total row is told once, not cell by cell', async () => {
    const file = join(dir, 'products.csv')
    await writeFile(
      file,
      'kind,unit,date,status,title\ndx_product,58.STP,2024-03-01,completed,Cổng\n,Tổng cộng,,,\n',
    )
    const { issues, records } = await readRecordFile(file)
    expect(codes(issues)).toEqual(['form_row'])
    expect(records).toHaveLength(1)
  })
})
