import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

/** Workbooks built with exceljs for the XLSX tests; the sheet rows named in comments matter. */
export interface XlsxFixtures {
  readonly dir: string
  /** Sheet `Số liệu` (numbers, formulas, a merge, dates, problems) and sheet `Khác`. */
  readonly observations: string
  /** A first sheet that is hidden, then a visible `Dữ liệu` sheet. */
  readonly hiddenFirst: string
  /** Sheet `Số liệu` with rows 3 and 5–15 hidden (and an empty hidden row 17). */
  readonly hiddenRows: string
  /** Sheet `Số liệu` hiding its `note` column and a `tra_cuu` column Tiendo does not read. */
  readonly hiddenColumns: string
  readonly records: string
  readonly headerOnly: string
  readonly emptySheet: string
  /** Text saved with an .xlsx extension. */
  readonly textAsXlsx: string
  /** The signature of an old .xls (OLE2) file. */
  readonly oldXls: string
  /**
   * Cells stored as ISO 8601 text (`<c t="d">`), as SheetJS writes dates: sheet `Bìa` (first,
   * with one such cell at D7), then sheet `Số liệu` (rows in comments).
   */
  readonly isoDates: string
  /** The records workbook with its second date (D3, date-formatted) stored as `t="d"`. */
  readonly isoDateRecords: string
}

/**
 * Rewrites cells of one sheet part as `t="d"` cells: each address gets the given inner XML
 * (`<v>2024-09-01T00:00:00</v>`, or a formula with it), keeping its style.
 */
export async function withIsoDateCells(
  bytes: Uint8Array,
  part: string,
  cells: Record<string, string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  let xml = await (zip.file(part) as JSZip.JSZipObject).async('string')
  for (const [address, inner] of Object.entries(cells)) {
    const cell = new RegExp(`<c r="${address}"( s="\\d+")?[^>]*?(?:/>|>.*?</c>)`)
    if (!cell.test(xml)) throw new Error(`no cell ${address} in ${part}`)
    xml = xml.replace(cell, (_, style = '') => `<c r="${address}"${style} t="d">${inner}</c>`)
  }
  zip.file(part, xml)
  return zip.generateAsync({ type: 'uint8array' })
}

