import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import type { Cell, Row, Workbook, Worksheet } from 'exceljs'
import { OBSERVATION_SPEC, RECORD_SPEC } from '../convert/spec'
import { ioIssue } from '../issue'
import type { IoIssueFields, SheetNotFoundFields } from '../issue-fields'
import {
  cellTooLongIssue,
  limitIssue,
  tooManyColumnsIssue,
  tooManyRowsIssue,
} from '../limit-issues'
import type { ReadLimits } from '../limits'
import { IoDecimal } from '../numbers/decimal'
import { numberToDecimalText } from '../numbers/number-text'
import { buildHeader, cellsOf, columnLetters, type HeaderMap, strayCellIssue } from '../rows/header'
import { type CellType, cellLocation, type RowItem, TEXTS_KEPT_FOR_ROWS } from '../rows/raw-row'
import { normalizeText } from '../text/normalize'
import type { ReaderContext } from './context'
import { DATA_SHEET_NAME, headerColumnName } from './data-sheet'
import { type CellRead, isoDateText, isPercentFormat, readCellValue } from './xlsx-cell'
import { findIsoDateCells, isoCellDate } from './xlsx-iso-dates'
import { surveyZip } from './zip-size'

/**
 * Reads the rows of one sheet of an XLSX workbook, given the file's bytes, with exceljs
 * (`Workbook.xlsx.load`). The sheet is `context.sheet`, else the visible one named
 * {@link DATA_SHEET_NAME}, else the first visible one. The header is the first row with a
 * value (a cell's first line names its column); each row's location is `{ file, sheet, row }` with the
 * sheet's own row number. Numbers become the shortest decimal text that round-trips to the
 * stored double (`87.5` stays `87.5`); dates ISO text, whether stored as a date serial or as
 * ISO 8601 text (`t="d"`, which exceljs alone reads as a number); formulas their cached result; a merged
 * cell the value of its range's first cell (with a `merged_cells` warning); rows and columns
 * Excel hides like the others (with a `hidden_rows` and a `hidden_columns` warning). @internal
 */
export async function* readXlsxRows(
  bytes: Uint8Array,
  context: ReaderContext,
): AsyncGenerator<RowItem, void, undefined> {
  const { file, limits } = context
  const survey = surveyZip(bytes)
  if (survey.kind === 'not_zip') {
    yield ioIssue('invalid_xlsx', { reason: notZipKind(bytes) }, { location: { file } })
    return
  }
  if (survey.uncompressedBytes > limits.maxInMemoryBytes) {
    const max = limits.maxInMemoryBytes
    yield limitIssue({ limit: 'maxInMemoryBytes', max, measure: 'unzipped_bytes' }, { file })
    return
  }
  let workbook: Workbook
  try {
    const { default: ExcelJS } = await import('exceljs')
    workbook = new ExcelJS.Workbook()
    // exceljs hands the bytes to JSZip, which reads a Uint8Array in Node and in browsers alike;
    // its typings ask for a `Buffer` of its own making.
    await workbook.xlsx.load(bytes as never)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    yield ioIssue('invalid_xlsx', { reason: 'corrupt', detail }, { location: { file } })
    return
  }
  const sheet = chooseSheet(workbook, context.sheet)
  if ('missing' in sheet) {
    yield ioIssue('sheet_not_found', sheet.missing, { location: { file } })
    return
  }
  let isoDates: ReadonlyMap<string, string>
  try {
    const found = await findIsoDateCells(bytes, sheet.worksheet.id)
    if (found.kind === 'unaddressed') {
      const detail = `a date cell (t="d") of the sheet ${sheet.worksheet.name} has no address (r)`
      yield ioIssue('invalid_xlsx', { reason: 'corrupt', detail }, { location: { file } })
      return
    }
    isoDates = found.cells
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    yield ioIssue('invalid_xlsx', { reason: 'corrupt', detail }, { location: { file } })
    return
  }
  yield* sheetRows(sheet.worksheet, context, isoDates, sheet.others)
}

/**
 * The sheet to read; `others` are the visible sheets passed over when it was taken for being
 * the first, with no sheet named.
 */
type SheetChoice =
  | { worksheet: Worksheet; others?: readonly Worksheet[] }
  | { missing: SheetNotFoundFields }

function chooseSheet(workbook: Workbook, wanted: string | undefined): SheetChoice {
  const sheets = workbook.worksheets
  if (wanted !== undefined) {
    const found = findSheet(sheets, wanted)
    if (found) return { worksheet: found }
    const names = sheets.map((sheet) => sheet.name)
    return { missing: { sheetName: wanted, available: names } }
  }
  const shown = sheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined)
  const data = findSheet(shown, DATA_SHEET_NAME)
  if (data) return { worksheet: data }
  const [first, ...others] = shown
  if (first) return { worksheet: first, others }
  return { missing: {} }
}

/**
 * The sheet of a name as Excel finds it: regardless of case (`số liệu`, `SỐ LIỆU` name the
 * sheet `Số liệu`; Excel allows no two names that differ only so), the exact name first.
 */
