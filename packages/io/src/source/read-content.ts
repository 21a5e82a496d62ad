import type { TiendoIssue } from '@tiendo/schema'
import { batchesOf } from '../batches'
import type { FileFormat } from '../format'
import { ioIssue, isTiendoIssue } from '../issue'
import { type ReadLimits, resolveLimits } from '../limits'
import type { ReaderContext } from '../readers/context'
import { readCsvRowBatches } from '../readers/csv'
import type { CsvParseSync } from '../readers/csv-parse-options'
import { readJsonRows } from '../readers/json'
import { readNdjsonRows } from '../readers/ndjson'
import { readXlsxRows } from '../readers/xlsx'
import type { RowItem } from '../rows/raw-row'
import type { Content } from './content'
import { guardedChunks, wholeBytes } from './guarded-bytes'
import { ReadStop } from './read-stop'
import { readWhole, sizeLimitIssue } from './size-limit'

/** Options of every reader, whatever its data comes from. */
export interface ReadSourceOptions {
  /** The XLSX sheet to read, by name. Defaults to the first visible sheet. */
  sheet?: string | undefined
  /**
   * The encoding of CSV, NDJSON or JSON bytes, as a WHATWG label (`windows-1258`,
   * `utf-16le`). Defaults to `utf-8`, the contract of observation files. Text given as text
   * is always read as UTF-8.
   */
  encoding?: string | undefined
  /** Limits over the defaults of `DEFAULT_READ_LIMITS`. */
  limits?: Partial<ReadLimits> | undefined
  /** Stops reading: the stream then throws the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined
}

/** What is read: its name in locations, its format, and how to get its bytes. @internal */
export interface ContentTarget {
  /** The name locations and messages show. */
  readonly name: string
  /** The format, or `undefined` when the extension says none. */
  readonly format: FileFormat | undefined
  /** The extension the format was looked for in, for the message when there is none. */
  readonly extension: string
  /** The content, or the issue that stops reading before it starts (a missing file). */
  open(): Promise<Content | TiendoIssue>
}

/** Rows per batch of content read whole (JSON, XLSX). */
const WHOLE_BATCH = 1024

/**
 * The one reading path of every format, after the bytes are found: rows in batches, as
 * `readRowBatches` gives them (CSV rows by the piece of text read, NDJSON one at a time,
 * JSON and XLSX by a thousand). Size limits hold for known sizes before reading and for
 * streams as they come; a read error or a limit ends the items with its issue. Pure: `parse`
 * is the build of csv-parse the runtime can load. @internal
 */
export async function* readContentBatches(
  target: ContentTarget,
  options: ReadSourceOptions,
  parse: CsvParseSync,
): AsyncGenerator<RowItem[], void, undefined> {
  const limits = resolveLimits(options.limits)
  options.signal?.throwIfAborted()
  const { name, format } = target
  if (format === undefined) {
    // A folder or a missing file has no extension either: say what it is, not how to name it.
    const content = await target.open()
    const fields = { fileName: name, extension: target.extension }
    yield [
      isTiendoIssue(content)
        ? content
        : ioIssue('unknown_format', fields, { location: { file: name } }),
    ]
    return
  }
  if (options.sheet !== undefined && format !== 'xlsx') {
    yield [ioIssue('sheet_ignored', { format }, { location: { file: name } })]
  }
  const content = await target.open()
  if (isTiendoIssue(content)) {
    yield [content]
    return
  }
  const context: ReaderContext = {
    file: name,
    format,
    limits,
    encoding: content.encoding ?? options.encoding ?? 'utf-8',
    sheet: options.sheet,
    signal: options.signal,
  }
  const tooLarge =
    content.size === undefined ? undefined : sizeLimitIssue(content.size, context, true)
  if (tooLarge) {
    yield [tooLarge]
    return
  }
  try {
    if (!readWhole(context)) {
      const chunks = guardedChunks(content.chunks(), context)
      // NDJSON goes a row at a time: a batch of long lines would hold more than one line's memory.
      yield* format === 'csv'
        ? readCsvRowBatches(chunks, context, parse)
        : batchesOf(readNdjsonRows(chunks, context), 1)
      return
    }
    const bytes = await wholeBytes(content, context)
    const items = format === 'json' ? readJsonRows(bytes, context) : readXlsxRows(bytes, context)
    yield* batchesOf(items, WHOLE_BATCH)
  } catch (error) {
    if (!(error instanceof ReadStop)) throw error
    yield [error.issue]
  }
}
