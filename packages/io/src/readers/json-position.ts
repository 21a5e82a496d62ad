import type { Wording } from '../issue'
import { jsonWording } from '../messages/json'
import { findJsonSyntaxError } from '../text/json-syntax'
import { LineBreakCounter } from '../text/line-breaks'

/**
 * Where a text that `JSON.parse` refused stops being JSON, as a line (counted from
 * `firstLine`) and a character on that line, with the wording of the problem. @internal
 */
export function describeJsonError(
  text: string,
  firstLine: number,
  ndjson: boolean,
): { line: number; wording: Wording } {
  // JSON.parse refused it, so the scanner finds a place; the fallback is for safety only.
  const error = findJsonSyntaxError(text) ?? { offset: text.length, expected: 'value' as const }
  const before = text.slice(0, error.offset)
  const breaks = new LineBreakCounter().count(before)
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  const character = error.offset - lastBreak
  const found =
    error.offset < text.length
      ? String.fromCodePoint(text.codePointAt(error.offset) ?? 0)
      : undefined
  const previous = before.trimEnd().at(-1)
  const line = firstLine + breaks
  const wording = jsonWording.invalidJson(line, character, error.expected, found, previous, ndjson)
  return { line, wording }
}
