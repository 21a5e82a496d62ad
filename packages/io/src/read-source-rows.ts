import { parse } from 'csv-parse/browser/esm/sync'
import { flatten } from './batches'
import { detectFormat, extensionOf } from './format'
import type { CsvParseSync } from './readers/csv-parse-options'
import type { RowItem } from './rows/raw-row'
import { sourceContent } from './source/content'
import type { DataSource } from './source/data-source'
import { type ReadSourceOptions, readContentBatches } from './source/read-content'

/** csv-parse's browser build: the same parser as the Node one, on its own `Buffer`. */
const parseCsv = parse as CsvParseSync

/**
 * Reads the rows of data in memory or in a stream — text, bytes, a `Blob` or `File`, byte
 * chunks — exactly as `readRows` (`@tiendo/io`, Node) reads a file of the same content: the
 * same rows, issues and locations, with `source.name` as the file. Runs in browsers (no Node
 * API). The format is `source.format`, or the one the name's extension says. CSV and NDJSON
 * stream in bounded memory (chunks and blobs are read as they come); JSON and XLSX are read
 * whole (up to `limits.maxInMemoryBytes`). The size limits hold as for files: before reading
 * when the size is known (text, bytes, blob), while streaming for chunks, which then end with
 * the `limit_exceeded` issue. Problems with the data, a read error of the stream included,
 * are yielded as issues, never thrown; only a programming error or an abort throws.
 *
 * @example
 * // In a browser, the File of an <input type="file">:
 * for await (const item of readSourceRows({ name: file.name, blob: file })) {
 *   if (isTiendoIssue(item)) show(item.message.vi)
 *   else if (item.kind === 'row') table.add(item.location.row, item.cells)
 * }
 */
export async function* readSourceRows(
  source: DataSource,
  options: ReadSourceOptions = {},
): AsyncGenerator<RowItem, void, undefined> {
  yield* flatten(readSourceRowBatches(source, options), options.signal)
}

/**
 * The items of {@link readSourceRows} in batches, as they come (CSV rows by the piece of
 * text they were read from): a promise per batch rather than per row. @internal
 */
export function readSourceRowBatches(
  source: DataSource,
  options: ReadSourceOptions = {},
): AsyncGenerator<RowItem[], void, undefined> {
  const content = sourceContent(source, options.signal)
  const target = {
    name: source.name,
    format: source.format ?? detectFormat(source.name),
    extension: extensionOf(source.name),
    open: async () => content,
  }
  return readContentBatches(target, options, parseCsv)
}
