import type { LocalizedText } from '@tiendo/schema'

/** Stable codes of the input errors of `assessProgress` and `backtest`. */
export type AssessmentInputErrorCode =
  | 'invalid_input'
  | 'invalid_direction'
  | 'invalid_period'
  | 'invalid_value'
  | 'invalid_qualifier'
  | 'range_incomplete'
  | 'duplicate_period'
  | 'invalid_target'
  | 'unsupported_comparator'
  | 'comparator_direction'
  | 'duplicate_target'
  | 'invalid_method'
  | 'invalid_profile'
  | 'invalid_thresholds'
  | 'invalid_bounds'
  | 'invalid_option'

/**
 * Input that cannot be assessed at all (a malformed period, a value that is not a number,
 * two values for one period…): says what, where (`path`, e.g. `observations[3].period`)
 * and how to fix it, in both languages. `message` is the English text.
 */
export class AssessmentInputError extends Error {
  override readonly name = 'AssessmentInputError'
  readonly code: AssessmentInputErrorCode
  readonly path: string
  readonly text: LocalizedText
  readonly hint: LocalizedText

  constructor(
    code: AssessmentInputErrorCode,
    path: string,
    text: LocalizedText,
    hint: LocalizedText,
  ) {
    super(`${path}: ${text.en} ${hint.en}`)
    this.code = code
    this.path = path
    this.text = text
    this.hint = hint
  }
}
