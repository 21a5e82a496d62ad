/**
 * JSON text in pieces: the same characters `JSON.stringify(value, null, indent)` gives, cut
 * at the elements of the outer objects and arrays, so a national report (a hundred
 * megabytes) is written piece by piece and never held whole as one string.
 */

/** How deep the pieces are cut: top level, its sections, their elements. */
const CUT_DEPTH = 3

/**
 * A list written by {@link jsonChunks} as a JSON array whose elements are made one at a
 * time, as they are written (`toJson` of each item): a national report's figures, results
 * and series never exist as JSON values all at once.
 */
export class JsonList<T, J = unknown> {
  constructor(
    readonly items: Iterable<T>,
    readonly toJson: (item: T) => J,
  ) {}
}

/** A value with every {@link JsonList} in it made an array. @internal */
export type ListsAsArrays<T> = T extends { readonly toJson: (item: never) => infer J }
  ? J[]
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]: ListsAsArrays<T[K]> }
      : T

/** The value with every {@link JsonList} in its plain objects made an array. @internal */
export function listsAsArrays<T>(value: T): ListsAsArrays<T> {
  if (value instanceof JsonList) return [...value.items].map(value.toJson) as ListsAsArrays<T>
  if (
    value === null ||
    typeof value !== 'object' ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return value as ListsAsArrays<T>
  }
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) copy[key] = listsAsArrays(item)
  return copy as ListsAsArrays<T>
}

/**
 * Yields `JSON.stringify(value, null, indent)` in pieces (the elements of the outer objects
 * and arrays one by one); joined, they are exactly that text. A {@link JsonList} anywhere in
 * `value` is written as the array of its items' JSON, each made when it is written.
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
  if (value instanceof JsonList) {
    yield* listChunks(value, indent, depth)
    return
  }
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

/** A lazy list as an array: each element made, written and let go. */
function* listChunks(list: JsonList<unknown>, indent: number, depth: number): Generator<string> {
  const pad = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : ''
  const end = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''
  let i = 0
  for (const item of list.items) {
    const ready = prepared(list.toJson(item), String(i))
    yield `${i === 0 ? '[' : ','}${pad}`
    yield* chunksOf(omitted(ready) ? null : ready, indent, depth + 1)
    i++
  }
  yield i === 0 ? '[]' : `${end}]`
}

/** A value's text at `depth`: its inner lines indented as they are inside the whole. */
function leaf(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent > 0 ? indent : undefined)
  // Strings are escaped, so every newline in the text is one `JSON.stringify` put between lines.
  return indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text
}
