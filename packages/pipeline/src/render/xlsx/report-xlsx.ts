/**
 * The report's tables as an Excel workbook, for the next office to copy into its own
 * spreadsheet: one sheet per table, numbers as numbers (a percentage as a fraction with a
 * percent format), each shown with the decimals the report shows, the header row frozen and
 * filterable. Written with exceljs, in Node and in browsers alike.
 */

import type { PipelineReport } from '../../report/report'
import type { RenderOptions } from '../report-view'
import { reportTables } from '../tables/report-tables'
import type { ReportTable, TableCell } from '../tables/table-model'

/** Options of {@link reportToXlsx}. */
export interface XlsxOptions extends RenderOptions {
  /**
   * The tables to write, by id (`targets`, `trends`, `rules`, `issues`, `figures`,
   * `derived`, `withheld`). Defaults to all of them, in that order.
   */
  readonly tables?: readonly string[] | undefined
}

/** Characters a sheet name may not hold, and its longest length (Excel's rules). */
const FORBIDDEN = /[[\]:*?/\\]/g
const MAX_SHEET_NAME = 31

/** The number format of a cell: thousands grouped, the decimals the report shows. */
export function numberFormat(cell: Exclude<TableCell, null>): string | undefined {
  if (cell.kind === 'text') return undefined
  const decimals = cell.places > 0 ? `.${'0'.repeat(Math.min(cell.places, 15))}` : ''
  return cell.kind === 'rate' ? `0${decimals}%` : `#,##0${decimals}`
}

function sheetName(table: ReportTable, taken: Set<string>): string {
  const base = table.title.replace(FORBIDDEN, ' ').slice(0, MAX_SHEET_NAME).trim() || table.id
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    name = `${base.slice(0, MAX_SHEET_NAME - 3)} ${n}`
  }
  taken.add(name.toLowerCase())
  return name
}

/**
 * The report's tables as an `.xlsx` workbook's bytes: progress to targets, trends, every
 * rule result, the data's issues, every figure (submitted or derived, with how), the derived
 * figures and those withheld — headers in the report's language, frozen, with filters.
 */
export async function reportToXlsx(
  report: PipelineReport,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi'
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tiendo'
  workbook.title = lang === 'en' ? (report.title.en ?? report.title.vi) : report.title.vi
  if (report.generatedAt !== undefined) {
    workbook.created = new Date(report.generatedAt)
    workbook.modified = workbook.created
  }
  const wanted = options.tables
  const tables = reportTables(report, lang).filter(
    (table) => wanted === undefined || wanted.includes(table.id),
  )
  const taken = new Set<string>()
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table, taken), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    })
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      key: column.id,
      width: column.width,
    }))
    const header = sheet.getRow(1)
    header.font = { bold: true }
    header.alignment = { vertical: 'middle', wrapText: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EBEF' } }
    for (const cells of table.rows) {
      const row = sheet.addRow(
        cells.map((cell) =>
          cell === null ? null : cell.kind === 'text' ? cell.text : Number(cell.value),
        ),
      )
      cells.forEach((cell, index) => {
        if (cell === null || cell.kind === 'text') return
        const format = numberFormat(cell)
        if (format !== undefined) row.getCell(index + 1).numFmt = format
      })
    }
    if (table.columns.length > 0) {
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
      }
    }
  }
  // A Node `Buffer` (a Uint8Array) in Node, an ArrayBuffer in browsers.
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer)
}
