/**
 * A spooled list as JSON lines: its elements' texts one a line, as UTF-8 bytes, written into
 * a report by copying those bytes where the report lays the list out one element a line.
 */

/**
 * A list whose elements are the lines of a JSON-lines text given as bytes: UTF-8, each line
 * one element's JSON as `JSON.stringify` writes it without indent, ending in a line break (a
 * spooled list). Where its elements stand one a line, `jsonPieces` copies its bytes
 * as they are, never making them strings; elsewhere each line is read as text. @internal
 */
export class JsonLines {
  constructor(private readonly read: () => Iterable<Uint8Array>) {}

  /**
   * The bytes, in chunks cut anywhere, read anew at each call. A chunk holds until the next
   * is asked for (a reader may read into the same memory again).
   */
  chunks(): Iterable<Uint8Array> {
    return this.read()
  }

  /**
   * Each line's text. A line longer than a chunk (a count of 60,000 records lists each one)
   * is kept in pieces and joined once: joining it to each chunk anew, and splitting it again,
   * took seconds a line.
   */
  *texts(): Generator<string> {
    const decoder = new TextDecoder()
    // The line under way: what the chunks so far hold of it.
    let pieces: string[] = []
    for (const chunk of this.read()) {
      const text = decoder.decode(chunk, { stream: true })
      let start = 0
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        pieces.push(text.slice(start, end))
        yield pieces.length === 1 ? pieces[0]! : pieces.join('')
        pieces = []
        start = end + 1
      }
      if (start < text.length) pieces.push(text.slice(start))
    }
    const last = pieces.join('') + decoder.decode()
    if (last !== '') yield last
  }
}

/** Bytes a piece of a {@link JsonLines} list aims at. */
const PIECE_BYTES = 1 << 16

const utf8 = new TextEncoder()

/**
 * A {@link JsonLines} list one element a line, as `jsonChunks` writes a list in that layout:
 * its lines' bytes copied into pieces of {@link PIECE_BYTES}, each after its separator and
 * indent. A piece holds until the next is asked for: its memory is written into again
 * (fresh memory for each piece, freed only when V8 collects, raised a national report's
 * peak by tens of megabytes). @internal
 */
export function* linesCopied(
  list: JsonLines,
  indent: number,
  depth: number,
): Generator<string | Uint8Array> {
  const linePad = `\n${' '.repeat(indent * (depth + 1))}`
  const open = utf8.encode(`[${linePad}`)
  const separator = utf8.encode(`,${linePad}`)
  // Pieces full and not yet given; pieces given, whose memory is free again.
  const ready: Uint8Array[] = []
  const free: Uint8Array[] = []
  let piece: Uint8Array = new Uint8Array(PIECE_BYTES)
  let used = 0
  const put = (bytes: Uint8Array, from: number, to: number) => {
    const length = to - from
    if (used + length > piece.length) {
      if (used > 0) {
        ready.push(piece.subarray(0, used))
        piece = free.pop() ?? new Uint8Array(PIECE_BYTES)
        used = 0
      }
      if (length > piece.length) {
        ready.push(copyOf(bytes, from, to))
        return
      }
    }
    piece.set(bytes.subarray(from, to), used)
    used += length
  }
  /** The pieces full so far, given; then their memory is free again. */
  function* give(): Generator<Uint8Array> {
    yield* ready
    for (const given of ready) {
      // A line larger than a piece was given as a copy of its own, never a piece's memory.
      if (given.buffer.byteLength === PIECE_BYTES) free.push(new Uint8Array(given.buffer))
    }
    ready.length = 0
  }
  let first = true
  // The line under way, from chunks before (copied: a reader may reuse its chunk).
  let carried: Uint8Array[] = []
  const line = (chunk: Uint8Array, from: number, to: number) => {
    const before = first ? open : separator
    put(before, 0, before.length)
    first = false
    for (const part of carried) put(part, 0, part.length)
    carried = []
    put(chunk, from, to)
  }
  for (const chunk of list.chunks()) {
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      line(chunk, start, end)
      start = end + 1
    }
    if (start < chunk.length) carried.push(copyOf(chunk, start, chunk.length))
    yield* give()
  }
  // A last line without its line break is an element all the same.
  if (carried.length > 0) line(new Uint8Array(0), 0, 0)
  if (first) {
    yield '[]'
    return
  }
  yield* give()
  if (used > 0) yield piece.subarray(0, used)
  yield `\n${' '.repeat(indent * depth)}]`
}

const NEWLINE = 0x0a

/** A copy of some bytes (a Buffer's `slice` would be a view of the same memory). */
function copyOf(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const copy = new Uint8Array(to - from)
  copy.set(bytes.subarray(from, to))
  return copy
}
