import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { normalizeText } from '../text/normalize'

/** The columns of a header by position. @internal */
export interface HeaderMap {
  /** The name of each position; `undefined` for an unnamed column or a repeated name. */
  readonly names: readonly (string | undefined)[]
  /** The distinct names, in order. */
  readonly columns: readonly string[]
  /** Positions whose name repeats an earlier one (reported as `duplicate_column`). */
  readonly repeated: ReadonlySet<number>
}

/**
 * Reads a header row. Names are trimmed and normalised to NFC (a documented choice: a space
 * typed after `value ` in a header is never meant). A name seen twice is reported as
 * `duplicate_column`; only its first column is read. @internal
 */
export function buildHeader(
  raw: readonly (string | undefined)[],
  location: SourceLocation,
): { header: HeaderMap; issues: TiendoIssue[] } {
  const names: (string | undefined)[] = []
  const columns: string[] = []
  const firstAt = new Map<string, number>()
  const repeated = new Set<number>()
  const issues: TiendoIssue[] = []
  raw.forEach((text, index) => {
    const name = text === undefined ? '' : normalizeText(text.trim())
    if (name === '') {
      names.push(undefined)
      return
    }
    const first = firstAt.get(name)
    if (first !== undefined) {
      names.push(undefined)
      repeated.add(index)
      const fields = { columnName: name, first: first + 1, second: index + 1 }
      issues.push(ioIssue('duplicate_column', fields, { location: { ...location, column: name } }))
      return
    }
    firstAt.set(name, index)
    names.push(name)
    columns.push(name)
  })
  return { header: { names, columns, repeated }, issues }
}

/**
 * The cells of a row by column name, in a prototype-free object (a column named
 * `__proto__` stays a plain key). Empty text becomes `undefined`. `stray` lists the positions
 * that hold text but have no column name. @internal
 */
export function cellsOf(
  header: HeaderMap,
  values: readonly (string | undefined)[],
): { cells: Record<string, string | undefined>; stray: number[] } {
  const cells: Record<string, string | undefined> = Object.create(null)
  for (const name of header.columns) cells[name] = undefined
  const stray: number[] = []
  values.forEach((value, index) => {
    const name = header.names[index]
    const text = value === '' ? undefined : value
    if (name === undefined) {
      if (text !== undefined && !header.repeated.has(index)) stray.push(index)
      return
    }
    cells[name] = text
  })
  return { cells, stray }
}

/** A spreadsheet column's letters: 0 → `A`, 26 → `AA`. @internal */
export function columnLetters(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

/** The issue for a column that has data but no name. @internal */
export function strayCellIssue(
  index: number,
  location: SourceLocation,
  letters: boolean,
): TiendoIssue {
  const fields = { position: index + 1, letters: letters ? columnLetters(index) : undefined }
  return ioIssue('cell_without_header', fields, { location })
}
