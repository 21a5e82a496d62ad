import type { SourceLocation } from '@tiendo/schema'

/**
 * A location as people write it: `data.csv:12 [value]`, `book.xlsx!Sheet1:4 [period]`,
 * `data.json /3/value`.
 */
export function locationText(location: SourceLocation | undefined): string {
  if (!location) return ''
  const file = location.file ?? ''
  const sheet = location.sheet ? `!${location.sheet}` : ''
  const row = location.row === undefined ? '' : `:${location.row}`
  const column = location.column ? ` [${location.column}]` : ''
  const path = location.path ? ` ${location.path}` : ''
  return `${file}${sheet}${row}${column}${path}`.trim()
}
