import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { cellTooLongIssue, tooManyRowsIssue } from '../limit-issues'
import { jsonKind } from '../rows/json-kind'
import { rowFromJsonObject } from '../rows/json-object'
import { scanJsonRows } from '../rows/json-raw'
import type { RawRow, RowItem } from '../rows/raw-row'
import { decodeText } from '../text/decode'
import { splitLines } from '../text/lines'
import type { ReaderContext } from './context'
import { describeJsonError } from './json-position'

/**
 * Reads NDJSON (JSON Lines) rows from a byte stream, one line at a time: memory stays
 * bounded by the longest line (`maxCellChars × maxColumns` characters). Each row's location
 * is `{ file, row: line }`. Blank lines are skipped; a line that is not a JSON object is
 * reported (`invalid_json`, `not_an_object`) and reading goes on with the next line.
 * Pure (no Node APIs). @internal
 */
export async function* readNdjsonRows(
  chunks: AsyncIterable<Uint8Array>,
  context: ReaderContext,
): AsyncGenerator<RowItem, void, undefined> {
  const { file, limits } = context
  const pending: TiendoIssue[] = []
  const text = decodeText(chunks, {
    encoding: context.encoding,
    format: 'ndjson',
    location: { file },
    onIssue: (issue) => pending.push(issue),
    maxLineChars: limits.maxCellChars * limits.maxColumns,
  })
  let rows = 0
  for await (const { text: line, line: number, overlong } of splitLines(
    text,
    limits.maxCellChars * limits.maxColumns,
  )) {
    context.signal?.throwIfAborted()
    const location = { file, row: number }
    if (!overlong && line.trim() === '') continue
    if (++rows > limits.maxRows) {
      yield tooManyRowsIssue(limits, location)
      return
    }
    const rejected: RawRow = { kind: 'row', cells: {}, location, rejected: true }
    if (overlong) {
      yield cellTooLongIssue(limits, limits.maxCellChars * limits.maxColumns, location)
      yield rejected
      continue
    }
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      const fields = describeJsonError(line, number, 'ndjson')
      yield ioIssue('invalid_json', fields, { location: { file, row: fields.line } })
      yield rejected
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield ioIssue('not_an_object', { found: jsonKind(value) }, { location })
      yield rejected
      continue
    }
    const raw = scanJsonRows(line, 0)[0]
    const object = value as Record<string, unknown>
    const { row, issues } = rowFromJsonObject(object, location, limits, raw)
    yield* issues
    yield row
  }
  yield* pending
  if (rows === 0 && pending.length === 0) {
    yield ioIssue('empty_file', { format: 'ndjson' }, { location: { file } })
  }
}
