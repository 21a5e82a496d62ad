import type { InvalidJsonFields } from '../issue-fields'

/** What an `invalid_json` hint advises, chosen from the fields alike in every language. */
export type JsonHint =
  | 'extra_comma'
  | 'missing_value'
  | 'single_quote'
  | 'line_break'
  | 'missing_comma'
  | 'check_syntax'
  | 'comment'

/** The advice for a JSON syntax error, from what was expected, found and before it. */
export function jsonHint(f: InvalidJsonFields): JsonHint {
  const { expected, found, previous } = f
  const closing = found === ']' || found === '}'
  if (found === '//' || found === '/*') return 'comment'
  if ((expected === 'value' || expected === 'key') && closing && previous === ',') {
    return 'extra_comma'
  }
  if (expected === 'value' && previous === ':') return 'missing_value'
  if ((expected === 'key' || expected === 'value') && found === "'") return 'single_quote'
  if (expected === 'no_control_character') return 'line_break'
  if (expected === 'comma_or_close' || expected === 'key') return 'missing_comma'
  return 'check_syntax'
}
