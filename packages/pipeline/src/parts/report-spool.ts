/**
 * Where a national run in parts keeps each part's long lists until the report is written:
 * one JSON text a line, appended part after part, read back in order. @internal
 */

/** The long lists of a report, each spooled apart. @internal */
export const SPOOLED_LISTS = ['figures', 'withheld', 'failed', 'targets'] as const

/** @internal */
export type SpooledList = (typeof SPOOLED_LISTS)[number]

/** @internal */
export interface ReportSpool {
  /** Adds JSON texts (one element each, no line breaks) to the end of a list. */
  append(list: SpooledList, texts: Iterable<string>): void
  /** The texts of a list, in the order appended, read as they are asked for. */
  texts(list: SpooledList): Iterable<string>
  /** Lets go of everything spooled. */
  close(): Promise<void>
}

/** A spool held in memory: for tests, and runs small enough not to need files. @internal */
export function memorySpool(): ReportSpool {
  const lists = new Map<SpooledList, string[]>()
  return {
    append(list, texts) {
      let held = lists.get(list)
      if (held === undefined) {
        held = []
        lists.set(list, held)
      }
      for (const text of texts) held.push(text)
    },
    texts: (list) => lists.get(list) ?? [],
    async close() {
      lists.clear()
    },
  }
}
