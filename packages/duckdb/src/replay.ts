/**
 * A submission's items read back from a store, in the order its reader gave them, streamed
 * a chunk at a time and handed on as one batch per chunk: memory holds the chunk, never the
 * submission. A row whose figure a later
 * submission corrected (same indicator, unit and period) is left out: evaluation sees the
 * latest figure, while the earlier one stays in the store for `figureHistory` (which rows
 * were superseded is written when the later submission is ingested). @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import type { RowItem } from '@tiendo/io'
import { ColumnTexts } from '@tiendo/io/internal'

/** @internal */
export async function* replayRows(
  connection: DuckDBConnection,
  submission: number,
): AsyncGenerator<RowItem[], void, undefined> {
  const result = await connection.stream(
    `SELECT r.payload FROM row_items r
     WHERE r.submission = $1
       AND NOT EXISTS (SELECT 1 FROM superseded x WHERE x.submission = $1 AND x.seq = r.seq)
     ORDER BY r.seq`,
    [submission],
  )
  const texts = new RepeatedTexts()
  // The next chunk is asked for before this one is parsed: the database makes it meanwhile.
  let next = result.fetchChunk()
  for (;;) {
    const chunk = await next
    if (chunk === null || chunk.rowCount === 0) return
    next = result.fetchChunk()
    const payloads = chunk.getColumnValues(0).map(String)
    // One parse for the chunk: a JSON array of the payloads (each a JSON text).
    const items = JSON.parse(`[${payloads.join(',')}]`) as RowItem[]
    for (const item of items) texts.share(item)
    yield items
  }
}

/**
 * One copy of each text that repeats down a column (indicator ids, unit codes, periods,
 * sources), as the file readers keep them: parsed JSON gives every row its own copies.
 */
class RepeatedTexts {
  private readonly columns = new Map<string, ColumnTexts>()
  private readonly files = new ColumnTexts()

  share(item: RowItem): void {
    // Headers and the reader's issues have no cells.
    if (!('cells' in item)) return
    const cells = item.cells as Record<string, string | undefined>
    for (const column in cells) {
      const text = cells[column]
      if (text === undefined) continue
      let seen = this.columns.get(column)
      if (seen === undefined) {
        seen = new ColumnTexts()
        this.columns.set(column, seen)
      }
      cells[column] = seen.text(text)
    }
    const location = item.location as { file?: string }
    if (location.file !== undefined) location.file = this.files.text(location.file)
  }
}
