/**
 * The rows of one submitted file for the page's data grid, read by `@tiendo/io/parse` as
 * the pipeline reads them (same lines, same JSON Pointers), and posted in batches so that no
 * one message is big.
 */

import { isTiendoIssue, readSourceRows } from '@tiendo/io/parse'
import type { RunSource } from '../protocol'

/** Rows per message. */
const BATCH = 4000

/** A batch of rows: the columns seen so far, each row's key and its cells by column. */
export interface RowBatch {
  readonly columns: readonly string[]
  readonly keys: readonly string[]
  readonly cells: readonly (readonly string[])[]
  readonly done: boolean
}

/** Reads a source's rows in batches; `signal` stops it. */
export async function readGridRows(
  source: RunSource,
  send: (batch: RowBatch) => void,
  signal?: AbortSignal,
): Promise<void> {
  const content =
    'blob' in source
      ? { name: source.name, blob: source.blob }
      : { name: source.name, text: source.text }
  const columns: string[] = []
  const index = new Map<string, number>()
  const column = (name: string) => {
    let at = index.get(name)
    if (at === undefined) {
      at = columns.length
      columns.push(name)
      index.set(name, at)
    }
    return at
  }
  let keys: string[] = []
  let cells: string[][] = []
  for await (const item of readSourceRows(content, { signal })) {
    if (isTiendoIssue(item)) continue
    if (item.kind === 'header') {
      for (const name of item.columns) column(name)
      continue
    }
    const row: string[] = []
    for (const [name, value] of Object.entries(item.cells)) row[column(name)] = value ?? ''
    const { location } = item
    keys.push(location.row !== undefined ? String(location.row) : (location.path ?? ''))
    cells.push(row)
    if (keys.length === BATCH) {
      send({ columns: [...columns], keys, cells, done: false })
      keys = []
      cells = []
    }
  }
  send({ columns: [...columns], keys, cells, done: true })
}
