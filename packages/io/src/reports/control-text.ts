/**
 * Text from a pack or a data file, made safe for a terminal or a CI log: control characters
 * (C0, DEL, C1) and the invisible bidirectional controls are written as escapes (`\n`,
 * `\u001b`, `\u202e`), so none can move the cursor, colour the screen, reorder what is read
 * or break a line. JSON output needs none of this: JSON escapes them itself.
 */

import { CONTROL_CHARACTERS } from '@tiendo/schema/internal'

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * `text` with every control character written as an escape; with `keepLineBreaks`, line
 * breaks are left for the format to write its own way (`<br>`, `%0A`).
 */
export function escapeControls(text: string, keepLineBreaks = false): string {
  return text.replace(CONTROL_CHARACTERS, (char) =>
    keepLineBreaks && (char === '\n' || char === '\r')
      ? char
      : (NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}
