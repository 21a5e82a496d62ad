/**
 * The workbook an agency fills in: a data sheet in the submission format, with drop-down
 * lists for indicator, unit, period and status and values checked against the indicator's
 * bounds; the instructions; the catalogue of the indicators it asks for; the units. Written
 * with exceljs, in Node and in browsers alike; `tiendo validate` reads the filled workbook
 * back from its data sheet.
 */

import { DATA_SHEET_NAME } from '@tiendo/io/parse'
import type { Pack } from '@tiendo/schema'
import type { Workbook, Worksheet } from 'exceljs'
import { indicatorEntries } from '../catalogue/indicator-entries'
import { unitEntries } from '../catalogue/unit-entries'
import { AGGREGATION_WORDS, DIRECTION_WORDS, MEASURE_WORDS, wordFor } from '../render/vocabulary'
import { instructionLines, TEMPLATE_COLUMNS, TEMPLATE_SHEETS } from './template-words'

/** Options of {@link submissionTemplate}. */
export interface TemplateOptions {
  /**
   * The unit that fills it in (`58`): the unit list holds it and the units under it. Defaults
   * to every unit of the pack valid on the period's last day (or today's units).
   */
  readonly unit?: string | undefined
  /** The period asked for (`2024`, `2024-Q3`): the only choice of the period list. */
  readonly period?: string | undefined
  /** Rows of the data sheet that carry the lists and checks. Defaults to 500. */
  readonly rows?: number | undefined
  /** The workbook's date (for reproducible files). Defaults to now. */
  readonly created?: Date | undefined
}

/** Excel's number format for text: what is typed stays as typed. */
const TEXT_FORMAT = '@'

/** What the catalogue's column of whole numbers says of an indicator that takes them. */
const WHOLE = 'có'

/** Data validation as exceljs writes it (its typings leave `dataValidations` out). */
interface ValidationSheet {
  dataValidations: { add(address: string, validation: Record<string, unknown>): void }
}

const STATUSES = ['actual', 'estimate', 'provisional', 'preliminary', 'planned']

/** The years a period list offers when no period is asked for. */
const YEARS = Array.from({ length: 11 }, (_, i) => String(2020 + i))

/**
 * The submission template of a resolved pack, as `.xlsx` bytes. It asks for the indicators
 * people submit (those the pack does not derive from others).
 */
export async function submissionTemplate(
  pack: Pack,
  options: TemplateOptions = {},
): Promise<Uint8Array> {
  const rows = options.rows ?? 500
  const indicators = indicatorEntries(pack).filter((entry) => entry.derivation === null)
  const units = templateUnits(pack, options)
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tiendo'
  workbook.title = `Mẫu nhập số liệu — ${pack.id}`
  workbook.created = options.created ?? new Date()
  workbook.modified = workbook.created

  const data = workbook.addWorksheet(DATA_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  })
  // Every column but the value's holds text: formatted as Text, Excel keeps a unit typed `01`
  // and a period typed `2024-09` as typed, instead of making a number and a date of them.
  data.columns = TEMPLATE_COLUMNS.map((column) => ({
    key: column.code,
    width: column.width,
    ...(column.code === 'value' ? {} : { style: { numFmt: TEXT_FORMAT } }),
  }))
  const header = data.getRow(1)
  TEMPLATE_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    // The first line names the column for Tiendo; the second is for people.
    cell.value = `${column.code}\n${column.label.vi} · ${column.label.en}`
    cell.note = `${column.comment.vi}\n\n${column.comment.en}`
  })
  header.height = 32
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EBEF' } }

  const catalogue = tableSheet(workbook, TEMPLATE_SHEETS.indicators, 1, [
    ['Mã · Id', 34],
    ['Tên · Vietnamese name', 48],
    ['Name', 48],
    ['Đo bằng · Unit', 16],
    ['Nhỏ nhất · Min', 10],
    ['Lớn nhất · Max', 10],
    ['Chiều · Direction', 20],
    ['Tổng hợp · Aggregation', 24],
    ['Số nguyên · Whole numbers', 14],
  ])
  for (const entry of indicators) {
    catalogue.addRow([
      entry.id,
      entry.name.vi,
      entry.name.en,
      wordFor(MEASURE_WORDS, entry.unit, 'vi'),
      entry.bounds?.min == null ? null : Number(entry.bounds.min),
      entry.bounds?.max == null ? null : Number(entry.bounds.max),
      wordFor(DIRECTION_WORDS, entry.direction, 'vi'),
      wordFor(AGGREGATION_WORDS, entry.aggregation.method, 'vi'),
      entry.wholeNumbers ? WHOLE : 'không',
    ])
  }

  const unitSheet = tableSheet(workbook, TEMPLATE_SHEETS.units, 0, [
    ['Mã · Code', 14],
    ['Tên · Name', 40],
    ['Cấp trên · Parent', 16],
  ])
  for (const unit of units) unitSheet.addRow([unit.code, unit.name.vi, unit.parent ?? ''])

  const instructions = workbook.addWorksheet(TEMPLATE_SHEETS.instructions)
  instructions.getColumn(1).width = 110
  for (const line of instructionLines(pack.id, DATA_SHEET_NAME)) {
    instructions.addRow([line]).alignment = { wrapText: true }
  }
  instructions.getRow(1).font = { bold: true, size: 14 }

  addValidations(data, {
    rows,
    indicators: indicators.length,
    units: units.length,
    periods: options.period === undefined ? YEARS : [options.period],
  })

  // A Node `Buffer` (a Uint8Array) in Node, an ArrayBuffer in browsers.
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer)
}

