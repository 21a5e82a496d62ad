import type { TiendoIssue } from '@tiendo/schema'
import { flatten } from './batches'
import { recordBatchesFromRows } from './convert/from-rows'
import type { RecordRow } from './convert/spec'
import type { ReadStats } from './convert/stats'
import { readSourceRowBatches } from './read-source-rows'
import type { DataSource } from './source/data-source'
import type { ReadSourceOptions } from './source/read-content'

/**
 * Reads the records (such as completed DX products) of data in memory or in a stream,
 * exactly as `readRecords` reads a file of the same content: each record with its location
 * (`source.name` as the file), problems as issues in order, never thrown. Runs in browsers.
 * The generator's return value holds the {@link ReadStats}.
 *
 * @example
 * // A download, read as it arrives:
 * const { body } = await fetch('/uploads/san-pham-so.csv')
 * if (body) {
 *   for await (const item of readSourceRecords({ name: 'san-pham-so.csv', chunks: body })) {
 *     if (isTiendoIssue(item)) console.warn(item.message.en)
 *     else console.log(item.record.title)
 *   }
 * }
 */
export function readSourceRecords(
  source: DataSource,
  options: ReadSourceOptions = {},
): AsyncGenerator<RecordRow | TiendoIssue, ReadStats, undefined> {
  return flatten(readSourceRecordBatches(source, options), options.signal)
}

/**
 * The items of {@link readSourceRecords} in batches as they are read, in the same order. The
 * return value holds the {@link ReadStats}.
 */
export function readSourceRecordBatches(
  source: DataSource,
  options: ReadSourceOptions = {},
): AsyncGenerator<(RecordRow | TiendoIssue)[], ReadStats, undefined> {
  return recordBatchesFromRows(readSourceRowBatches(source, options))
}
