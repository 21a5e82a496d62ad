/**
 * JSON text in pieces: the same characters `JSON.stringify(value, null, indent)` gives, cut
 * at the properties of the outer objects and between batches of array elements, so a
 * national report (a hundred megabytes) is written piece by piece and never held whole as
 * one string.
 */

import { setOwnKey } from '@tiendo/schema/internal'
import { JsonLines, linesCopied } from './json-lines'

/** How deep objects are cut into their properties: top level, its sections, theirs. */
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

/**
 * An element already written as JSON text (one line, as `JSON.stringify` writes it without
 * indent): a list of such elements is written with their text as it is, one a line, or
 * parsed again where its elements are indented. @internal
 */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text)
  }
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
  for (const [key, item] of Object.entries(value)) setOwnKey(copy, key, listsAsArrays(item))
  return copy as ListsAsArrays<T>
}

/** Options of {@link jsonChunks}. */
export interface JsonChunksOptions {
  /**
   * Write each element of a list (a {@link JsonList}, or an array among the outer objects'
   * properties) on a line of its own, without spaces, at the list's indent: the text stays
   * valid JSON of the same value, about half the size of an indented national report, and
   * one element a line greps and diffs. With `indent` 0 everything is one line anyway.
   * Defaults to `false`: exactly the text of `JSON.stringify(value, null, indent)`.
   */
  readonly lines?: boolean | undefined
}

/**
 * Yields `JSON.stringify(value, null, indent)` in pieces (the elements of the outer objects
 * and arrays one by one); joined, they are exactly that text (or, with `lines`, the same
 * value with a list's elements one a line). A {@link JsonList} anywhere in `value` is
 * written as the array of its items' JSON, each made when it is written.
 */
export function* jsonChunks(
  value: unknown,
  indent = 2,
  options: JsonChunksOptions = {},
): Generator<string> {
  yield* piecesAsText(jsonPieces(value, indent, options))
}

/**
 * {@link jsonChunks} with the lines of a {@link JsonLines} list, where its elements stand
 * one a line, as UTF-8 bytes copied from it: a file or a stream takes them as they are,
 * where decoding and encoding them again cost a national report most of its writing time.
 * @internal
 */
export function* jsonPieces(
  value: unknown,
  indent = 2,
  options: JsonChunksOptions = {},
): Generator<string | Uint8Array> {
  // As JSON.stringify: a whole number of spaces, at most 10.
  const spaces = Math.min(10, Math.max(0, Math.floor(indent)))
  yield* chunksOf(prepared(value, ''), { indent: spaces, lines: options.lines === true }, 0)
}

/** Pieces of text or UTF-8 bytes, as text (a character cut between pieces kept whole). @internal */
export function* piecesAsText(pieces: Iterable<string | Uint8Array>): Generator<string> {
  const decoder = new TextDecoder()
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      yield piece
      continue
    }
    const text = decoder.decode(piece, { stream: true })
    if (text !== '') yield text
  }
  const rest = decoder.decode()
  if (rest !== '') yield rest
}

/** How the text is laid out: spaces per level, and whether list elements are one a line. */
interface Layout {
  readonly indent: number
  readonly lines: boolean
}

/** What `JSON.stringify` would serialise in place of a value (its `toJSON`). */
function prepared(value: unknown, key: string): unknown {
  // Kept whole, so a list of them is written as it stands (see `lineTexts`).
  if (value instanceof RawJson) return value
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return toJSON.call(value, key)
  }
  return value
}

/** `JSON.stringify` leaves these out of objects (and writes `null` for them in arrays). */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol'

function* chunksOf(value: unknown, layout: Layout, depth: number): Generator<string | Uint8Array> {
  const { indent } = layout
  if (value instanceof JsonLines) {
    if (layout.lines && indent > 0) yield* linesCopied(value, indent, depth)
    else yield* arrayChunks(mapped(value.texts(), rawJson), layout, depth)
    return
  }
  if (value instanceof JsonList) {
    yield* arrayChunks(
      mapped(value.items, (item, i) => prepared(value.toJson(item), String(i))),
      layout,
      depth,
    )
    return
  }
  if (depth >= CUT_DEPTH || value === null || typeof value !== 'object') {
    yield leaf(value, indent, depth)
    return
  }
  if (Array.isArray(value)) {
    yield* arrayChunks(
      mapped(value, (item, i) => prepared(item, String(i))),
      layout,
      depth,
    )
    return
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([key, item]): [string, unknown] => [key, prepared(item, key)])
    .filter(([, item]) => !omitted(item))
  if (entries.length === 0) {
    yield '{}'
    return
  }
  const pad = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : ''
  const end = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''
  const colon = indent > 0 ? ': ' : ':'
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!
    yield `${i === 0 ? '{' : ','}${pad}${JSON.stringify(key)}${colon}`
    yield* chunksOf(item, layout, depth + 1)
  }
  yield `${end}}`
}

