/**
 * What `JSON.parse` hides about one row object: keys written more than once (it keeps the
 * last silently) and the text of each number as written (it rounds `0.30000000000000001` to
 * `0.3` and `1e-400` to `0`). Keys are as written (unescaped, before NFC). @internal
 */
export interface RawObjectFacts {
  /** Keys that appear again after their first occurrence, once per repeat. */
  readonly duplicateKeys: string[]
  /** The source text of every number that is a direct value of the object, by key. */
  readonly numbers: Map<string, string>
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1
  for (;;) {
    const quote = text.indexOf('"', at)
    if (quote === -1) return text.length
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return quote
    at = quote + 1
  }
}

/** The end of a number or a literal (`true`, `false`, `null`). */
function scalarEnd(text: string, start: number): number {
  let at = start
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (WHITESPACE.has(code) || code === 0x2c || code === 0x7d || code === 0x5d) break
    at++
  }
  return at
}

/**
 * Scans JSON text that `JSON.parse` has already accepted and returns, for each row object,
 * its {@link RawObjectFacts}. With `rowDepth` 0 the text is one object (an NDJSON line; the
 * result has one element); with 1 it is an array whose elements are the rows, and the result
 * is indexed like the array (`undefined` where an element is not an object). Iterative and
 * linear in the number of tokens, so nesting depth cannot overflow the stack. @internal
 */
export function scanJsonRows(text: string, rowDepth: 0 | 1): Array<RawObjectFacts | undefined> {
  const rows: Array<RawObjectFacts | undefined> = []
  // One entry per open container: `true` for an object.
  const stack: boolean[] = []
  let index = -1
  let current: RawObjectFacts | undefined
  let keys = new Set<string>()
  let keyNext = false
  let lastKey = ''
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (WHITESPACE.has(code)) {
      at++
      continue
    }
    const atRowLevel = stack.length === rowDepth
    const inRow = stack.length === rowDepth + 1 && stack[rowDepth] === true
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (atRowLevel) {
        index++
        current = undefined
        if (code === 0x7b) {
          current = { duplicateKeys: [], numbers: new Map() }
          keys = new Set()
          rows[index] = current
        }
      }
      stack.push(code === 0x7b)
      keyNext = code === 0x7b
      at++
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop()
      keyNext = false
      at++
    } else if (code === 0x2c /* , */) {
      keyNext = stack.at(-1) === true
      at++
    } else if (code === 0x3a /* : */) {
      keyNext = false
      at++
    } else if (code === 0x22 /* " */) {
      const end = stringEnd(text, at)
      if (keyNext) {
        if (inRow && current !== undefined) {
          lastKey = JSON.parse(text.slice(at, end + 1)) as string
          if (keys.has(lastKey)) current.duplicateKeys.push(lastKey)
          else keys.add(lastKey)
        }
        keyNext = false
      } else if (atRowLevel) {
        index++
      }
      at = end + 1
    } else {
      const end = scalarEnd(text, at)
      if (atRowLevel) index++
      else if (
        inRow &&
        current !== undefined &&
        (code === 0x2d || (code >= 0x30 && code <= 0x39))
      ) {
        current.numbers.set(lastKey, text.slice(at, end))
      }
      at = end
    }
  }
  return rows
}
