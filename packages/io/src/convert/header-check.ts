import type { TiendoIssue } from '@tiendo/schema'
import { fold } from '@tiendo/schema/internal'
import { ioIssue } from '../issue'
import { cellLocation, type RawHeader } from '../rows/raw-row'
import type { EntitySpec } from './spec'

/** Vietnamese (and a few English) column names people use, folded, and the column meant. */
const SYNONYMS: Readonly<Record<string, string>> = {
  chi_tieu: 'indicator',
  ma_chi_tieu: 'indicator',
  don_vi: 'unit',
  ma_don_vi: 'unit',
  ky: 'period',
  ky_bao_cao: 'period',
  thoi_ky: 'period',
  nam: 'period',
  year: 'period',
  gia_tri: 'value',
  so_lieu: 'value',
  trang_thai: 'status',
  nguon: 'source',
  ghi_chu: 'note',
  notes: 'note',
  loai: 'kind',
  ngay: 'date',
  ngay_hoan_thanh: 'date',
  ten: 'title',
  tieu_de: 'title',
  ten_san_pham: 'title',
  minh_chung: 'evidence',
}

/** Columns of printed forms, folded, that Tiendo needs none of, and what each holds. */
const FORM_COLUMNS: Readonly<Record<string, 'row_number' | 'names' | 'unit_of_measure'>> = {
  stt: 'row_number',
  tt: 'row_number',
  so_thu_tu: 'row_number',
  ten_don_vi: 'names',
  ten_chi_tieu: 'names',
  chi_tieu_ten: 'names',
  don_vi_tinh: 'unit_of_measure',
  dvt: 'unit_of_measure',
}

/**
 * The column a header name is read as meant for: the name folded (`Value` → `value`), or the
 * column its synonym names (`Giá trị` → `value`, `Loại` → `kind`). It may be no column at all.
 * @internal
 */
export function columnMeant(name: string): string {
  const folded = fold(name)
  return SYNONYMS[folded] ?? folded
}

/**
 * Checks a header against the columns of a kind of file: each missing required column is a
 * `missing_column` error (with a hint naming a column that looks meant for it, such as
 * `Giá trị` for `value`, or `Value`), and each other column Tiendo does not read an
 * `unknown_column` warning (a column that hint names is not told twice).
 * `blocked` is set when a required column is missing: its rows cannot be read, and reporting
 * the same gap on every row would bury the one issue that matters. A header naming no
 * column Tiendo reads, not even in another case or as a synonym (a data row where the header
 * should be), is one `missing_column` that
 * lists every required column and says the first row must be the header (`notAHeader`).
 * @internal
 */
export function checkHeader(
  header: RawHeader,
  spec: EntitySpec<unknown>,
): { issues: TiendoIssue[]; blocked: boolean; unknown: string[]; notAHeader?: true } {
  const known = new Set<string>(spec.columns)
  const present = new Set(header.columns)
  const issues: TiendoIssue[] = []
  let blocked = false
  const unknown = header.columns.filter((column) => !known.has(column))
  // A column is recognised by its name, by its name in another case or padded (`Value`,
  // ` Unit `), or by a synonym (`Giá trị`): those get a hint to rename them, below.
  const recognised = (column: string) => {
    const folded = fold(column)
    return known.has(column) || known.has(folded) || SYNONYMS[folded] !== undefined
  }
  if (!header.columns.some(recognised)) {
    // Not one column Tiendo knows: the first row is data (or nothing like a header), not a
    // header with a few mistakes. One issue says so, rather than one per column; on a
    // workbook's first sheet (a cover page), it names the sheet whose first row is a header.
    const dataSheet = header.otherSheets?.find((sheet) => sheet.columns.some(recognised))
    const fields = {
      required: spec.required,
      optional: spec.optional,
      ...(dataSheet === undefined ? {} : { dataSheet: dataSheet.name }),
    }
    issues.push(ioIssue('missing_column', fields, { location: header.location }))
    return { issues, blocked: true, unknown, notAHeader: true }
  }
  // Columns a missing column's hint already says to rename: not also "unknown".
  const toRename = new Set<string>()
  for (const name of spec.required) {
    if (present.has(name)) continue
    blocked = true
    const lookalike = header.columns.find(
      (column) => !known.has(column) && columnMeant(column) === name,
    )
    if (lookalike !== undefined) toRename.add(lookalike)
    const fields = { columnName: name, required: spec.required, lookalike }
    issues.push(ioIssue('missing_column', fields, { location: header.location }))
  }
  for (const column of unknown) {
    if (!toRename.has(column)) issues.push(unknownKeyIssue(column, header.location, spec))
  }
  return { issues, blocked, unknown }
}

/**
 * Whether a row's texts look like the header of a kind of file: they name at least half its
 * required columns, as a header's names are recognised (`Giá trị` is `value`). A data row
 * never does. @internal
 */
export function looksLikeHeader(
  texts: readonly (string | undefined)[],
  spec: EntitySpec<unknown>,
): boolean {
  const meant = new Set(texts.flatMap((text) => (text ? [columnMeant(text)] : [])))
  const named = spec.required.filter((column) => meant.has(column)).length
  return named > 0 && named * 2 >= spec.required.length
}

/** The issue for a column or JSON key Tiendo does not read (a key: once per file). @internal */
export function unknownKeyIssue(
  key: string,
  location: Parameters<typeof cellLocation>[0],
  spec: EntitySpec<unknown>,
): TiendoIssue {
  const meant = columnMeant(key)
  const fields = {
    columnName: key,
    known: spec.columns,
    meant: meant !== key && spec.columns.includes(meant) ? meant : undefined,
    formColumn: FORM_COLUMNS[fold(key)],
  }
  return ioIssue('unknown_column', fields, { location: cellLocation(location, key) })
}