function findSheet(sheets: readonly Worksheet[], wanted: string): Worksheet | undefined {
  const name = normalizeText(wanted)
  const exact = sheets.find((sheet) => normalizeText(sheet.name) === name)
  if (exact) return exact
  const folded = name.toLowerCase()
  return sheets.find((sheet) => normalizeText(sheet.name).toLowerCase() === folded)
}

/** One cell turned into text, or the issue that rejects its row. */
interface CellText {
  text?: string | undefined
  link?: string | undefined
  type?: CellType | undefined
  issues: TiendoIssue[]
  reject: boolean
}

/** The ISO 8601 date text of a sheet's `t="d"` cells, by address (see {@link findIsoDateCells}). */
type IsoDates = ReadonlyMap<string, string>

async function* sheetRows(
  sheet: Worksheet,
  context: ReaderContext,
  isoDates: IsoDates,
  others: readonly Worksheet[] = [],
): AsyncGenerator<RowItem> {
  const { file, limits } = context
  const sheetName = normalizeText(sheet.name)
  let header: HeaderMap | undefined
  let headerRow = 0
  let rows = 0
  const strayReported = new Set<number>()
  const mergeReported = new Set<string>()
  // Rows Excel hides (by hand or by a filter) are read: the clerk does not see them.
  const hidden: number[] = []
  let hiddenCount = 0
  const last = sheet.rowCount
  for (let number = 1; number <= last; number++) {
    context.signal?.throwIfAborted()
    const row = sheet.findRow(number)
    if (!row) continue
    const location: SourceLocation = { file, sheet: sheetName, row: number }
    const present = presentCells(row)
    if (header === undefined) {
      if (present.length === 0) continue
      const width = Math.max(...present.map(([column]) => column))
      if (width > limits.maxColumns) {
        yield tooManyColumnsIssue(limits, width, location)
        return
      }
      const raw: (string | undefined)[] = Array.from({ length: width }, () => undefined)
      // A merged cell names its first column only: a title merged across the table's width
      // (above the header) is one name, not one per column it covers.
      for (const [column, cell] of present)
        if (!isMergedAway(cell)) raw[column - 1] = headerColumnName(headerText(cell, isoDates))
      const built = buildHeader(raw, location)
      header = built.header
      headerRow = number
      yield* built.issues
      const hiddenColumns = header.names.filter(
        (name, index) =>
          name !== undefined && READ_COLUMNS.has(name) && sheet.getColumn(index + 1).hidden,
      ) as string[]
      if (hiddenColumns.length > 0) {
        yield ioIssue('hidden_columns', { columns: hiddenColumns }, { location })
      }
      const otherSheets = others.map((other) => ({
        name: normalizeText(other.name),
        columns: firstRowNames(other, limits.maxColumns),
        rows: Math.max(0, other.actualRowCount - 1),
      }))
      yield {
        kind: 'header',
        columns: header.columns,
        location,
        ...(otherSheets.length > 0 ? { otherSheets } : {}),
      }
      continue
    }
    const values: (string | undefined)[] = []
    const types: Record<string, CellType> = Object.create(null)
    const links: Record<string, string> = Object.create(null)
    const issues: TiendoIssue[] = []
    let reject = false
    for (const [column, cell] of present) {
      const name = header.names[column - 1]
      const at = cellLocation(location, name ?? columnLetters(column - 1))
      const read = cellText(cell, at, limits, isoDates)
      issues.push(...read.issues)
      reject ||= read.reject
      values[column - 1] = read.text
      if (name !== undefined && read.type !== undefined) types[name] = read.type
      if (name !== undefined && read.link !== undefined) links[name] = read.link
      if (isMergedAway(cell)) {
        const master = cell.master.address
        if (!mergeReported.has(master)) {
          mergeReported.add(master)
          const fields = { cell: cell.address, rangeStart: master, value: read.text }
          issues.push(ioIssue('merged_cells', fields, { location: at }))
        }
      }
    }
    if (values.every((value) => value === undefined || value === '') && issues.length === 0)
      continue
    if (++rows > limits.maxRows) {
      yield tooManyRowsIssue(limits, location)
      return
    }
    if (row.hidden) {
      hiddenCount++
      if (hidden.length < HIDDEN_ROWS_NAMED) hidden.push(number)
    }
    yield* issues
    const { cells, stray } = cellsOf(header, values)
    for (const index of stray) {
      if (strayReported.has(index)) continue
      strayReported.add(index)
      yield strayCellIssue(index, location, true)
    }
    yield {
      kind: 'row',
      cells,
      location,
      ...(Object.keys(types).length > 0 ? { types } : {}),
      ...(Object.keys(links).length > 0 ? { links } : {}),
      ...(reject ? { rejected: true as const } : {}),
      // The first rows keep their texts: a title row above the header shows there.
      ...(rows <= TEXTS_KEPT_FOR_ROWS ? { texts: Array.from(values) } : {}),
    }
  }
  if (hiddenCount > 0) {
    const location = { file, sheet: sheetName, row: hidden[0] }
    yield ioIssue('hidden_rows', { count: hiddenCount, rows: hidden }, { location })
  }
  if (header === undefined) {
    const location = { file, sheet: sheetName }
    yield ioIssue('empty_sheet', { sheetName }, { location })
  } else if (rows === 0) {
    const location = { file, sheet: sheetName, row: headerRow }
    yield ioIssue('header_only', {}, { location })
  }
}

