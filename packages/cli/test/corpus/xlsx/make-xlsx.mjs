// Regenerates the committed XLSX files of the corpus: `node make-xlsx.mjs` (needs exceljs).
// The files are committed so the corpus does not depend on this script or on exceljs's output.
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'

const here = dirname(fileURLToPath(import.meta.url))
const header = ['indicator', 'unit', 'period', 'value', 'status']

async function book(name, fill) {
  const workbook = new ExcelJS.Workbook()
  // A fixed date keeps the output stable between runs.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1))
  await fill(workbook)
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
  await writeFile(join(here, name), bytes)
  return bytes
}

await book('ok-several-sheets.xlsx', (b) => {
  const first = b.addWorksheet('Số liệu')
  first.addRow(header)
  first.addRow(['smartphone_user_rate', '58', '2024', 87.5, 'actual'])
  const second = b.addWorksheet('Ghi chú')
  second.addRow(['this sheet is not read unless --sheet names it'])
  second.addRow([1, 2, 3])
})
await book('formulas.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header) // 1
  s.addRow(['dti_score', '58', '2022', 0.5934, 'actual']) // 2
  s.addRow(['dti_score', '58', '2023', { formula: 'D2+0.0935', result: 0.6869 }, 'actual']) // 3
  s.addRow(['dti_score', '58', '2024', { formula: 'D3*1.02' }, 'actual']) // 4: no cached result
})
await book('merged-cells.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['household_fibre_rate', '58', '2023', 70, 'actual']) // 2
  s.addRow([null, '58', '2024', 81.7, 'actual']) // 3
  s.mergeCells('A2:A3')
})
await book('dates.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['smartphone_user_rate', '58', '2024', 87.5, 'actual'])
  s.addRow(['household_fibre_rate', '58', new Date(Date.UTC(2024, 8, 1)), 81.7, 'actual']) // 3: Excel made 2024-09 a date
})
await book('percent-format.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['smartphone_user_rate', '58', '2024', 0.875, 'actual'])
  s.getCell('D2').numFmt = '0.0%'
})
await book('cell-error.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['smartphone_user_rate', '58', '2024', { error: '#DIV/0!' }, 'actual'])
})
await book('empty-sheet.xlsx', (b) => {
  b.addWorksheet('Trống')
})
await book('out-of-bounds.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['smartphone_user_rate', '58', '2024', 87.5, 'actual'])
  s.addRow(['household_fibre_rate', '58', '2023', 181.7, 'actual']) // 3
})
const whole = await book('ok-for-truncation.xlsx', (b) => {
  const s = b.addWorksheet('Số liệu')
  s.addRow(header)
  s.addRow(['smartphone_user_rate', '58', '2024', 87.5, 'actual'])
})
// A download cut short: the zip's central directory is missing.
await writeFile(
  join(here, 'corrupt-truncated.xlsx'),
  whole.subarray(0, Math.floor(whole.length / 2)),
)
await writeFile(
  join(here, 'text-renamed.xlsx'),
  'indicator,unit,period,value\nsmartphone_user_rate,58,2024,87.5\n',
)
