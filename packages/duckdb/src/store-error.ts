import type { LocalizedText } from '@tiendo/schema'

/** Why a store could not be used. */
export type StoreErrorCode = 'store_unopenable' | 'store_newer' | 'store_file_unreadable'

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
