import type { LocalizedText } from '@tiendo/schema'
import type { InvalidJsonFields } from '../issue-fields'
import { EXPECTED as EXPECTED_EN } from '../locales/en/json'
import { EXPECTED as EXPECTED_VI } from '../locales/vi/json'
import { findJsonSyntaxError, type JsonSyntaxError } from '../text/json-syntax'
import { LineBreakCounter } from '../text/line-breaks'

/** Where a text stops being JSON: a line, a character on that line, and what was expected. */
export interface JsonSyntaxLocation {
  /** 1-based line (`\n`, `\r\n` and `\r` each end one). */
  readonly line: number
  /** 1-based character on the line, in UTF-16 code units. */
  readonly column: number
  /** What the grammar expected there, in words. */
  readonly expected: LocalizedText
  /**
   * Whether a comment (`//` or `/*`) stands there: JSON has none, though editors and
   * JavaScript accept them, so a hand-written file often holds one.
   */
  readonly comment: boolean
}

/**
 * Where `text` stops being JSON, without quoting any of it (a file that is not JSON may be
 * anything, a password file included); `undefined` for valid JSON. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxLocation | undefined {
  const error = findJsonSyntaxError(text)
  if (error === undefined) return undefined
  const { line, column } = lineAndColumn(text, error, 1)
  const expected = { vi: EXPECTED_VI[error.expected], en: EXPECTED_EN[error.expected] }
  return { line, column, expected, comment: startsComment(text, error.offset) }
}

/** Whether `//` or `/*` starts at `offset`. */
function startsComment(text: string, offset: number): boolean {
  return text[offset] === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')
}

function lineAndColumn(text: string, error: JsonSyntaxError, firstLine: number) {
  const before = text.slice(0, error.offset)
  const breaks = new LineBreakCounter().count(before)
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line: firstLine + breaks, column: error.offset - lastBreak }
}

/**
 * Where a text that `JSON.parse` refused stops being JSON, as a line (counted from
 * `firstLine`) and a character on that line, with what was expected and found there: the
 * fields of its `invalid_json` issue. @internal
 */
export function describeJsonError(
  text: string,
  firstLine: number,
  format: InvalidJsonFields['format'],
): InvalidJsonFields {
  // JSON.parse refused it, so the scanner finds a place; the fallback is for safety only.
  const error = findJsonSyntaxError(text) ?? { offset: text.length, expected: 'value' as const }
  const { line, column } = lineAndColumn(text, error, firstLine)
  // A comment is found as its two characters, `//` or `/*`: what the hint names.
  const found = startsComment(text, error.offset)
    ? text.slice(error.offset, error.offset + 2)
    : error.offset < text.length
      ? String.fromCodePoint(text.codePointAt(error.offset) ?? 0)
      : undefined
  const previous = text.slice(0, error.offset).trimEnd().at(-1)
  return { format, line, character: column, expected: error.expected, found, previous }
}
