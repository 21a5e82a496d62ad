/**
 * The validation issues as a CSV file that Excel opens as it is: UTF-8 with a byte order
 * mark, CRLF lines, every cell quoted where needed, and cells that a spreadsheet would take
 * for a formula (`=…`, `+…`, `-…`, `@…`) prefixed with an apostrophe so they stay text.
 */

import type { IssueView } from './page-view'

/** The columns, named as `validate --format json` names its fields. */
const COLUMNS = [
  'severity',
  'code',
  'rule',
  'file',
  'sheet',
  'row',
  'column',
  'path',
  'indicator',
  'unit',
  'period',
  'message',
  'hint',
] as const

/** One cell, quoted when it must be, never read as a formula. */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The issues as CSV text, with their messages in the language the page shows them in. */
export function issuesToCsv(issues: readonly IssueView[]): string {
  const rows = issues.map((issue) =>
    COLUMNS.map((column) => {
      const value = issue[column]
      return value === null ? '' : String(value)
    }),
  )
  const lines = [[...COLUMNS], ...rows].map((cells) => cells.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