export async function buildXlsxFixtures(): Promise<XlsxFixtures> {
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-io-xlsx-'))
  const path = (name: string) => join(dir, name)

  const book = new ExcelJS.Workbook()
  const data = book.addWorksheet('Số liệu')
  data.addRow(['indicator', 'unit', 'period', 'value', 'note']) // 1
  data.addRow(['dti_score', '58', '2022', 0.5934, 'Ninh Thuận']) // 2
  data.addRow(['smartphone_user_rate', 58, 2024, 87.5, null]) // 3: numeric unit and period
  data.addRow(['dti_score', '58', '2023', { formula: 'D2+0.0935', result: 0.6869 }]) // 4
  data.addRow(['household_fibre_rate', '58', '2023', 70]) // 5: A5:A6 merged below
  data.addRow([null, '58', '2024', 75.5]) // 6
  data.mergeCells('A5:A6')
  data.addRow(['digital_economy_share', '58', '2024', 0.1 + 0.2]) // 7: float noise
  data.addRow(['dti_score', '58', '2025', { formula: 'D2*2' }]) // 8: no cached result
  data.addRow(['smartphone_user_rate', '58', '2023', 0.875]) // 9: shown as 87.5%
  data.getCell('D9').numFmt = '0.0%'
  data.addRow(['dti_score', '58', '2026', { error: '#DIV/0!' }]) // 10
  data.addRow(['dti_score', '58', new Date(Date.UTC(2024, 8, 1)), 0.7]) // 11: Excel turned a period into a date
  // 12 stays empty
  data.getRow(13).values = ['population', '58', '2024', 363.558, 'dân số (nghìn người)'] // 13
  data.getRow(14).values = ['tiny_rate', '58', '2024', 1e-7] // 14
  const other = book.addWorksheet('Khác')
  other.addRow(['indicator', 'unit', 'period', 'value'])
  other.addRow(['dti_score', '56', '2024', 0.7079])
  await book.xlsx.writeFile(path('observations.xlsx'))

  const hidden = new ExcelJS.Workbook()
  const lookups = hidden.addWorksheet('Danh mục')
  lookups.addRow(['code', 'name'])
  lookups.state = 'hidden'
  const visible = hidden.addWorksheet('Dữ liệu')
  visible.addRow(['indicator', 'unit', 'period', 'value'])
  visible.addRow(['dti_score', '58', '2024', 0.7079])
  await hidden.xlsx.writeFile(path('hidden-first.xlsx'))

  const filtered = new ExcelJS.Workbook()
  const rows = filtered.addWorksheet('Số liệu')
  rows.addRow(['indicator', 'unit', 'period', 'value'])
  for (let year = 2010; year <= 2024; year++) rows.addRow(['dti_score', '58', String(year), 0.5])
  for (const number of [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]) {
    rows.getRow(number).hidden = true
  }
  await filtered.xlsx.writeFile(path('hidden-rows.xlsx'))

  const helpers = new ExcelJS.Workbook()
  const columns = helpers.addWorksheet('Số liệu')
  columns.addRow(['indicator', 'unit', 'period', 'value', 'note', 'tra_cuu'])
  columns.addRow(['dti_score', '58', '2024', 0.7, 'ước tính', 'x'])
  // `note` is read; `tra_cuu`, a lookup column, is not.
  columns.getColumn(5).hidden = true
  columns.getColumn(6).hidden = true
  await helpers.xlsx.writeFile(path('hidden-columns.xlsx'))

  const records = new ExcelJS.Workbook()
  const products = records.addWorksheet('Sản phẩm')
  products.addRow(['id', 'kind', 'unit', 'date', 'status', 'title', 'evidence'])
  products.addRow([
    'NT-1',
    'dx_product',
    '58.SNV',
    new Date(Date.UTC(2022, 5, 14)),
    'completed',
    {
      richText: [{ text: 'Chữ ký số ' }, { text: 'trong gửi nhận văn bản', font: { bold: true } }],
    },
    { text: 'Quyết định', hyperlink: 'https://snv.ninhthuan.gov.vn/a' },
  ])
  products.addRow([
    'NT-2',
    'dx_product',
    '58.STP',
    new Date(Date.UTC(2022, 10, 21, 9, 30)),
    'completed',
    'Cơ sở dữ liệu',
  ])
  await records.xlsx.writeFile(path('records.xlsx'))

  const headerOnly = new ExcelJS.Workbook()
  headerOnly.addWorksheet('Sheet1').addRow(['indicator', 'unit', 'period', 'value'])
  await headerOnly.xlsx.writeFile(path('header-only.xlsx'))

  const empty = new ExcelJS.Workbook()
  empty.addWorksheet('Trống')
  await empty.xlsx.writeFile(path('empty-sheet.xlsx'))

  const isoBook = new ExcelJS.Workbook()
  const cover = isoBook.addWorksheet('Bìa')
  for (let row = 1; row <= 7; row++) cover.getRow(row).values = ['Bìa', null, null, row]
  const iso = isoBook.addWorksheet('Số liệu')
  iso.addRow(['indicator', 'unit', 'period', 'value']) // 1
  iso.addRow(['dti_score', '58', 'C2', 0.7]) // 2: period 2024-09-01T00:00:00
  iso.addRow(['dti_score', '58', '2023', 'D3']) // 3: value 2024-01-01T00:00:00
  iso.addRow(['dti_score', '58', new Date(Date.UTC(2020, 0, 1)), 0.6]) // 4: a date-formatted cell, 2023-09-15
  iso.addRow(['dti_score', '58', '2022', 'D5']) // 5: a formula's result, 2024-02-29T08:15:00
  iso.addRow(['dti_score', '58', 'C6', 0.4]) // 6: period `soon`
  iso.addRow(['dti_score', '58', '2021', 0.5]) // 7: plain, though Bìa's D7 is t="d"
  await isoBook.xlsx.writeFile(path('iso-dates-base.xlsx'))
  let isoBytes: Uint8Array = await readFile(path('iso-dates-base.xlsx'))
  isoBytes = await withIsoDateCells(isoBytes, 'xl/worksheets/sheet1.xml', {
    D7: '<v>2019-01-01</v>',
  })
  isoBytes = await withIsoDateCells(isoBytes, 'xl/worksheets/sheet2.xml', {
    C2: '<v>2024-09-01T00:00:00</v>',
    D3: '<v>2024-01-01T00:00:00</v>',
    C4: '<v>2023-09-15</v>',
    D5: '<f>TODAY()</f><v>2024-02-29T08:15:00</v>',
    C6: '<v>soon</v>',
  })
  await writeFile(path('iso-dates.xlsx'), isoBytes)
  const recordBytes = await withIsoDateCells(
    await readFile(path('records.xlsx')),
    'xl/worksheets/sheet1.xml',
    { D3: '<v>2022-11-21T09:30:00Z</v>' },
  )
  await writeFile(path('iso-date-records.xlsx'), recordBytes)

  await writeFile(path('text.xlsx'), 'indicator,unit,period,value\n')
  await writeFile(
    path('old.xlsx'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  )

  return {
    dir,
    observations: path('observations.xlsx'),
    hiddenFirst: path('hidden-first.xlsx'),
    hiddenRows: path('hidden-rows.xlsx'),
    hiddenColumns: path('hidden-columns.xlsx'),
    records: path('records.xlsx'),
    headerOnly: path('header-only.xlsx'),
    emptySheet: path('empty-sheet.xlsx'),
    textAsXlsx: path('text.xlsx'),
    oldXls: path('old.xlsx'),
    isoDates: path('iso-dates.xlsx'),
    isoDateRecords: path('iso-date-records.xlsx'),
  }
}
