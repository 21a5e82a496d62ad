/**
 * A key written twice in one JSON object. `JSON.parse` keeps the last silently, so a reviewer
 * reading the first value and a program using the last disagree — a way to smuggle a value
 * past review in a pack. Every JSON file Tiendo reads is refused when it has one.
 */

import { toJsonPointer } from '@tiendo/schema'
import { scanJsonTokens } from './json-tokens'
import { LineBreakCounter } from './line-breaks'

/** Where a key is written the second time in one object, and where it was first. */
export interface DuplicateJsonKey {
  /** The key, unescaped (`"\u0069d"` is `id`). */
  readonly key: string
  /** The JSON Pointer of the second occurrence (RFC 6901), e.g. `/rules/2/id`. */
  readonly pointer: string
  /** 1-based line and column (UTF-16 code units) of the second occurrence. */
  readonly line: number
  readonly column: number
  /** 1-based line of the first occurrence. */
  readonly firstLine: number
}

interface Frame {
  readonly object: boolean
  /** An object's keys, each with the offset of its first occurrence. */
  readonly keys: Map<string, number>
  /** The key or index of the value being read in this container. */
  step: string | number
}

/**
 * The first key written twice in one object of `text`, which `JSON.parse` must already have
 * accepted; `undefined` when there is none. Iterative and linear in the text, so deep
 * nesting cannot overflow the stack.
 */
export function findDuplicateJsonKey(text: string): DuplicateJsonKey | undefined {
  const stack: Frame[] = []
  let found: DuplicateJsonKey | undefined
  scanJsonTokens(text, (token, at, end) => {
    if (token === 'close') {
      stack.pop()
      return false
    }
    const top = stack.at(-1)
    if (token === 'key' && top !== undefined) {
      const key = JSON.parse(text.slice(at, end)) as string
      const first = top.keys.get(key)
      top.step = key
      if (first === undefined) top.keys.set(key, at)
      else found = duplicateAt(text, stack, key, at, first)
      return found !== undefined
    }
    // A value begins: in an array, the next index.
    if (top !== undefined && !top.object) top.step = (top.step as number) + 1
    if (token === 'object' || token === 'array') {
      const object = token === 'object'
      stack.push({ object, keys: new Map(), step: object ? '' : -1 })
    }
    return false
  })
  return found
}

function duplicateAt(
  text: string,
  stack: readonly Frame[],
  key: string,
  offset: number,
  firstOffset: number,
): DuplicateJsonKey {
  const { line, column } = position(text, offset)
  return {
    key,
    pointer: toJsonPointer(stack.map((frame) => frame.step)),
    line,
    column,
    firstLine: position(text, firstOffset).line,
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line: 1 + new LineBreakCounter().count(before), column: offset - lastBreak }
}
