import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { drain, plain } from '../__tests__/helpers'
import { readRows } from '../read-rows'
import { headerColumnName } from './data-sheet'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-io-data-sheet-'))
  dirs.push(dir)
  const book = new ExcelJS.Workbook()
  build(book)
  const file = join(dir, 'mau.xlsx')
  await writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()))
  return file
}

describe('the data sheet of a workbook', () => {
  it('is the one named `Số liệu` when no sheet is named, wherever it stands', async () => {
    const file = await workbook((book) => {
      book.addWorksheet('Hướng dẫn').addRow(['Nhập số liệu ở trang “Số liệu”.'])
      const data = book.addWorksheet('Số liệu')
      data.addRow(['indicator\nChỉ tiêu · Indicator', 'unit\nĐơn vị', 'period', 'value\nGiá trị'])
      data.addRow(['dti_score', '58', '2024', 0.7])
    })
    const { rows, issues } = await drain(readRows(file))
    expect(issues).toEqual([])
    expect(rows.map((row) => [row.location.sheet, plain(row)])).toEqual([
      ['Số liệu', { indicator: 'dti_score', unit: '58', period: '2024', value: '0.7' }],
    ])
  })

  it('is the first visible sheet when none is named `Số liệu`', async () => {
    const file = await workbook((book) => {
      book.addWorksheet('Quý 3').addRow(['indicator', 'unit', 'period', 'value'])
      book.addWorksheet('Khác').addRow(['x'])
    })
    const { rows, issues } = await drain(readRows(file))
    expect(rows).toEqual([])
    expect(issues.map((issue) => [issue.code, issue.location?.sheet])).toEqual([
      ['header_only', 'Quý 3'],
    ])
  })
})

describe('headerColumnName', () => {
  it('keeps a header cell’s first line', () => {
    expect(headerColumnName('value\r\nGiá trị')).toBe('value')
    expect(headerColumnName('value')).toBe('value')
    expect(headerColumnName(undefined)).toBeUndefined()
  })
})
