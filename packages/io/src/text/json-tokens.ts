/**
 * The tokens of JSON text that `JSON.parse` has already accepted, found without parsing it
 * again: what `JSON.parse` hides (keys written twice, numbers as written) is read from them.
 */

/** A token of JSON text: an opening bracket, a closing one, a key, or a value. @internal */
export type JsonToken = 'object' | 'array' | 'close' | 'key' | 'string' | 'scalar'

/**
 * Calls `visit` with each token of `text` and where it stands (`text.slice(at, end)`);
 * commas, colons and whitespace are skipped. Returning `true` from `visit` stops the scan.
 * Iterative and linear in the text, so deep nesting cannot overflow the stack. @internal
 */
export function scanJsonTokens(
  text: string,
  visit: (token: JsonToken, at: number, end: number) => boolean,
): void {
  // One entry per open container: `true` for an object, where a string after `{` or `,`
  // is a key.
  const objects: boolean[] = []
  let keyNext = false
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    let token: JsonToken | undefined
    let end = at + 1
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      token = code === 0x7b ? 'object' : 'array'
      objects.push(code === 0x7b)
      keyNext = code === 0x7b
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      token = 'close'
      objects.pop()
      keyNext = false
    } else if (code === 0x2c /* , */) {
      keyNext = objects.at(-1) === true
    } else if (code === 0x3a /* : */) {
      keyNext = false
    } else if (code === 0x22 /* " */) {
      token = keyNext ? 'key' : 'string'
      end = stringEnd(text, at) + 1
      keyNext = false
    } else if (!WHITESPACE.has(code)) {
      token = 'scalar'
      end = scalarEnd(text, at)
    }
    if (token !== undefined && visit(token, at, end)) return
    at = end
  }
}

/** JSON's whitespace, as code units. @internal */
export const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

/** The index of the quote that closes the string opening at `start`. @internal */
export function stringEnd(text: string, start: number): number {
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

/** The end of a number or a literal (`true`, `false`, `null`). @internal */
export function scalarEnd(text: string, start: number): number {
  let at = start
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (WHITESPACE.has(code) || code === 0x2c || code === 0x7d || code === 0x5d) break
    at++
  }
  return at
}
