/**
 * Where a national run in parts keeps each part's long lists until the report is written:
 * one JSON text a line, appended part after part, read back in order. @internal
 */

/** The long lists of a report, each spooled apart. @internal */
export type SpooledList = 'figures' | 'withheld' | 'failed' | 'targets'

/** @internal */
export interface ReportSpool {
  /** Adds JSON texts (one element each, no line breaks) to the end of a list. */
  append(list: SpooledList, texts: Iterable<string>): void
  /** The texts of a list, in the order appended, read as they are asked for. */
  texts(list: SpooledList): Iterable<string>
  /** Lets go of everything spooled. */
  close(): Promise<void>
}
