/** What the JSON grammar expected where a text stops being JSON. */
export type JsonExpectation =
  | 'value'
  | 'comma_or_close'
  | 'colon'
  | 'key'
  | 'end_of_text'
  | 'closing_quote'
  | 'no_control_character'
  | 'escape'
  | 'digit'

/** Where, and why, a text is not JSON. @internal */
export interface JsonSyntaxError {
  /** The index (UTF-16 code units) of the first character that breaks the grammar. */
  readonly offset: number
  readonly expected: JsonExpectation
}

type State = 'value' | 'key' | 'colon' | 'after_value'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const LITERALS = ['true', 'false', 'null']

/**
 * Finds the first place where `text` breaks the JSON grammar (RFC 8259), which
 * `JSON.parse`'s error messages do not always say. Iterative, so deep nesting cannot
 * overflow the stack. Returns `undefined` for valid JSON. @internal
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'array' | 'object'> = []
  let pos = 0
  let state: State = 'value'
  const fail = (offset: number, expected: JsonExpectation) => ({ offset, expected })
  for (;;) {
    while (pos < text.length && WHITESPACE.has(text[pos] as string)) pos++
    const c = text[pos]
    if (state === 'after_value') {
      const top = stack.at(-1)
      if (top === undefined) return c === undefined ? undefined : fail(pos, 'end_of_text')
      if (c === ',') {
        pos++
        state = top === 'object' ? 'key' : 'value'
      } else if ((top === 'array' && c === ']') || (top === 'object' && c === '}')) {
        stack.pop()
        pos++
      } else {
        return fail(pos, 'comma_or_close')
      }
      continue
    }
    if (state === 'colon') {
      if (c !== ':') return fail(pos, 'colon')
      pos++
      state = 'value'
      continue
    }
    if (state === 'key') {
      if (c !== '"') return fail(pos, 'key')
      const end = scanString(text, pos)
      if (typeof end !== 'number') return end
      pos = end
      state = 'colon'
      continue
    }
    // state === 'value'
    if (c === '{' || c === '[') {
      pos++
      while (pos < text.length && WHITESPACE.has(text[pos] as string)) pos++
      if (text[pos] === (c === '{' ? '}' : ']')) {
        pos++
        state = 'after_value'
      } else {
        stack.push(c === '{' ? 'object' : 'array')
        state = c === '{' ? 'key' : 'value'
      }
      continue
    }
    let end: number | JsonSyntaxError
    if (c === '"') end = scanString(text, pos)
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) end = scanNumber(text, pos)
    else {
      const literal = LITERALS.find((word) => text.startsWith(word, pos))
      end = literal ? pos + literal.length : fail(pos, 'value')
    }
    if (typeof end !== 'number') return end
    pos = end
    state = 'after_value'
  }
}

/** The index after a string starting at `start` (a `"`), or the error inside it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1
  for (;;) {
    if (i >= text.length) return { offset: i, expected: 'closing_quote' }
    const code = text.charCodeAt(i)
    if (code === 0x22) return i + 1
    if (code < 0x20) return { offset: i, expected: 'no_control_character' }
    if (code === 0x5c) {
      const next = text[i + 1]
      if (next !== undefined && ESCAPES.has(next)) i += 2
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6
      else return { offset: i, expected: 'escape' }
      continue
    }
    i++
  }
}

/** The index after a number starting at `start`, or where a digit was missing. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let i = start
  const digit = (at: number) => {
    const c = text[at]
    return c !== undefined && c >= '0' && c <= '9'
  }
  if (text[i] === '-') i++
  if (text[i] === '0') i++
  else if (digit(i)) while (digit(i)) i++
  else return { offset: i, expected: 'digit' }
  if (text[i] === '.') {
    i++
    if (!digit(i)) return { offset: i, expected: 'digit' }
    while (digit(i)) i++
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++
    if (text[i] === '+' || text[i] === '-') i++
    if (!digit(i)) return { offset: i, expected: 'digit' }
    while (digit(i)) i++
  }
  return i
}
