import type { SourceLocation } from './issue'

/**
 * The location of one field of a located row: the row's JSON Pointer extended by the field
 * (escaped as RFC 6901 asks) for a JSON file, else the row with its column named. A column
 * the location names already stays. @internal
 */
export function fieldLocation(row: SourceLocation, field: string): SourceLocation {
  if (row.path !== undefined) {
    if (row.column !== undefined) return row
    return { ...row, path: `${row.path}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}` }
  }
  return row.column === undefined ? { ...row, column: field } : row
}
