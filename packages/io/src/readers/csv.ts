import { pipeline, Readable } from 'node:stream'
import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { parse } from 'csv-parse'
import { makeIssue } from '../issue'
import { cellTooLongIssue, tooManyColumnsIssue, tooManyRowsIssue } from '../limit-issues'
import { fileWording } from '../messages/file'
import { tableWording } from '../messages/table'
import { buildHeader, cellsOf, type HeaderMap, strayCellIssue } from '../rows/header'
import { cellLocation, type RawRow, type RowItem } from '../rows/raw-row'
import { decodeText } from '../text/decode'
import { countLineBreaks } from '../text/line-breaks'
import { normalizeText } from '../text/normalize'
import type { ReaderContext } from './context'

/**
 * Reads CSV rows from a byte stream with csv-parse's streaming parser: memory stays bounded
 * by the longest record (`maxCellChars × maxColumns` characters), whatever the file's size.
 * UTF-8 with or without BOM, CRLF or LF. Each row's location is the line where its record
 * starts (a quoted cell may span lines), counted as editors count lines. Blank lines, and
 * lines whose cells are all empty, hold no data and are skipped. @internal
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  context: ReaderContext,
): AsyncGenerator<RowItem, void, undefined> {
  const { file, limits } = context
  const pending: TiendoIssue[] = []
  const text = Readable.from(
    decodeText(chunks, {
      encoding: context.encoding,
      format: 'csv',
      location: { file },
      onIssue: (issue) => pending.push(issue),
    }),
    { objectMode: false },
  )
  const parser = parse({
    bom: false,
    relax_column_count: true,
    // A quote inside an unquoted cell (`5" screen`) is kept as a character.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: limits.maxCellChars * limits.maxColumns,
  })
  // pipeline tears both streams down on an error or an early return, and passes read errors on.
  pipeline(text, parser, () => {})

  let header: HeaderMap | undefined
  let headerRow = 0
  let nextLine = 1
  let rows = 0
  const strayReported = new Set<number>()
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      context.signal?.throwIfAborted()
      const start = nextLine
      let breaks = 0
      for (const cell of record) breaks += countLineBreaks(cell)
      nextLine = start + breaks + 1
      if (record.every((cell) => cell === '')) continue
      const location = { file, row: start }

      if (header === undefined) {
        const delimiter = wrongDelimiter(record)
        if (delimiter) {
          yield delimiterIssue(delimiter, location)
          return
        }
        if (record.length > limits.maxColumns) {
          yield tooManyColumnsIssue(limits, record.length, location)
          return
        }
        const built = buildHeader(record, location)
        header = built.header
        headerRow = start
        yield* built.issues
        yield { kind: 'header', columns: header.columns, location }
        continue
      }

      if (++rows > limits.maxRows) {
        yield tooManyRowsIssue(limits, location)
        return
      }
      const rejected: RawRow = { kind: 'row', cells: {}, location, rejected: true }
      if (record.length !== header.names.length) {
        const wording = tableWording.raggedRow(header.names.length, record.length)
        yield makeIssue('ragged_row', 'error', wording, location)
        yield rejected
        continue
      }
      const tooLong = record.findIndex((cell) => cell.length > limits.maxCellChars)
      if (tooLong !== -1) {
        const at = cellLocation(location, header.names[tooLong] ?? `#${tooLong + 1}`)
        yield cellTooLongIssue(limits, (record[tooLong] as string).length, at)
        yield rejected
        continue
      }
      const { cells, stray } = cellsOf(header, record.map(normalizeText))
      for (const index of stray) {
        if (strayReported.has(index)) continue
        strayReported.add(index)
        yield strayCellIssue(index, location, false)
      }
      yield { kind: 'row', cells, location }
    }
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason
    // A decoding problem ends the text early; the parser's complaint about the cut is noise.
    if (pending.length === 0) yield parseFailure(error, header, { file, row: nextLine }, context)
  }
  yield* pending
  if (pending.length > 0) return
  if (header === undefined) {
    yield makeIssue('empty_file', 'error', fileWording.empty('csv'), { file })
  } else if (rows === 0) {
    yield makeIssue('header_only', 'info', tableWording.headerOnly(), { file, row: headerRow })
  }
}

/** `semicolon` or `tab` when the header shows the file uses that delimiter instead of commas. */
function wrongDelimiter(header: readonly string[]): 'semicolon' | 'tab' | undefined {
  // Column names never hold these characters, so one in a header cell means a delimiter.
  if (header.some((cell) => cell.includes(';'))) return 'semicolon'
  if (header.some((cell) => cell.includes('\t'))) return 'tab'
  return undefined
}

function delimiterIssue(delimiter: 'semicolon' | 'tab', location: SourceLocation): TiendoIssue {
  return delimiter === 'semicolon'
    ? makeIssue('semicolon_delimited', 'error', tableWording.semicolonDelimited(), location)
    : makeIssue('tab_delimited', 'error', tableWording.tabDelimited(), location)
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
      return makeIssue('limit_exceeded', 'error', tableWording.recordTooLong(longest), at)
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
