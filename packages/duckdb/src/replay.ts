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
import { codesText, splitCodes } from './code-list'

/** @internal */
export async function* replayRows(
  connection: DuckDBConnection,
  submission: number,
  /**
   * Unit codes whose rows are left where they are (a run limited to a part of the unit tree
   * names the codes of units outside it only): filtered by the database, never read.
   */
  outsideCodes?: ReadonlySet<string>,
): AsyncGenerator<RowItem[], void, undefined> {
  const result =
    outsideCodes === undefined || outsideCodes.size === 0
      ? await connection.stream(
          `SELECT r.payload FROM row_items r
           WHERE r.submission = $1
             AND NOT EXISTS (SELECT 1 FROM superseded x WHERE x.submission = $1 AND x.seq = r.seq)
           ORDER BY r.seq`,
          [submission],
        )
      : await connection.stream(
          // The rows kept are chosen by their unit column first, and only their payloads read:
          // filtered in one query, DuckDB read every payload (7 times slower on a 32× country).
          // A row naming no unit (a header, an issue) or a code not in the list stays.
          `WITH outside AS (SELECT unnest(${splitCodes(2)}) AS code),
           kept AS (
             SELECT r.seq FROM row_items r
             WHERE r.submission = $1
               AND NOT EXISTS (SELECT 1 FROM outside o WHERE o.code = r.unit)
               AND NOT EXISTS (SELECT 1 FROM superseded x WHERE x.submission = $1 AND x.seq = r.seq)
           )
           SELECT r.payload FROM row_items r SEMI JOIN kept k ON k.seq = r.seq
           WHERE r.submission = $1
           ORDER BY r.seq`,
          [submission, codesText(outsideCodes)],
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
