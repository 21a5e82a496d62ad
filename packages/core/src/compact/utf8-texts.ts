/**
 * Texts held as UTF-8 bytes in one growable buffer, one per row. A national dataset's
 * record titles are a hundred thousand texts, read once and rarely asked for again. Kept as
 * strings, each is a slice of the chunk of the file it was read from, and keeps the whole
 * chunk alive: at national scale the records file's text stayed in memory, twice its size in
 * UTF-16. Here a title takes its own bytes and nothing more. A text that UTF-8 cannot carry
 * unchanged (a lone surrogate, from JSON or code) is kept as given. @internal
 */

import { IntColumn } from './columns'

const encoder = new TextEncoder()
// `ignoreBOM`: a text that starts with U+FEFF gets it back (by default the decoder drops it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** A UTF-16 code unit takes at most three bytes in UTF-8. */
const MAX_BYTES_PER_UNIT = 3

/** A surrogate not in a pair: UTF-8 has no bytes for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

type MaybeWellFormed = string & { isWellFormed?: () => boolean }

/**
 * Whether a text has no surrogate out of a pair. `String.prototype.isWellFormed` (ES2024:
 * Node 20, browsers since 2023) scans natively, where the regular expression with its
 * lookbehind took a tenth of reading the titles at eight times national scale; an older
 * browser gets the expression.
 */
const isWellFormed: (text: string) => boolean =
  typeof ('' as MaybeWellFormed).isWellFormed === 'function'
    ? (text) => (text as MaybeWellFormed).isWellFormed!()
    : (text) => !LONE_SURROGATE.test(text)

/** Bytes per chunk: texts fill chunks of this size, and a longer text has one of its own. */
const CHUNK_BYTES = 256 * 1024

/** @internal */
export class Utf8Texts {
  /**
   * Chunks never grow: a full one is left as it is and a new one begun, so nothing is
   * copied and at most one chunk is partly empty.
   */
  private readonly chunks: Uint8Array[] = []
  /** The row each chunk begins with. */
  private readonly firstRows: number[] = []
  private used = 0
  /** Where each row's bytes end, in its chunk. */
  private readonly ends = new IntColumn()
  /** Rows whose text UTF-8 cannot carry, kept as given. */
  private readonly kept = new Map<number, string>()

  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  get length(): number {
    return this.ends.length
  }

  /** Adds a text; returns its row. */
  push(text: string): number {
    if (!isWellFormed(text)) {
      const row = this.ends.push(this.used)
      this.kept.set(row, text)
      return row
    }
    const room = text.length * MAX_BYTES_PER_UNIT
    let chunk = this.chunks.at(-1)
    if (chunk === undefined || this.used + room > chunk.length) {
      chunk = new Uint8Array(Math.max(this.chunkBytes, room))
      this.chunks.push(chunk)
      this.firstRows.push(this.ends.length)
      this.used = 0
    }
    this.used += encoder.encodeInto(text, chunk.subarray(this.used)).written
    return this.ends.push(this.used)
  }

  /** The text of a row, as it was given. */
  get(row: number): string {
    const kept = this.kept.get(row)
    if (kept !== undefined) return kept
    const at = this.chunkOf(row)
    const start = row === this.firstRows[at] ? 0 : this.ends.get(row - 1)
    return decoder.decode(this.chunks[at]!.subarray(start, this.ends.get(row)))
  }

  /** The chunk a row's bytes are in: the last that begins at or before it. */
  private chunkOf(row: number): number {
    let low = 0
    let high = this.firstRows.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.firstRows[middle]! <= row) low = middle
      else high = middle - 1
    }
    return low
  }
}
