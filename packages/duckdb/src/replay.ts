/**
 * A submission's items read back from a store, in the order its reader gave them, streamed
 * a chunk at a time: memory holds the chunk, never the submission. @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import type { RowItem } from '@tiendo/io'

/** @internal */
export async function* replayRows(
  connection: DuckDBConnection,
  submission: number,
): AsyncGenerator<RowItem, void, undefined> {
  const result = await connection.stream(
    'SELECT payload FROM row_items WHERE submission = $1 ORDER BY seq',
    [submission],
  )
  for await (const rows of result.yieldRowsJs()) {
    for (const [payload] of rows) yield JSON.parse(String(payload)) as RowItem
  }
}
