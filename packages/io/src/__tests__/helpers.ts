import { fileURLToPath } from 'node:url'
import type { TiendoIssue } from '@tiendo/schema'
import { isTiendoIssue } from '../issue'
import type { RawHeader, RawRow, RowItem } from '../rows/raw-row'

/** The absolute path of a committed fixture under `test/fixtures/`. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url))
}

/** Everything a row stream yields, sorted by kind, in order. */
export async function drain(items: AsyncIterable<RowItem>) {
  const headers: RawHeader[] = []
  const rows: RawRow[] = []
  const issues: TiendoIssue[] = []
  const order: string[] = []
  for await (const item of items) {
    if (isTiendoIssue(item)) {
      issues.push(item)
      order.push(item.code)
    } else if (item.kind === 'header') {
      headers.push(item)
      order.push('header')
    } else {
      rows.push(item)
      order.push('row')
    }
  }
  return { headers, rows, issues, order }
}

/** The cells of a row as a plain object, for comparison. */
export function plain(row: RawRow | undefined): Record<string, string | undefined> {
  return { ...row?.cells }
}
