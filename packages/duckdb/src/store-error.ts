import type { LocalizedText } from '@tiendo/schema'

/**
 * Why a store could not be used: `store_unopenable` (no DuckDB database, or no store),
 * `store_locked` (another process has it open for writing), `store_readonly` (it cannot be
 * written), `store_write_failed` (a write failed, such as on a full disk: nothing of the file
 * was kept), `store_newer` / `store_older` (its schema version), `store_file_unreadable` (a
 * file to ingest cannot be read).
 */
export type StoreErrorCode =
  | 'store_unopenable'
  | 'store_locked'
  | 'store_readonly'
  | 'store_write_failed'
  | 'store_newer'
  | 'store_older'
  | 'store_file_unreadable'

/**
 * A store that cannot be opened or written, or a file that cannot be ingested: what is
 * wrong and how to fix it, in Vietnamese and English. Problems with the data never throw:
 * they are kept with the submission and reported as a file's issues are.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError'
  readonly code: StoreErrorCode
  /** What is wrong, in both languages (`message` is the English). */
  readonly text: LocalizedText
  /** How to fix it. */
  readonly hint: LocalizedText

  constructor(code: StoreErrorCode, text: LocalizedText, hint: LocalizedText) {
    super(text.en)
    this.code = code
    this.text = text
    this.hint = hint
  }
}