/**
 * Characters a piece of an array aims at. `JSON.stringify` of a few kilobytes is the
 * fastest per character: millions of tiny pieces cost more than their text, and V8 slices
 * and encodes strings beyond about 32 kB several times slower.
 */
const PIECE_CHARS = 16_000

/** Most elements in one piece, however small they are. */
const MAX_BATCH = 256

/**
 * An array's elements (already through `toJSON`), written a batch at a time. A batch is one
 * `JSON.stringify` of the batch nested in `depth` arrays, so its elements come out indented
 * where the array stands, and the text of the nesting is cut off. The batch size follows
 * the size of the elements written so far, so pieces stay near {@link PIECE_CHARS}.
 */
function* arrayChunks(
  elements: Iterable<unknown>,
  layout: Layout,
  depth: number,
): Generator<string | Uint8Array> {
  const { indent } = layout
  const end = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''
  const linePad = `\n${' '.repeat(indent * (depth + 1))}`
  const oneALine = layout.lines && indent > 0
  // The nesting's text before the batch's elements and after them (see `nestedText`).
  const [head, tail] = nestingLengths(indent, depth)
  let batch: unknown[] = []
  let batchSize = 1
  let first = true
  let written = 0
  let chars = 0
  /** A batch as one line an element: its separator (or the array's `[`) and its text. */
  function lineTexts(): readonly [string, string] {
    // As JSON.stringify writes an element it leaves out of an array: null.
    const text = batch
      .map((element) =>
        element instanceof RawJson ? element.text : (JSON.stringify(element) ?? 'null'),
      )
      .join(`,${linePad}`)
    return [first ? `[${linePad}` : `,${linePad}`, text]
  }
  /** A batch as JSON.stringify indents it where the array stands, its separator apart. */
  function nestedTexts(): readonly [string, string] {
    let nested: unknown = batch
    for (let level = 0; level < depth; level++) nested = [nested]
    // Elements JSON.stringify leaves out of an array it writes as null, as it would here.
    const text = JSON.stringify(nested, null, indent > 0 ? indent : undefined)
    // A slice of what JSON.stringify made, the separator apart: a separator joined to it
    // would make a rope that encoding copies again. The first batch's own `[` is the array's.
    return first
      ? ['', text.slice(head - 1, text.length - tail)]
      : [',', text.slice(head, text.length - tail)]
  }
  function* flush(): Generator<string> {
    const [before, text] = oneALine ? lineTexts() : nestedTexts()
    if (before !== '') yield before
    yield text
    first = false
    written += batch.length
    chars += before.length + text.length
    batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(PIECE_CHARS / (chars / written))))
    batch = []
  }
  for (const element of elements) {
    if (element instanceof JsonList) {
      // A list inside the array is written item by item, as at the top.
      if (batch.length > 0) yield* flush()
      yield `${first ? '[' : ','}${indent > 0 ? linePad : ''}`
      first = false
      yield* chunksOf(element, layout, depth + 1)
      continue
    }
    batch.push(element)
    if (batch.length >= batchSize) yield* flush()
  }
  if (batch.length > 0) yield* flush()
  yield first ? '[]' : `${end}]`
}

const rawJson = (text: string) => new RawJson(text)

/**
 * Lengths of the text `JSON.stringify` writes around a batch's elements when the batch is
 * nested in `depth` arrays: before them, each enclosing `[` with its line break and indent
 * and the batch's own `[`; after them, the batch's `]` and each enclosing one, each on its
 * own line at its indent.
 */
function nestingLengths(indent: number, depth: number): readonly [number, number] {
  let head = 1
  let tail = 1
  for (let level = 0; level < depth; level++) {
    head += 1 + (indent > 0 ? 1 + indent * (level + 1) : 0)
    tail += 1 + (indent > 0 ? 1 + indent * level : 0)
  }
  // The batch's own closing line break and indent.
  if (indent > 0) tail += 1 + indent * depth
  return [head, tail]
}

/** `items` through `f` (with each one's index), made as they are iterated. @internal */
export function* mapped<T, U>(items: Iterable<T>, f: (item: T, index: number) => U): Generator<U> {
  let i = 0
  for (const item of items) yield f(item, i++)
}

/** A value's text at `depth`: its inner lines indented as they are inside the whole. */
function leaf(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent > 0 ? indent : undefined)
  // Strings are escaped, so every newline in the text is one `JSON.stringify` put between lines.
  return indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text
}
