import { pipeline, Readable } from 'node:stream'
import type { TiendoIssue } from '@tiendo/schema'
import { parse } from 'csv-parse'
import { makeIssue } from '../issue'
import { stoppedAtLimit } from '../limit-issues'
import { fileWording } from '../messages/file'
import { tableWording } from '../messages/table'
import type { HeaderMap } from '../rows/header'
import type { RowItem } from '../rows/raw-row'
import { decodeText } from '../text/decode'
import { countLineBreaks } from '../text/line-breaks'
import type { ReaderContext } from './context'
import { CsvSplitter } from './csv-split'
import { CsvTable } from './csv-table'

/** csv-parse's options for Tiendo's CSV, but for the record size, which follows the limits. */
const PARSE_OPTIONS = {
  bom: false,
  relax_column_count: true,
  // A quote inside an unquoted cell (`5" screen`) is kept as a character.
  relax_quotes: true,
  skip_empty_lines: false,
} as const

/**
 * Reads CSV rows from a byte stream, in batches (one per piece of text decoded): memory stays
 * bounded by the longest record (`maxCellChars × maxColumns` characters), whatever the file's
 * size. UTF-8 with or without BOM, CRLF or LF. Records are split as csv-parse splits them:
 * simple lines by {@link CsvSplitter}, and from the first line that is not simple to the end
 * by csv-parse's streaming parser itself. Each row's location is the line where its record
 * starts (a quoted cell may span lines), counted as editors count lines. Blank lines, and
 * lines whose cells are all empty, hold no data and are skipped. @internal
 */
export async function* readCsvRowBatches(
  chunks: AsyncIterable<Uint8Array>,
  context: ReaderContext,
): AsyncGenerator<RowItem[], void, undefined> {
  const { file, limits } = context
  const pending: TiendoIssue[] = []
  const texts = decodeText(chunks, {
    encoding: context.encoding,
    format: 'csv',
    location: { file },
    onIssue: (issue) => pending.push(issue),
  })
  const maxRecordSize = limits.maxCellChars * limits.maxColumns
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
      const parser = parse({
        ...PARSE_OPTIONS,
        max_record_size: maxRecordSize,
        // The line ending the splitter found is the one csv-parse would have found.
        ...(splitter.lineEnding === undefined ? {} : { record_delimiter: splitter.lineEnding }),
      })
      const text = Readable.from(textFrom(rest, ended ? undefined : texts), { objectMode: false })
      // pipeline tears both streams down on an error or an early return, and passes read errors on.
      pipeline(text, parser, () => {})
      if (!(yield* parsedRows(parser, table))) return
    }
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason
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
      last.push(makeIssue('empty_file', 'error', fileWording.empty('csv'), { file }))
    } else if (table.rows === 0) {
      const location = { file, row: table.headerRow }
      last.push(makeIssue('header_only', 'info', tableWording.headerOnly(), location))
    }
  }
  if (last.length > 0) yield last
}

/**
 * The rows of the records csv-parse reads, in batches of what it has ready. Returns `false`
 * when reading must stop.
 */
async function* parsedRows(
  parser: AsyncIterable<string[]> & { readonly readableLength: number },
  table: CsvTable,
): AsyncGenerator<RowItem[], boolean, undefined> {
  let batch: RowItem[] = []
  try {
    for await (const record of parser) {
      let breaks = 0
      for (const cell of record) breaks += countLineBreaks(cell)
      if (!table.take(record, breaks, batch)) {
        yield batch
        return false
      }
      if (parser.readableLength === 0 && batch.length > 0) {
        yield batch
        batch = []
      }
    }
  } catch (error) {
    // Rows read before an error come before its issue.
    if (batch.length > 0) yield batch
    throw error
  }
  if (batch.length > 0) yield batch
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
      return makeIssue('unclosed_quote', 'error', tableWording.unclosedQuote(), at)
    case 'CSV_MAX_RECORD_SIZE': {
      const longest = context.limits.maxCellChars * context.limits.maxColumns
      const issue = makeIssue('limit_exceeded', 'error', tableWording.recordTooLong(longest), at)
      return stoppedAtLimit(issue, 'maxCellChars')
    }
    default: {
      const message = typeof details.message === 'string' ? details.message : String(error)
      if (typeof details.code === 'string' && details.code.startsWith('CSV_')) {
        return makeIssue('invalid_csv', 'error', tableWording.invalidCsv(message), at)
      }
      return makeIssue('file_unreadable', 'error', fileWording.unreadable(context.file, message), {
        file: context.file,
      })
    }
  }
}
