/**
 * `@tiendo/io/parse`: the browser-safe half of `@tiendo/io` — number parsing, text
 * normalisation, and the conversion of rows into observations and records, with no Node API.
 * A dashboard can read rows its own way and validate them exactly as the CLI does.
 */
export type { IoIssueCode } from './codes'
export { CANNOT_READ_CODES, IO_ISSUE_CODES } from './codes'
export type { RowConversion, RowToObservationOptions } from './convert/convert-row'
export { rowToObservation, rowToRecord } from './convert/convert-row'
export type { ObservationsFromRowsOptions } from './convert/from-rows'
export { observationsFromRows, recordsFromRows } from './convert/from-rows'
export type { ObservationRow, RecordRow } from './convert/spec'
export { OBSERVATION_COLUMNS, RECORD_COLUMNS } from './convert/spec'
export type { ReadStats } from './convert/stats'
export type { FileFormat } from './format'
export { detectFormat, FILE_FORMATS } from './format'
export { isTiendoIssue } from './issue'
export type { ReadLimits } from './limits'
export { DEFAULT_READ_LIMITS } from './limits'
export type {
  DecimalCellErrorCode,
  DecimalCellResult,
  NumberLocale,
} from './numbers/parse-decimal-cell'
export { parseDecimalCell } from './numbers/parse-decimal-cell'
export type { CellType, RawHeader, RawRow, RowItem } from './rows/raw-row'
export { cellLocation } from './rows/raw-row'
export { normalizeText } from './text/normalize'
