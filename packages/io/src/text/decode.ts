import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import type { FileFormat } from '../format'
import { ioIssue } from '../issue'
import type { BinaryFileFields } from '../issue-fields'
import { LineBreakCounter } from './line-breaks'
import { completeUtf8Prefix, firstInvalidUtf8 } from './utf8'

/** Options of {@link decodeText}. @internal */
export interface DecodeOptions {
  /** A WHATWG encoding label; `utf-8` is the contract, others are read on request. */
  readonly encoding: string
  readonly format: FileFormat
  /** The file's location (`{ file }`), extended with a row for issues. */
  readonly location: SourceLocation
  /** Receives the one issue that stops decoding, if any. */
  readonly onIssue: (issue: TiendoIssue) => void
  /**
   * Longest line held back until it ends (see {@link decodeText}); a longer one is delivered
   * as it comes. Defaults to no limit.
   */
  readonly maxLineChars?: number | undefined
}

/** `TextDecoder` is a global value in every runtime; its instance type is named here. */
type Decoder = InstanceType<typeof TextDecoder>

/**
 * Bytes looked at for signs of a binary file (a signature, a byte-order mark, a zero byte):
 * the first chunk holds at least as many, so the verdict does not depend on how bytes are cut.
 */
const SNIFF_BYTES = 8192

/**
 * Decodes a byte stream to text, strictly: a UTF-8 byte-order mark is dropped, and the first
 * byte that is not valid in the encoding stops decoding with an `invalid_utf8` (or
 * `invalid_encoding`) issue at its line. Text before that line is delivered; the broken line
 * is not, so no row is ever read from half-decoded bytes: text is delivered a line at least at
 * a time, the line not ended yet held back (up to `maxLineChars`), however the bytes are cut.
 * Binary files (zip archives such as XLSX, old `.xls` workbooks, anything with zero bytes)
 * and UTF-16 files are refused before any text is delivered. Pure (uses only `TextDecoder`).
 * @internal
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  options: DecodeOptions,
): AsyncGenerator<string, void, undefined> {
  let decoder: Decoder
  try {
    decoder = new TextDecoder(options.encoding, { fatal: true, ignoreBOM: true })
  } catch {
    options.onIssue(
      ioIssue(
        'unsupported_encoding',
        { encoding: options.encoding },
        { location: options.location },
      ),
    )
    return
  }
  const utf8 = decoder.encoding === 'utf-8'
  const held = new HeldLine(options.maxLineChars ?? Number.POSITIVE_INFINITY)
  const lines = new LineBreakCounter()
  let linesSoFar = 0
  let first = true
  let carry: Uint8Array = new Uint8Array(0)
  const fail = (line: number) => {
    const location = { ...options.location, row: line }
    options.onIssue(
      utf8
        ? ioIssue('invalid_utf8', { line }, { location })
        : ioIssue('invalid_encoding', { line, encoding: decoder.encoding }, { location }),
    )
  }

  for await (const raw of headFirst(chunks, SNIFF_BYTES)) {
    let chunk = raw
    if (chunk.length === 0) continue
    if (first) {
      first = false
      const refusal = sniff(chunk, decoder.encoding)
      if (refusal) {
        options.onIssue(refusal(options))
        return
      }
      if (utf8 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
        chunk = chunk.subarray(3)
    }
    if (!utf8) {
      let text: string
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch {
        // Where in the chunk is unknown: the line it starts with is the one reported.
        fail(linesSoFar + 1)
        return
      }
      linesSoFar += lines.count(text)
      const ready = held.take(text)
      if (ready) yield ready
      continue
    }
    const piece = carry.length ? concat(carry, chunk) : chunk
    const cut = completeUtf8Prefix(piece)
    carry = piece.slice(cut)
    const result = decodeUtf8(decoder, piece.subarray(0, cut))
    linesSoFar += lines.count(result.text)
    // A failed piece's text ends with a line break: the line held is then whole, and kept.
    const ready = result.failed && !result.text ? '' : held.take(result.text)
    if (ready) yield ready
    if (result.failed) {
      fail(linesSoFar + 1)
      return
    }
  }
  if (!utf8) {
    let rest: string
    try {
      rest = decoder.decode()
    } catch {
      fail(linesSoFar + 1)
      return
    }
    const last = held.end(rest)
    if (last) yield last
  } else if (carry.length) {
    // A sequence cut off by the end of the file: its line, held, is not delivered.
    fail(linesSoFar + 1)
  } else {
    const last = held.end('')
    if (last) yield last
  }
}

/** The text of the line not ended yet, held back until its end comes. */
class HeldLine {
  private text = ''

  constructor(private readonly maxChars: number) {}

  /** The text that ends lines, with the line held before it; holds the unfinished one. */
  take(text: string): string {
    const whole = this.text ? this.text + text : text
    const end = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r')) + 1
    if (whole.length - end > this.maxChars) {
      this.text = ''
      return whole
    }
    this.text = whole.slice(end)
    return end === whole.length ? whole : whole.slice(0, end)
  }

  /** All the text left, at the end of the stream. */
  end(text: string): string {
    const whole = this.text + text
    this.text = ''
    return whole
  }
}

/**
 * Decodes whole UTF-8 sequences. On an invalid byte, returns the text of the lines before
 * the one holding it, and `failed`.
 */
function decodeUtf8(decoder: Decoder, bytes: Uint8Array): { text: string; failed: boolean } {
  try {
    return { text: decoder.decode(bytes), failed: false }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const at = bad === -1 ? bytes.length : bad
    let end = at
    while (end > 0 && bytes[end - 1] !== 0x0a && bytes[end - 1] !== 0x0d) end--
    // Bytes before the line that holds the bad byte are valid by construction.
    return { text: decoder.decode(bytes.subarray(0, end)), failed: true }
  }
}

/** A refusal for bytes that are not text in the expected encoding, or `undefined`. */
function sniff(
  head: Uint8Array,
  encoding: string,
): ((options: DecodeOptions) => TiendoIssue) | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte)
  if (starts(0x50, 0x4b, 0x03, 0x04)) return binary('zip')
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return binary('ole')
  if (encoding.startsWith('utf-16')) return undefined
  const utf16 = starts(0xff, 0xfe) ? 'utf-16le' : starts(0xfe, 0xff) ? 'utf-16be' : undefined
  if (utf16 !== undefined) {
    return (options) => ioIssue('utf16_file', { encoding: utf16 }, { location: options.location })
  }
  if (head.subarray(0, SNIFF_BYTES).includes(0)) return binary('nul')
  return undefined
}

function binary(reason: BinaryFileFields['reason']) {
  return (options: DecodeOptions) =>
    ioIssue('binary_file', { format: options.format, reason }, { location: options.location })
}

/** The chunks, the first one holding at least `size` bytes (unless the stream is shorter). */
async function* headFirst(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0)
  let passing = false
  for await (const chunk of chunks) {
    if (passing) {
      yield chunk
      continue
    }
    head = concat(head, chunk)
    if (head.length >= size) {
      passing = true
      yield head
    }
  }
  if (!passing && head.length > 0) yield head
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
