import type { LocalizedText } from '@tiendo/schema'

/**
 * A reason the command cannot run (exit code 2), told to the user in their language with a
 * hint; never shown as a stack trace.
 */
export class CliError extends Error {
  readonly text: LocalizedText
  readonly hint: LocalizedText | undefined

  constructor(text: LocalizedText, hint?: LocalizedText) {
    super(text.en)
    this.name = 'CliError'
    this.text = text
    this.hint = hint
  }
}
