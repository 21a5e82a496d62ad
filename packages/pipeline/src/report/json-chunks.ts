/**
 * JSON text in pieces: the same characters `JSON.stringify(value, null, indent)` gives, cut
 * at the elements of the outer objects and arrays, so a national report (a hundred
 * megabytes) is written piece by piece and never held whole as one string. @internal
 */

/** How deep the pieces are cut: top level, its sections, their elements. */
const CUT_DEPTH = 3

/**
 * Yields `JSON.stringify(value, null, indent)` in pieces; joined, they are exactly that text.
 * @internal
 */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  // As JSON.stringify: a whole number of spaces, at most 10.
  yield* chunksOf(prepared(value, ''), Math.min(10, Math.max(0, Math.floor(indent))), 0)
}

/** What `JSON.stringify` would serialise in place of a value (its `toJSON`). */
function prepared(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return toJSON.call(value, key)
  }
  return value
}

/** `JSON.stringify` leaves these out of objects (and writes `null` for them in arrays). */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol'

function* chunksOf(value: unknown, indent: number, depth: number): Generator<string> {
  if (depth >= CUT_DEPTH || value === null || typeof value !== 'object') {
    yield leaf(value, indent, depth)
    return
  }
  const isArray = Array.isArray(value)
  const entries: [string | undefined, unknown][] = isArray
    ? (value as unknown[]).map((item, i) => {
        const ready = prepared(item, String(i))
        return [undefined, omitted(ready) ? null : ready]
      })
    : Object.entries(value as Record<string, unknown>)
        .map(([key, item]): [string, unknown] => [key, prepared(item, key)])
        .filter(([, item]) => !omitted(item))
  const [open, close] = isArray ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) {
    yield `${open}${close}`
    return
  }
  const pad = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : ''
  const end = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''
  const colon = indent > 0 ? ': ' : ':'
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!
    yield `${i === 0 ? open : ','}${pad}${key === undefined ? '' : `${JSON.stringify(key)}${colon}`}`
    yield* chunksOf(item, indent, depth + 1)
  }
  yield `${end}${close}`
}

/** A value's text at `depth`: its inner lines indented as they are inside the whole. */
function leaf(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent > 0 ? indent : undefined)
  // Strings are escaped, so every newline in the text is one `JSON.stringify` put between lines.
  return indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text
}
