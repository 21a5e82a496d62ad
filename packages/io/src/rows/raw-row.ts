import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { cellOfRow } from '@tiendo/schema/internal'

/**
 * What a cell held before it became text, when that was not text: a spreadsheet or JSON
 * number, a spreadsheet date, or a boolean. Converters use it so that a cell that already is
 * a number is never re-read by a number locale (an XLSX `363.558` stays 363.558 under
 * `numberLocale: 'vi'`).
 */
export type CellType = 'number' | 'date' | 'boolean'

/**
 * One data row of a file, as text, with where it came from. Readers normalise every text to
 * Unicode NFC, so `Khánh Hòa` typed on any keyboard compares equal.
 */
export interface RawRow {
  readonly kind: 'row'
  /**
   * The cells by column name (CSV and XLSX: the header; JSON and NDJSON: the object's keys).
   * An empty cell is `undefined`. Numbers are decimal strings (see {@link CellType}); dates
   * ISO strings (`2024-09-30`, or `2024-09-30T08:15:00` when they carry a time).
   */
  readonly cells: Readonly<Record<string, string | undefined>>
  /** The kind of the cells that were not text; absent cells were text. */
  readonly types?: Readonly<Record<string, CellType>> | undefined
  /**
   * The targets of cells that are hyperlinks (XLSX), by column. `cells` holds the text shown;
   * a record's `evidence` reads the target, since the link is the evidence.
   */
  readonly links?: Readonly<Record<string, string>> | undefined
  /**
   * Where the row is: `{ file, row }` (the line an editor shows where the row starts;
   * header = 1), `{ file, sheet, row }` for XLSX, `{ file, path }` (a JSON Pointer such as
   * `/3`) for JSON. See {@link cellLocation} for one cell.
   */
  readonly location: SourceLocation
  /**
   * Set when the reader already reported a problem with this row (a cell too long, an
   * unreadable cell…): the row is counted but not converted.
   */
  readonly rejected?: true | undefined
  /**
   * CSV and XLSX, on the first rows after the header only ({@link TEXTS_KEPT_FOR_ROWS}): the
   * row's cells in order as read, unnamed columns included (an empty cell `''` or
   * `undefined`). When the header names no column, a converter looks among them for the
   * header a title row above it pushed down.
   */
  readonly texts?: readonly (string | undefined)[] | undefined
}

/** The data rows of a table that keep their {@link RawRow.texts}. @internal */
export const TEXTS_KEPT_FOR_ROWS = 10

/** The header of a CSV file or XLSX sheet: its named columns, in order. */
export interface RawHeader {
  readonly kind: 'header'
  /** The column names, trimmed and normalised to NFC; unnamed columns are left out. */
  readonly columns: readonly string[]
  /** Where the header is: `{ file, row }` or `{ file, sheet, row }`. */
  readonly location: SourceLocation
  /**
   * XLSX, when no sheet was named and the workbook's first visible sheet was read: its other
   * visible sheets, each with the names in its first row with a value and how many rows with
   * a value it has under that row — so that a first row naming no column (a cover page) can be
   * told where the data is, and other sheets of data are not passed over without a word.
   */
  readonly otherSheets?: readonly {
    readonly name: string
    readonly columns: readonly string[]
    /** Rows with a value under the first one; absent when not known. */
    readonly rows?: number | undefined
  }[]
}

/**
 * An item of the stream of {@link readSourceRows} (or of `readRows`, its Node counterpart for
 * files): a header (CSV, XLSX), a row, or an issue.
 */
export type RowItem = RawRow | RawHeader | TiendoIssue

/**
 * The location of one cell of a row: the row's location with the column name, or for JSON
 * the row's JSON Pointer extended by the key (`/3/value`, with `~` and `/` escaped).
 */
export function cellLocation(row: SourceLocation, column: string): SourceLocation {
  // Extended where the other packages extend a row's pointer (`fieldLocation`), so a cell
  // is named the same way whichever package reports it.
  return cellOfRow(row, column)
}
