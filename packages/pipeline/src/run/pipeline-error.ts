import type { LocalizedText, TiendoIssue } from '@tiendo/schema'

/** Why a run could not start: the pack, or how it was called. */
export type PipelineErrorCode =
  | 'pack_missing'
  | 'pack_not_found'
  | 'pack_unreadable'
  | 'pack_not_json'
  | 'pack_duplicate_key'
  | 'pack_invalid'
  | 'pack_extends_refused'
  | 'invalid_option'

/**
 * A run that cannot start (a pack that cannot be read or is not valid, an option out of its
 * range): what is wrong and how to fix it, in Vietnamese and English, and the pack's
 * problems located by file and JSON Pointer. Problems with the data never throw: they are
 * the report's issues.
 */
export class PipelineError extends Error {
  override readonly name = 'PipelineError'
  readonly code: PipelineErrorCode
  /** What is wrong, in both languages (`message` is the English). */
  readonly text: LocalizedText
  /** How to fix it. */
  readonly hint: LocalizedText | undefined
  /** The pack's problems, each with its file and JSON Pointer. */
  readonly issues: readonly TiendoIssue[]

  constructor(
    code: PipelineErrorCode,
    text: LocalizedText,
    hint?: LocalizedText,
    issues: readonly TiendoIssue[] = [],
  ) {
    super(text.en)
    this.code = code
    this.text = text
    this.hint = hint
    this.issues = issues
  }
}
