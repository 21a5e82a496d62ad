import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { limitIssue } from '../limit-issues'
import type { HeaderMap } from '../rows/header'
import type { RowItem } from '../rows/raw-row'
import { decodeText } from '../text/decode'
import { countLineBreaks } from '../text/line-breaks'
import type { ReaderContext } from './context'
import type { CsvParseSync } from './csv-parse-options'
import { CsvSplitter } from './csv-split'
import { CsvTable } from './csv-table'
import { csvRecordWindows } from './csv-windows'

/**
 * Reads CSV rows from a byte stream, in batches (one per piece of text decoded): memory stays
 * bounded by the longest record (`maxCellChars × maxColumns` characters), whatever the file's
 * size. UTF-8 with or without BOM, CRLF or LF. Records are split as csv-parse splits them:
 * simple lines by {@link CsvSplitter}, and from the first line that is not simple to the end
 * by csv-parse itself, a window of text at a time ({@link csvRecordWindows}). Each row's
 * location is the line where its record starts (a quoted cell may span lines), counted as
 * editors count lines. Blank lines, and lines whose cells are all empty, hold no data and are
 * skipped. Pure (no Node API): `parse` is the build of csv-parse the runtime can load.
 * @internal
 */
export async function* readCsvRowBatches(
  chunks: AsyncIterable<Uint8Array>,
  context: ReaderContext,
  parse: CsvParseSync,
): AsyncGenerator<RowItem[], void, undefined> {
  const { file, limits } = context
  const pending: TiendoIssue[] = []
  const maxRecordSize = limits.maxCellChars * limits.maxColumns
  const texts = decodeText(chunks, {
    encoding: context.encoding,
    format: 'csv',
    location: { file },
    onIssue: (issue) => pending.push(issue),
    maxLineChars: maxRecordSize,
  })
  const splitter = new CsvSplitter(maxRecordSize)
  const table = new CsvTable(context)
  const records: string[][] = []
  try {
    let rest: string | undefined
    let ended = false
    while (rest === undefined && !ended) {
      const next = await texts.next()
      ended = next.done === true
      records.length = 0
      rest = next.done ? splitter.end(records) : splitter.push(next.value, records)
      const batch: RowItem[] = []
      let going = true
      for (let i = 0; going && i < records.length; i++) {
        going = table.take(records[i] as string[], 0, batch)
      }
      if (batch.length > 0) yield batch
      if (!going) return
    }
    if (rest !== undefined) {
      const text = textFrom(rest, ended ? undefined : texts)
      // The line ending the splitter found is the one csv-parse would have found.
      const records = csvRecordWindows(
        text,
        { maxRecordSize, recordDelimiter: splitter.lineEnding },
        parse,
      )
      if (!(yield* parsedRows(records, table))) return
    }
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason
    // A read stop (a read error, a size limit) is the caller's to report; anything else not
    // csv-parse's is a programming error.
    if (!isCsvParseError(error)) throw error
    // A decoding problem ends the text early; the parser's complaint about the cut is noise.
    if (pending.length === 0) {
      yield [parseFailure(error, table.header, { file, row: table.nextLine }, context)]
      // Not read to its end, the file gets no verdict (`header_only`, `empty_file`).
      return
    }
  } finally {
    await texts.return(undefined)
  }
  const last: RowItem[] = [...pending]
  if (pending.length === 0) {
    if (table.header === undefined) {
      last.push(ioIssue('empty_file', { format: 'csv' }, { location: { file } }))
    } else if (table.rows === 0) {
      const location = { file, row: table.headerRow }
      last.push(ioIssue('header_only', {}, { location }))
    }
  }
  if (last.length > 0) yield last
}

/**
 * The rows of the records csv-parse reads, a batch per batch of records. Returns `false`
 * when reading must stop. An error of csv-parse comes after the rows read before it.
 */
async function* parsedRows(
  batches: AsyncIterable<string[][]>,
  table: CsvTable,
): AsyncGenerator<RowItem[], boolean, undefined> {
  for await (const records of batches) {
    const batch: RowItem[] = []
    for (const record of records) {
      let breaks = 0
      for (const cell of record) breaks += countLineBreaks(cell)
      if (!table.take(record, breaks, batch)) {
        yield batch
        return false
      }
    }
    if (batch.length > 0) yield batch
  }
  return true
}

/** `first`, then the rest of `texts`, if any. */
async function* textFrom(
  first: string,
  texts: AsyncIterator<string> | undefined,
): AsyncGenerator<string, void, undefined> {
  yield first
  if (texts === undefined) return
  for (;;) {
    const next = await texts.next()
    if (next.done) return
    yield next.value
  }
}

/** The issue for an error that stopped the parser at the record starting on `location.row`. */
function parseFailure(
  error: unknown,
  header: HeaderMap | undefined,
  location: { file: string; row: number },
  context: ReaderContext,
): TiendoIssue {
  const details = (error ?? {}) as { code?: unknown; index?: unknown; message?: unknown }
  const column =
    typeof details.index === 'number' && header ? header.names[details.index] : undefined
  const at = column === undefined ? location : { ...location, column }
  switch (details.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return ioIssue('unclosed_quote', {}, { location: at })
    case 'CSV_MAX_RECORD_SIZE': {
      const max = context.limits.maxCellChars * context.limits.maxColumns
      return limitIssue({ limit: 'maxCellChars', max, measure: 'record_chars' }, at)
    }
    default: {
      const message = typeof details.message === 'string' ? details.message : String(error)
      return ioIssue('invalid_csv', { detail: message }, { location: at })
    }
  }
}

/** Whether an error is csv-parse's verdict on the text (its codes; its class has no name). */
function isCsvParseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code
  return error instanceof Error && typeof code === 'string' && /^(?:CSV_|INVALID_)/.test(code)
}
