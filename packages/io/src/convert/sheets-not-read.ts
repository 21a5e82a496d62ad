import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import type { RawHeader } from '../rows/raw-row'
import { looksLikeHeader } from './header-check'
import type { EntitySpec } from './spec'

/** Sheets named in the warning; the rest are counted. */
const SHEETS_NAMED = 10

/**
 * The `sheets_not_read` warning of a workbook's first sheet, read because no sheet was named,
 * when other visible sheets are laid out as data of the same kind (their first row a header
 * like it, rows under it): a sheet a year or a commune, of which only the first would be
 * submitted without a word. A sheet of notes, a list or an empty copy is no such sheet.
 * @internal
 */
export function sheetsNotRead(
  header: RawHeader,
  spec: EntitySpec<unknown>,
): TiendoIssue | undefined {
  const sheetName = header.location.sheet
  if (sheetName === undefined || header.otherSheets === undefined) return undefined
  const data = header.otherSheets.filter(
    (sheet) => sheet.rows !== 0 && looksLikeHeader(sheet.columns, spec),
  )
  if (data.length === 0) return undefined
  const sheets = data.slice(0, SHEETS_NAMED).map((sheet) => sheet.name)
  const fields = { sheetName, sheets, count: data.length }
  return ioIssue('sheets_not_read', fields, {
    location: { file: header.location.file, sheet: sheetName },
  })
}
