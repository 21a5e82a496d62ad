import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import type { RawHeader } from '../rows/raw-row'
import { looksLikeHeader } from './header-check'
import { type EntitySpec, OBSERVATION_SPEC, RECORD_SPEC } from './spec'

/** Sheets named in the warning; the rest are counted. */
const SHEETS_NAMED = 10

/**
 * The `sheets_not_read` warnings of a workbook's first sheet, read because no sheet was
 * named, when other visible sheets are laid out as data (their first row a header, rows under
 * it): a sheet a year or a commune, or the DX products beside the figures, none of which
 * would be submitted without a word. One warning for the sheets of the kind read, one for
 * those of the other kind. A sheet of notes, a list or an empty copy is no such sheet.
 * @internal
 */
export function sheetsNotRead(header: RawHeader, spec: EntitySpec<unknown>): TiendoIssue[] {
  const sheetName = header.location.sheet
  if (sheetName === undefined || header.otherSheets === undefined) return []
  const withRows = header.otherSheets.filter((sheet) => sheet.rows !== 0)
  const other = spec.name === 'observation' ? RECORD_SPEC : OBSERVATION_SPEC
  const issues: TiendoIssue[] = []
  const claimed = new Set<string>()
  for (const kind of [spec, other]) {
    const data = withRows.filter(
      (sheet) => !claimed.has(sheet.name) && looksLikeHeader(sheet.columns, kind),
    )
    if (data.length === 0) continue
    for (const sheet of data) claimed.add(sheet.name)
    const sheets = data.slice(0, SHEETS_NAMED).map((sheet) => sheet.name)
    const fields = { sheetName, sheets, count: data.length, kind: kind.name, readAs: spec.name }
    const location = { file: header.location.file, sheet: sheetName }
    issues.push(ioIssue('sheets_not_read', fields, { location }))
  }
  return issues
}
