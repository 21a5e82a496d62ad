/**
 * `@tiendo/io/parse`: the browser-safe half of `@tiendo/io`, with no Node API — readers of
 * data in memory or in a stream (text, bytes, a `Blob` or `File`, byte chunks), number
 * parsing, text normalisation, and the conversion of rows into observations and records. A
 * dashboard reads an upload exactly as the CLI reads the file.
 */
export type { IoIssueCode } from './codes'
export { IO_ISSUE_CODES } from './codes'
export type { RowConversion, RowToObservationOptions } from './convert/convert-row'
export { rowToObservation, rowToRecord } from './convert/convert-row'
export type { ObservationsFromRowsOptions } from './convert/from-rows'
export {
  observationBatchesFromRows,
  observationsFromRows,
  recordBatchesFromRows,
  recordsFromRows,
} from './convert/from-rows'
export type { ObservationRow, RecordRow } from './convert/spec'
export { OBSERVATION_COLUMNS, RECORD_COLUMNS } from './convert/spec'
export type { ReadStats } from './convert/stats'
export type { FileFormat } from './format'
export { detectFormat, FILE_FORMATS } from './format'
export { isTiendoIssue } from './issue'
export type {
  AmbiguousNumberFields,
  AmbiguousNumberReason,
  BinaryFileFields,
  CellErrorFields,
  CellWithoutHeaderFields,
  DuplicateColumnFields,
  EmptySheetFields,
  FileFormatFields,
  FileNameFields,
  FileUnreadableFields,
  HiddenColumnsFields,
  HiddenRowsFields,
  ImpreciseNumberFields,
  InvalidCellFields,
  InvalidCsvFields,
  InvalidEncodingFields,
  InvalidJsonFields,
  InvalidNumberFields,
  InvalidNumberReason,
  InvalidUtf8Fields,
  InvalidXlsxFields,
  IoIssue,
  IoIssueFields,
  JsonKind,
  LimitExceededFields,
  LimitMeasure,
  MergedCellsFields,
  MissingColumnFields,
  NotAnArrayFields,
  NotAnObjectFields,
  PercentFormatFields,
  RaggedRowFields,
  SheetNotFoundFields,
  SheetsNotReadFields,
  TooManyIssuesFields,
  UnknownColumnFields,
  UnknownFormatFields,
  UnsupportedEncodingFields,
  Utf16FileFields,
  XlsxCellFields,
} from './issue-fields'
export { isIoIssue } from './issue-fields'
export type { LimitExceededIssue } from './limit-issues'
export type { ReadLimits } from './limits'
export { DEFAULT_READ_LIMITS } from './limits'
export type {
  DecimalCellErrorCode,
  DecimalCellResult,
  NumberLocale,
} from './numbers/parse-decimal-cell'
export { parseDecimalCell } from './numbers/parse-decimal-cell'
export type { ReadSourceObservationsOptions } from './read-source-observations'
export {
  readSourceObservationBatches,
  readSourceObservations,
} from './read-source-observations'
export { readSourceRecordBatches, readSourceRecords } from './read-source-records'
export { readSourceRows } from './read-source-rows'
export { DATA_SHEET_NAME } from './readers/data-sheet'
export type { JsonSyntaxLocation } from './readers/json-position'
export { locateJsonSyntaxError } from './readers/json-position'
// Issue and table renderers: text only, no Node API.
export { shouldUseColor } from './reports/color'
export { issuesToGithubAnnotations } from './reports/github'
export { issueLabel } from './reports/issue-label'
export { issuesToJunit } from './reports/junit'
export { locationText } from './reports/location-text'
export { issuesToMarkdownTable, validationReportToMarkdown } from './reports/markdown'
export { issueToPretty, validationReportToPretty } from './reports/pretty'
export type { SarifOptions, SarifToolInfo } from './reports/sarif'
export { issuesToSarif } from './reports/sarif'
export type { FlatIssue, ValidationReport, ValidationStats } from './reports/validation-report'
export { flattenIssue, sortIssues, validationReportToJson } from './reports/validation-report'
export type { CellType, RawHeader, RawRow, RowItem } from './rows/raw-row'
export { cellLocation } from './rows/raw-row'
export type { DataSource } from './source/data-source'
export type { ReadSourceOptions } from './source/read-content'
export type { DuplicateJsonKey } from './text/json-duplicate-key'
export { findDuplicateJsonKey } from './text/json-duplicate-key'
export type { JsonExpectation } from './text/json-syntax'
export { normalizeText } from './text/normalize'
