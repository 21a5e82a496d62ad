import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { TiendoIssue } from '@tiendo/schema'
import { parse } from 'csv-parse/sync'
import { batchesOf, flatten } from './batches'
import { detectFormat, extensionOf, type FileFormat } from './format'
import { makeIssue } from './issue'
import { limitIssue } from './limit-issues'
import { type ReadLimits, resolveLimits } from './limits'
import { fileWording } from './messages/file'
import type { ReaderContext } from './readers/context'
import { readCsvRowBatches } from './readers/csv'
import type { CsvParseSync } from './readers/csv-parse-options'
import { readJsonRows } from './readers/json'
import { readNdjsonRows } from './readers/ndjson'
import { readXlsxRows } from './readers/xlsx'
import type { RowItem } from './rows/raw-row'

/** Options of {@link readRows}. */
export interface ReadRowsOptions {
  /** The file's format. Defaults to the one its extension says (see `detectFormat`). */
  format?: FileFormat | undefined
  /** The XLSX sheet to read, by name. Defaults to the first visible sheet. */
  sheet?: string | undefined
  /**
   * The encoding of a CSV, NDJSON or JSON file, as a WHATWG label (`windows-1258`,
   * `utf-16le`). Defaults to `utf-8`, the contract of observation files.
   */
  encoding?: string | undefined
  /** Limits over the defaults of `DEFAULT_READ_LIMITS`. */
  limits?: Partial<ReadLimits> | undefined
  /** Stops reading: the stream then throws the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined
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
 * error (a bad limit) or an abort throws.
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
export async function* readRowBatches(
  file: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowItem[], void, undefined> {
  const limits = resolveLimits(options.limits)
  options.signal?.throwIfAborted()
  const name = options.displayName ?? file
  const format = options.format ?? detectFormat(file)
  if (format === undefined) {
    const wording = fileWording.unknownFormat(name, extensionOf(file))
    yield [makeIssue('unknown_format', 'error', wording, { file: name })]
    return
  }
  if (options.sheet !== undefined && format !== 'xlsx') {
    yield [makeIssue('sheet_ignored', 'warning', fileWording.sheetIgnored(format), { file: name })]
  }
  const context: ReaderContext = {
    file: name,
    format,
    limits,
    encoding: options.encoding ?? 'utf-8',
    sheet: options.sheet,
    signal: options.signal,
  }
  const opened = await checkFile(file, context)
  if (opened) {
    yield [opened]
    return
  }
  if (format === 'csv' || format === 'ndjson') {
    let failure: unknown
    const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES, signal: options.signal })
    const chunks = guarded(stream, (error) => {
      failure = error
    })
    // NDJSON goes a row at a time: a batch of long lines would hold more than one line's memory.
    yield* format === 'csv'
      ? readCsvRowBatches(chunks, context, parseCsv)
      : batchesOf(readNdjsonRows(chunks, context), 1)
    if (failure !== undefined) {
      if (options.signal?.aborted) throw options.signal.reason
      yield [unreadable(name, failure)]
    }
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file, { signal: options.signal })
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    yield [unreadable(name, error)]
    return
  }
  const items = format === 'json' ? readJsonRows(bytes, context) : readXlsxRows(bytes, context)
  yield* batchesOf(items, WHOLE_FILE_BATCH)
}

/** Rows per batch of a file read whole (JSON, XLSX). */
const WHOLE_FILE_BATCH = 1024

/** The issue that stops reading before it starts, or `undefined` when the file can be read. */
async function checkFile(file: string, context: ReaderContext): Promise<TiendoIssue | undefined> {
  const location = { file: context.file }
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory())
      return makeIssue('not_a_file', 'error', fileWording.notAFile(context.file), location)
    size = info.size
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return makeIssue('file_not_found', 'error', fileWording.notFound(context.file), location)
    }
    return unreadable(context.file, error)
  }
  const { limits } = context
  const whole = context.format === 'json' || context.format === 'xlsx'
  const what = { vi: `Kích thước tệp (${size} byte)`, en: `The file's size (${size} bytes)` }
  if (size > limits.maxFileBytes) {
    return limitIssue('maxFileBytes', limits.maxFileBytes, what, location)
  }
  if (whole && size > limits.maxInMemoryBytes) {
    const fix = {
      vi: 'Tệp JSON và XLSX được đọc toàn bộ vào bộ nhớ; với tệp lớn, hãy dùng CSV hoặc NDJSON (được đọc dần).',
      en: 'JSON and XLSX files are read whole into memory; for large files use CSV or NDJSON, which are streamed.',
    }
    return limitIssue('maxInMemoryBytes', limits.maxInMemoryBytes, what, location, fix)
  }
  return undefined
}

function unreadable(file: string, error: unknown): TiendoIssue {
  const code = (error as { code?: unknown }).code
  const detail =
    typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return makeIssue('file_unreadable', 'error', fileWording.unreadable(file, detail), { file })
}

/** The chunks of a stream; a read error ends them and goes to `onError` instead of throwing. */
async function* guarded(
  stream: AsyncIterable<Uint8Array>,
  onError: (error: unknown) => void,
): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) yield chunk
  } catch (error) {
    onError(error)
  }
}
