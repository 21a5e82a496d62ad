import type { LocalizedText } from '@tiendo/schema'
import type { Wording } from '../issue'
import { expectationText, jsonWording } from '../messages/json'
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
  return { line, column, expected: expectationText(error.expected) }
}

function lineAndColumn(text: string, error: JsonSyntaxError, firstLine: number) {
  const before = text.slice(0, error.offset)
  const breaks = new LineBreakCounter().count(before)
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line: firstLine + breaks, column: error.offset - lastBreak }
}

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
  const { line, column } = lineAndColumn(text, error, firstLine)
  const found =
    error.offset < text.length
      ? String.fromCodePoint(text.codePointAt(error.offset) ?? 0)
      : undefined
  const previous = text.slice(0, error.offset).trimEnd().at(-1)
  const wording = jsonWording.invalidJson(line, column, error.expected, found, previous, ndjson)
  return { line, wording }
}
