import {
  type CsvParseOptions,
  type CsvParseSync,
  csvParseOptions,
  isRecordTooLong,
  isUnclosedQuote,
} from './csv-parse-options'

/** Bytes of text csv-parse reads at a time, at least (a record longer than this widens it). */
const WINDOW_BYTES = 64 * 1024

const LF = 10
const CR = 13

/** Options of {@link csvRecordWindows}. @internal */
export interface CsvWindowOptions {
  /** csv-parse's `max_record_size`. */
  readonly maxRecordSize: number
  /** The line ending, when known; csv-parse finds it otherwise. */
  readonly recordDelimiter?: '\n' | '\r\n' | undefined
  /** Bytes read at a time, at least. Defaults to 64 KiB. */
  readonly windowBytes?: number | undefined
}

/**
 * Reads CSV records with csv-parse's synchronous parser, a window of text at a time, so that
 * it streams in bounded memory without Node's `stream` (csv-parse's streaming parser needs
 * it; its synchronous one has a browser build). Each window starts where a record starts, so
 * csv-parse reads it exactly as it reads the whole text; a record the window cuts is read
 * again, whole, with the next one. Memory: a window is 64 KiB, or twice the longest record
 * (csv-parse stops a record at `maxRecordSize`). Records come in batches, each in order; an
 * error of csv-parse (an unclosed quote, a record too long) is thrown after the records
 * before it. @internal
 */
export async function* csvRecordWindows(
  texts: AsyncIterable<string>,
  options: CsvWindowOptions,
  parse: CsvParseSync,
): AsyncGenerator<string[][], void, undefined> {
  const { maxRecordSize } = options
  const windowBytes = options.windowBytes ?? WINDOW_BYTES
  const encoder = new TextEncoder()
  const iterator = texts[Symbol.asyncIterator]()
  let delimiter: string | undefined = options.recordDelimiter
  let carry: Uint8Array = new Uint8Array(0)
  const pieces: Uint8Array[] = []
  let ended = false
  try {
    while (!ended) {
      let gathered = carry.length
      pieces.push(carry)
      // Twice the carried bytes: a record longer than a window is not read again and again.
      while (!ended && gathered < Math.max(windowBytes, carry.length * 2)) {
        const next = await iterator.next()
        if (next.done) ended = true
        else {
          const bytes = encoder.encode(next.value)
          pieces.push(bytes)
          gathered += bytes.length
        }
      }
      const window = join(pieces, gathered)
      pieces.length = 0
      const read = readWindow(window, ended, csvParseOptions(maxRecordSize, delimiter), parse)
      if (delimiter === undefined && read.firstEnd !== undefined) {
        delimiter = endingBefore(window, read.firstEnd)
      }
      if (read.records.length > 0) yield read.records
      if (read.error !== undefined) throw read.error
      carry = window.subarray(read.used)
    }
  } finally {
    await iterator.return?.()
  }
}

/** What one window gave: its complete records, the bytes they take, and csv-parse's error. */
interface WindowRead {
  records: string[][]
  /** Bytes of the window the records take; the rest is read again with the next window. */
  used: number
  /** Where the first record ends, when it had to be located (the line ending is then unknown). */
  firstEnd?: number | undefined
  error?: unknown
}

/**
 * The records of a window that are surely complete. Fast path: csv-parse reads up to the
 * window's last line ending, which ends a record unless it sits in a quoted cell (csv-parse
 * then says the quote is unclosed). Otherwise csv-parse reads the window noting where each
 * record ends, and the record the window's end may have cut is left for the next window.
 */
function readWindow(
  window: Uint8Array,
  last: boolean,
  options: CsvParseOptions,
  parse: CsvParseSync,
): WindowRead {
  const delimiter = options.record_delimiter
  const cut = last ? window.length : delimiter === undefined ? -1 : endAfterLast(window, delimiter)
  if (cut > 0) {
    try {
      return { records: parse(window.subarray(0, cut), options), used: cut }
    } catch {
      // Read again below: the records before the error, or before the quote the cut fell in.
    }
  }
  if (window.length === 0) return { records: [], used: 0 }
  const records: string[][] = []
  const ends: number[] = []
  let error: unknown
  try {
    parse(window, {
      ...options,
      on_record: (record, info) => {
        records.push(record)
        ends.push(info.bytes)
        return null
      },
    })
  } catch (caught) {
    error = caught
  }
  const firstEnd = ends[0]
  if (
    last ||
    (error !== undefined && !mayBeCut(error, window.length - (ends.at(-1) ?? 0), options))
  ) {
    return { records, used: window.length, firstEnd, error }
  }
  // Without an error, the last record may have ended only because the window did.
  if (error === undefined && ends.at(-1) === window.length) {
    records.pop()
    ends.pop()
  }
  return { records, used: ends.at(-1) ?? 0, firstEnd: ends[0] }
}

/**
 * Whether an error may come only from the window's end cutting the last record: a quote the
 * next window may close, or a record "too long" whose line ending the window left out (a
 * `\r` read without its `\n` counts into the cell). A record whose bytes so far exceed what
 * `max_record_size` characters can take is surely too long, so memory stays bounded.
 */
function mayBeCut(error: unknown, unfinishedBytes: number, options: CsvParseOptions): boolean {
  if (isUnclosedQuote(error)) return true
  // A character is at most 4 bytes in UTF-8; 2 more for a line ending.
  return isRecordTooLong(error) && unfinishedBytes <= 4 * options.max_record_size + 2
}

/** The index just past the last `delimiter` (`\n`, `\r\n` or `\r`) in `bytes`, or -1. */
function endAfterLast(bytes: Uint8Array, delimiter: string): number {
  const final = delimiter.charCodeAt(delimiter.length - 1)
  const before = delimiter.length === 2 ? delimiter.charCodeAt(0) : undefined
  for (let at = bytes.lastIndexOf(final); at !== -1; at = bytes.lastIndexOf(final, at - 1)) {
    if (before === undefined || (at > 0 && bytes[at - 1] === before)) return at + 1
    if (at === 0) break
  }
  return -1
}

/**
 * The line ending csv-parse found, from the bytes that end the first record: csv-parse takes
 * the first line break outside quotes, `\r\n` before `\n` before `\r`.
 */
function endingBefore(bytes: Uint8Array, end: number): string | undefined {
  if (bytes[end - 1] === LF) return end > 1 && bytes[end - 2] === CR ? '\r\n' : '\n'
  return bytes[end - 1] === CR ? '\r' : undefined
}

function join(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array
  const joined = new Uint8Array(length)
  let at = 0
  for (const piece of pieces) {
    joined.set(piece, at)
    at += piece.length
  }
  return joined
}
