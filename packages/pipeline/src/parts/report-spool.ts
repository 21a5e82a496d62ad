/**
 * Where a national run in parts keeps each part's long lists until the report is written:
 * one JSON text a line, appended part after part, read back in order. @internal
 */

import type { JsonLines } from '../report/json-lines'

/** The long lists of a report, each spooled apart. @internal */
export type SpooledList = 'figures' | 'withheld' | 'failed' | 'targets'

/** Adds JSON texts to the end of one list, one at a time, until closed. @internal */
export interface SpoolWriter {
  /** Adds one JSON text (one element, no line breaks). */
  write(text: string): void
  /** Writes what is left; the list is complete. */
  close(): void
}

/** Lists of JSON texts kept until a report is written, read back in order. @internal */
export interface ReportSpool {
  /** Adds JSON texts (one element each, no line breaks) to the end of a list. */
  append(list: SpooledList, texts: Iterable<string>): void
  /** Adds texts to the end of a list one at a time (a run's series as they are assessed). */
  writer(list: SpooledList): SpoolWriter
  /** A list's texts, in the order appended, as the lines of its bytes (read when asked for). */
  lines(list: SpooledList): JsonLines
  /** Lets go of everything spooled. */
  close(): Promise<void>
}