/** The columns Tiendo reads from an observation or a record file. */
const READ_COLUMNS: ReadonlySet<string> = new Set([
  ...OBSERVATION_SPEC.columns,
  ...RECORD_SPEC.columns,
])

/** Hidden rows a `hidden_rows` warning names at most (it counts them all). */
const HIDDEN_ROWS_NAMED = 10

/** Rows looked through for the first with a value of a sheet that is not read. */
const ROWS_TO_FIRST = 50

/**
 * The names in a sheet's first row with a value, as its header would give them (the first
 * `maxColumns`); `[]` when its first rows are empty.
 */
function firstRowNames(sheet: Worksheet, maxColumns: number): string[] {
  for (let number = 1; number <= Math.min(sheet.rowCount, ROWS_TO_FIRST); number++) {
    const row = sheet.findRow(number)
    const present = row ? presentCells(row).slice(0, maxColumns) : []
    if (present.length === 0) continue
    return present
      .map(([, cell]) => headerColumnName(headerText(cell, NO_ISO_DATES)))
      .filter((name): name is string => name !== undefined && name.trim() !== '')
      .map((name) => normalizeText(name).trim())
  }
  return []
}

/** A sheet's header cells are text: their ISO dates need not be looked for. */
const NO_ISO_DATES: IsoDates = new Map()

/** The cells of a row that hold something, with their column numbers (1-based). */
/** Whether a cell is covered by a merged range that starts at another cell. */
function isMergedAway(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address
}

function presentCells(row: Row): Array<[number, Cell]> {
  const cells: Array<[number, Cell]> = []
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells.push([column, cell])
  })
  return cells
}

/**
 * A cell's value. A `t="d"` cell (ISO 8601 text, which exceljs reads as `parseFloat` of it) is
 * a date, as a date serial is; text that names no date is an invalid date. A merged cell reads
 * its range's first cell.
 */
function readCell(cell: Cell, isoDates: IsoDates): CellRead {
  if (isoDates.size > 0) {
    const text = isoDates.get(cell.master.address)
    if (text !== undefined) return { kind: 'date', date: isoCellDate(text) ?? new Date(Number.NaN) }
  }
  return readCellValue(cell.value)
}

function headerText(cell: Cell, isoDates: IsoDates): string | undefined {
  const read = readCell(cell, isoDates)
  switch (read.kind) {
    case 'text':
      return read.text
    case 'number':
      return numberToDecimalText(read.value)?.text
    case 'date':
      return isoDateText(read.date)
    case 'boolean':
      return String(read.value)
    default:
      return undefined
  }
}

function cellText(
  cell: Cell,
  at: SourceLocation,
  limits: ReadLimits,
  isoDates: IsoDates,
): CellText {
  const read = readCell(cell, isoDates)
  const reject = <Code extends keyof IoIssueFields & string>(
    code: Code,
    fields: IoIssueFields[Code],
  ): CellText => ({ issues: [ioIssue(code, fields, { location: at })], reject: true })
  const address = cell.address
  switch (read.kind) {
    case 'empty':
      return { issues: [], reject: false }
    case 'text':
      if (read.text.length > limits.maxCellChars) {
        return { issues: [cellTooLongIssue(limits, read.text.length, at)], reject: true }
      }
      return { text: normalizeText(read.text), link: read.link, issues: [], reject: false }
    case 'boolean':
      return { text: String(read.value), type: 'boolean', issues: [], reject: false }
    case 'date': {
      const text = isoDateText(read.date)
      if (text === undefined) return reject('invalid_date', { cell: address })
      return { text, type: 'date', issues: [], reject: false }
    }
    case 'error':
      return reject('cell_error', { cell: address, value: read.error })
    case 'no_result':
      return reject('formula_without_result', { cell: address })
    case 'number': {
      const number = numberToDecimalText(read.value)
      if (number === undefined)
        return reject('cell_error', { cell: address, value: String(read.value) })
      const format = cell.isMerged ? cell.master.numFmt : cell.numFmt
      if (isPercentFormat(format)) {
        const shown = new IoDecimal(number.text).times(100).toFixed()
        return reject('percent_format', { cell: address, value: number.text, shown })
      }
      const issues = number.imprecise
        ? [
            ioIssue(
              'imprecise_number',
              { cell: address, value: number.text },
              // An XLSX number is stored exactly as read: its noise is worth a look, no more.
              { location: at, severity: 'warning' },
            ),
          ]
        : []
      return { text: number.text, type: 'number', issues, reject: false }
    }
  }
}

/** Why bytes that are not a zip archive are not a workbook: an old `.xls`, text, or else. */
function notZipKind(bytes: Uint8Array): 'ole' | 'text' | 'other' {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole'
  const head = bytes.subarray(0, 512)
  return head.length > 0 && !head.includes(0) ? 'text' : 'other'
}
