import { mkdtemp, rm } from 'node:fs/promises'
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

describe('a first row that is no header', () => {
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

  it('a title above the header: no "column without a name" for each column under it', async () => {
    const file = await workbook('title.xlsx', { 'Số liệu': [TITLE, [], HEADER, ROW] })
    const { issues } = await readObservationFile(file)
    expect(codes(issues)).toEqual(['missing_column'])
    expect(issues[0]?.hint?.en).toContain('The first row must be the header')
  })
})
