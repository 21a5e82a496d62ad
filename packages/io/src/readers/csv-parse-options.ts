/** What csv-parse tells `on_record` about a record: where it ends, in bytes of the input. */
export interface CsvRecordInfo {
  readonly bytes: number
}

/** The csv-parse options the CSV reader passes. @internal */
export interface CsvParseOptions {
  readonly bom: false
  readonly relax_column_count: true
  readonly relax_quotes: true
  readonly skip_empty_lines: false
  readonly max_record_size: number
  readonly record_delimiter?: string
  readonly on_record?: (record: string[], info: CsvRecordInfo) => null
}

/**
 * csv-parse's synchronous `parse`: `csv-parse/sync` under Node, `csv-parse/browser/esm/sync`
 * where Node's `Buffer` and `stream` are missing. Both are the same parser; the caller picks
 * the build. @internal
 */
export type CsvParseSync = (input: Uint8Array, options: CsvParseOptions) => string[][]

/**
 * csv-parse's options for Tiendo's CSV: the record size follows the limits, and the line
 * ending, once the fast splitter has seen it, is the one csv-parse would have found.
 * @internal
 */
export function csvParseOptions(
  maxRecordSize: number,
  recordDelimiter: string | undefined,
): CsvParseOptions {
  return {
    bom: false,
    relax_column_count: true,
    // A quote inside an unquoted cell (`5" screen`) is kept as a character.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: maxRecordSize,
    ...(recordDelimiter === undefined ? {} : { record_delimiter: recordDelimiter }),
  }
}

/** Whether csv-parse stopped at the end of its input inside a quoted cell. @internal */
export function isUnclosedQuote(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'CSV_QUOTE_NOT_CLOSED'
}

/** Whether csv-parse stopped at a record longer than `max_record_size`. @internal */
export function isRecordTooLong(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'CSV_MAX_RECORD_SIZE'
}
