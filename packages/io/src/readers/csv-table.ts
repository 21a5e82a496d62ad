import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { cellTooLongIssue, tooManyColumnsIssue, tooManyRowsIssue } from '../limit-issues'
import { buildHeader, type HeaderMap, strayCellIssue } from '../rows/header'
import { cellLocation, type RawRow, type RowItem, TEXTS_KEPT_FOR_ROWS } from '../rows/raw-row'
import { ColumnTexts } from '../text/column-texts'
import type { ReaderContext } from './context'
import { type SplitNumber, splitNumberIn } from './split-number'

/**
 * Turns the records of a CSV file, in order, into its header, rows and issues: the first
 * record with a cell is the header, unless it is Excel's first line `sep=,` (skipped, with the
 * info `sep_line`); blank records (nothing but spaces) are skipped; every row is located by the
 * line it starts on, counted as editors count lines. @internal
 */
export class CsvTable {
  /** The header, once read. */
  header: HeaderMap | undefined
  /** The line the header is on. */
  headerRow = 0
  /** The line the next record starts on. */
  nextLine = 1
  /** Data rows read. */
  rows = 0
  private readonly strayReported = new Set<number>()
  /** Positions that hold no column: their text is reported, once per position. */
  private strayAt: number[] = []
  private texts: ColumnTexts[] = []

  constructor(private readonly context: ReaderContext) {}

  /**
   * Takes the next record, `breaks` being the line breaks inside its cells, and pushes what
   * it holds onto `out`. Returns `false` when reading must stop (a wrong delimiter, too many
   * columns or rows).
   */
  take(record: readonly string[], breaks: number, out: RowItem[]): boolean {
    const { file, limits, signal } = this.context
    signal?.throwIfAborted()
    const start = this.nextLine
    this.nextLine = start + breaks + 1
    if (isBlank(record)) return true
    const location = { file, row: start }
    const header = this.header
    if (header === undefined) {
      if (start === 1 && isCommaSepLine(record)) {
        // Excel's note that commas separate the cells, which they do: skipped, and said so.
        out.push(ioIssue('sep_line', {}, { location }))
        return true
      }
      return this.takeHeader(record, location, out)
    }
    if (++this.rows > limits.maxRows) {
      out.push(tooManyRowsIssue(limits, location))
      return false
    }
    // The first rows keep their texts: a title row above the header shows there.
    const texts = this.rows <= TEXTS_KEPT_FOR_ROWS ? record : undefined
    if (record.length !== header.names.length) {
      const fields = { expected: header.names.length, found: record.length }
      const split = splitNumberIn(record, header.names)
      const issue =
        split === undefined
          ? ioIssue('ragged_row', fields, { location })
          : ioIssue(
              'ragged_row',
              { ...fields, ...splitFields(split) },
              { location: cellLocation(location, split.column) },
            )
      out.push(issue, rejected(location, texts))
      return true
    }
    for (let index = 0; index < record.length; index++) {
      const cell = record[index] as string
      if (cell.length <= limits.maxCellChars) continue
      const at = cellLocation(location, header.names[index] ?? `#${index + 1}`)
      out.push(cellTooLongIssue(limits, cell.length, at), rejected(location, texts))
      return true
    }
    for (const index of this.strayAt) {
      if (record[index] === '' || this.strayReported.has(index)) continue
      this.strayReported.add(index)
      out.push(strayCellIssue(index, location, false))
    }
    const cells = this.cellsOf(record, header)
    out.push(
      texts === undefined
        ? { kind: 'row', cells, location }
        : { kind: 'row', cells, location, texts },
    )
    return true
  }

  private takeHeader(record: readonly string[], location: SourceLocation, out: RowItem[]) {
    const { limits } = this.context
    const delimiter = wrongDelimiter(record)
    if (delimiter) {
      out.push(delimiterIssue(delimiter, location))
      return false
    }
    if (record.length > limits.maxColumns) {
      out.push(tooManyColumnsIssue(limits, record.length, location))
      return false
    }
    const built = buildHeader(record, location)
    const header = built.header
    this.header = header
    this.headerRow = location.row as number
    this.strayAt = header.names.flatMap((name, index) =>
      name === undefined && !header.repeated.has(index) ? [index] : [],
    )
    this.texts = header.names.map(() => new ColumnTexts())
    out.push(...built.issues, { kind: 'header', columns: header.columns, location })
    return true
  }

  /**
   * The cells by column name in a prototype-free object (`__proto__` stays a plain key), empty
   * text `undefined`, every text in NFC. Keys go in in the header's order, so every row
   * shares one object shape.
   */
  private cellsOf(
    record: readonly string[],
    header: HeaderMap,
  ): Record<string, string | undefined> {
    const cells: Record<string, string | undefined> = Object.setPrototypeOf({}, null)
    const { names } = header
    for (let index = 0; index < record.length; index++) {
      const name = names[index]
      if (name === undefined) continue
      const raw = record[index] as string
      cells[name] = raw === '' ? undefined : (this.texts[index] as ColumnTexts).text(raw)
    }
    return cells
  }
}

/** A row already reported: counted, not converted. */
function rejected(location: SourceLocation, texts: readonly string[] | undefined): RawRow {
  const row: RawRow = { kind: 'row', cells: {}, location, rejected: true }
  return texts === undefined ? row : { ...row, texts }
}

/** A record with nothing but spaces (a line of `\r`, a row of `" , ,"` an editor left). */
function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false
  return true
}

/**
 * Whether the record is the first line `sep=,` that Excel writes (and reads) to name the
 * delimiter: split at its comma, `sep=` and an empty cell. `sep=;` and `sep=<tab>` are one cell
 * holding the other delimiter, which the header check refuses as such.
 */
function isCommaSepLine(record: readonly string[]): boolean {
  return record.length === 2 && record[0]?.toLowerCase() === 'sep=' && record[1] === ''
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
    ? ioIssue('semicolon_delimited', {}, { location })
    : ioIssue('tab_delimited', {}, { location })
}

/** A split number's fields, without the readings it does not have. */
function splitFields({ text, decimalReading, thousandsReading }: SplitNumber) {
  return {
    splitNumber: text,
    ...(decimalReading === undefined ? {} : { decimalReading }),
    ...(thousandsReading === undefined ? {} : { thousandsReading }),
  }
}