/** A sheet of a table: its header in bold, frozen with `xSplit` columns. */
function tableSheet(
  workbook: Workbook,
  name: string,
  xSplit: number,
  columns: readonly (readonly [string, number])[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit, ySplit: 1 }] })
  sheet.columns = columns.map(([header, width]) => ({ header, width }))
  sheet.getRow(1).font = { bold: true }
  return sheet
}

/** The units the list offers: the one asked for and those under it, or all of the day's. */
function templateUnits(pack: Pack, options: TemplateOptions) {
  const day = lastDay(options.period)
  const valid = unitEntries(pack, day === undefined ? {} : { on: day })
  if (options.unit === undefined) return valid
  const under = new Set([options.unit])
  // Parents come before children in no guaranteed order: widen until nothing is added.
  for (let grew = true; grew; ) {
    grew = false
    for (const unit of valid) {
      const parent = unit.parent?.split('@')[0]
      if (parent !== undefined && under.has(parent) && !under.has(unit.code)) {
        under.add(unit.code)
        grew = true
      }
    }
  }
  return valid.filter((unit) => under.has(unit.code))
}

/** The last day of a period (`2024` → `2024-12-31`, `2024-Q3` → `2024-09-30`), when simple. */
function lastDay(period: string | undefined): string | undefined {
  if (period === undefined) return undefined
  const year = /^(\d{4})$/.exec(period)
  if (year) return `${year[1]}-12-31`
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter)
    return `${quarter[1]}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter[2]) - 1]}`
  return undefined
}

function sheetRef(name: string, column: string, count: number): string {
  return `'${name}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`
}

function addValidations(
  sheet: Worksheet,
  counts: { rows: number; indicators: number; units: number; periods: readonly string[] },
): void {
  const { dataValidations } = sheet as unknown as ValidationSheet
  const last = counts.rows + 1
  const list = (formula: string, what: string, strict: boolean) => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'warning',
    errorTitle: 'Tiendo',
    error: `${what} không có trong danh sách.`,
  })
  dataValidations.add(
    `A2:A${last}`,
    list(sheetRef(TEMPLATE_SHEETS.indicators, 'A', counts.indicators), 'Chỉ tiêu', true),
  )
  dataValidations.add(
    `B2:B${last}`,
    list(sheetRef(TEMPLATE_SHEETS.units, 'A', counts.units), 'Đơn vị', true),
  )
  // Other periods (a quarter, a month) stay possible: the list only warns.
  dataValidations.add(`C2:C${last}`, list(`"${counts.periods.join(',')}"`, 'Kỳ', false))
  dataValidations.add(`E2:E${last}`, list(`"${STATUSES.join(',')}"`, 'Tình trạng', true))
  // A number within the bounds of the row's indicator (columns E and F of the catalogue), and
  // whole where column I says so; no bound where the catalogue leaves the cell empty or the
  // indicator is not chosen yet.
  const range = `'${TEMPLATE_SHEETS.indicators}'!$A$2:$I$${Math.max(2, counts.indicators + 1)}`
  const bound = (column: number, op: string) =>
    `IFERROR(OR(VLOOKUP($A2,${range},${column},FALSE)&""="",D2${op}VLOOKUP($A2,${range},${column},FALSE)),TRUE)`
  const whole = `OR(IFERROR(VLOOKUP($A2,${range},9,FALSE)<>"${WHOLE}",TRUE),D2=INT(D2))`
  dataValidations.add(`D2:D${last}`, {
    type: 'custom',
    allowBlank: true,
    formulae: [`AND(ISNUMBER(D2),${bound(5, '>=')},${bound(6, '<=')},${whole})`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Tiendo',
    error:
      'Giá trị phải là một số trong giới hạn của chỉ tiêu (xem trang “Chỉ tiêu”), số nguyên nếu trang đó ghi “có”. Tỷ lệ ghi bằng số phần trăm: 87,5.',
  })
}
