import type { SourceLocation } from './issue'

/**
 * The location of one cell of a row: for a JSON file the row's JSON Pointer extended by the
 * key (escaped as RFC 6901 asks: `/3/a~1b~0c`), else the row with the column named, in place
 * of any it named. The one place a row's pointer is extended; `@tiendo/io`'s `cellLocation`
 * is this. @internal
 */
export function cellOfRow(row: SourceLocation, column: string): SourceLocation {
  if (row.path !== undefined) {
    return { ...row, path: `${row.path}/${column.replace(/~/g, '~0').replace(/\//g, '~1')}` }
  }
  return { ...row, column }
}

/**
 * The location of one field of a located row: the row's JSON Pointer extended by the field
 * (escaped as RFC 6901 asks) for a JSON file, else the row with its column named. A column
 * the location names already stays: it is the more precise place. @internal
 */
export function fieldLocation(row: SourceLocation, field: string): SourceLocation {
  return row.column === undefined ? cellOfRow(row, field) : row
}
