import type { LocalizedText } from './primitives'
import type { Severity } from './rule'

/**
 * Where something was found: a file and an editor's line (header = 1; for NDJSON the line;
 * for XLSX the sheet row) and column name, or a JSON Pointer `path` into a JSON file or pack.
 */
export interface SourceLocation {
  file?: string | undefined
  sheet?: string | undefined
  row?: number | undefined
  column?: string | undefined
  /** A JSON Pointer (`/3/value`), standing in for row and column in JSON files and packs. */
  path?: string | undefined
}

/**
 * One problem found in data or a pack, told in both languages: what is wrong (`message`),
 * where (`location`), and how to fix it (`hint`). `code` is stable and meant for machines.
 */
export interface TiendoIssue {
  code: string
  severity: Severity
  message: LocalizedText
  hint?: LocalizedText | undefined
  location?: SourceLocation | undefined
  indicator?: string | undefined
  unit?: string | undefined
  period?: string | undefined
  /** Other places involved, such as the first of two duplicate rows. */
  related?: SourceLocation[] | undefined
}

/** The two languages Tiendo speaks. */
export type Language = keyof LocalizedText
