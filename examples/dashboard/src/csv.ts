import type { RawRow, RowItem } from '@tiendo/io/parse'
import { normalizeText } from '@tiendo/io/parse'

/**
 * Splits CSV text (RFC 4180: comma-separated, `"` quotes, `""` inside quotes, LF or CRLF)
 * into records, each with the line it starts on (header = 1), as an editor counts lines.
 * `@tiendo/io`'s own CSV reader streams through Node, so the browser needs this small one;
 * the bundled datasets are a few kilobytes.
 */
export function splitCsv(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = []
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    cells.push(cell)
    // A blank line holds no data.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell === '') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else cell += char
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return records
}

/**
 * The rows of a CSV file as `@tiendo/io/parse` converters read them: the header, then each
 * row with its cells by column name (empty cells `undefined`, text in Unicode NFC) and its
 * location `{ file, row }`.
 */
export async function* csvRowItems(text: string, file: string): AsyncGenerator<RowItem> {
  const [header, ...rows] = splitCsv(text)
  if (header === undefined) return
  const columns = header.cells.map((name) => normalizeText(name.trim()))
  yield { kind: 'header', columns, location: { file, row: header.line } }
  for (const record of rows) {
    const cells: Record<string, string | undefined> = Object.create(null)
    columns.forEach((name, index) => {
      const value = record.cells[index]
      cells[name] = value === undefined || value === '' ? undefined : normalizeText(value)
    })
    const row: RawRow = { kind: 'row', cells, location: { file, row: record.line } }
    yield row
  }
}
