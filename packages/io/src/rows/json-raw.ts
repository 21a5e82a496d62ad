import { scanJsonTokens } from '../text/json-tokens'

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
  let lastKey = ''
  scanJsonTokens(text, (token, at, end) => {
    if (token === 'close') {
      stack.pop()
      return false
    }
    const inRow = stack.length === rowDepth + 1 && stack[rowDepth] === true
    if (token === 'key') {
      if (inRow && current !== undefined) {
        lastKey = JSON.parse(text.slice(at, end)) as string
        if (keys.has(lastKey)) current.duplicateKeys.push(lastKey)
        else keys.add(lastKey)
      }
      return false
    }
    if (stack.length === rowDepth) {
      // A row (or an element that is not an object) begins.
      index++
      current = undefined
      if (token === 'object') {
        current = { duplicateKeys: [], numbers: new Map() }
        keys = new Set()
        rows[index] = current
      }
    } else if (token === 'scalar' && inRow && current !== undefined && isNumberStart(text, at)) {
      current.numbers.set(lastKey, text.slice(at, end))
    }
    if (token === 'object' || token === 'array') stack.push(token === 'object')
    return false
  })
  return rows
}

function isNumberStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 0x2d /* - */ || (code >= 0x30 && code <= 0x39)
}
