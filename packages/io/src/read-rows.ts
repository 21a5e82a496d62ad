import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { TiendoIssue } from '@tiendo/schema'
import { parse } from 'csv-parse/sync'
import { flatten } from './batches'
import { detectFormat, extensionOf, type FileFormat } from './format'
import { ioIssue } from './issue'
import type { CsvParseSync } from './readers/csv-parse-options'
import type { RowItem } from './rows/raw-row'
import type { Content } from './source/content'
import { type ReadSourceOptions, readContentBatches } from './source/read-content'
import { unreadableIssue } from './source/read-stop'

/** Options of {@link readRows}. */
export interface ReadRowsOptions extends ReadSourceOptions {
  /** The file's format. Defaults to the one its extension says (see `detectFormat`). */
  format?: FileFormat | undefined
  /** The file's name in locations and messages. Defaults to `file` as given. */
  displayName?: string | undefined
}

/** Bytes read at a time from CSV and NDJSON files. */
const CHUNK_BYTES = 64 * 1024

/** csv-parse's Node build, on Node's own `Buffer`: faster than the browser build's. */
const parseCsv = parse as CsvParseSync

/**
 * Reads the rows of a data file with their source locations: a header item first for CSV and
 * XLSX, then one {@link RawRow} per data row, with issues in between where something is
 * wrong. CSV and NDJSON stream in bounded memory, whatever the file's size; JSON and XLSX
 * are read whole (up to `limits.maxInMemoryBytes`). Problems with the input, including a
 * missing or unreadable file, are yielded as issues, never thrown; only a programming
 * error (a bad limit) or an abort throws. Data in memory or in a stream is read the same way
 * by `readSourceRows`.
 *
 * Locations: CSV rows `{ file, row }` where `row` is the line where the record starts
 * (header = 1); NDJSON `{ file, row }` with the line; JSON `{ file, path }` with a JSON
 * Pointer (`/3`); XLSX `{ file, sheet, row }` with the sheet row.
 *
 * @example
 * for await (const item of readRows('data/quy-3.csv')) {
 *   if (isTiendoIssue(item)) console.error(item.message.en)
 *   else if (item.kind === 'row') console.log(item.location.row, item.cells.value)
 * }
 */
export async function* readRows(
  file: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowItem, void, undefined> {
  yield* flatten(readRowBatches(file, options), options.signal)
}

/**
 * The items of {@link readRows} in batches, as they come: CSV rows by the piece of text they
 * were read from, other formats one item at a time. Whoever reads hundreds of thousands of
 * rows saves a promise per row. @internal
 */
export function readRowBatches(
  file: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowItem[], void, undefined> {
  const name = options.displayName ?? file
  const target = {
    name,
    format: options.format ?? detectFormat(file),
    extension: extensionOf(file),
    open: () => openFile(file, name, options.signal),
  }
  return readContentBatches(target, options, parseCsv)
}

/** The content of a file, or the issue that stops reading before it starts. */
async function openFile(
  file: string,
  name: string,
  signal: AbortSignal | undefined,
): Promise<Content | TiendoIssue> {
  const location = { file: name }
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory()) return ioIssue('not_a_file', { fileName: name }, { location })
    size = info.size
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return ioIssue('file_not_found', { fileName: name }, { location })
    }
    return unreadableIssue(name, error)
  }
  return {
    size,
    chunks: () => createReadStream(file, { highWaterMark: CHUNK_BYTES, signal }),
    whole: () => readFile(file, { signal }),
  }
}
