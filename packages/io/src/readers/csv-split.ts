/**
 * Splits CSV text into records exactly as csv-parse does with the CSV reader's options
 * (`,` between cells, `"` quotes doubled inside quoted cells, relaxed quotes and column
 * counts, the line ending found first), for the text that is simple: lines ending the way the
 * first one does, with no other carriage return or line feed, and quoted cells that close on
 * their line and are followed by a comma or the line's end. Anything else — a quoted cell
 * running over lines, a stray `\r`, a quote closed mid-cell, a line near csv-parse's record
 * size limit — is handed back, from the start of its line, for csv-parse to read. csv-parse
 * reads about ten times slower, and almost every file is simple throughout. @internal
 */
export class CsvSplitter {
  /** The line ending, once seen; csv-parse keeps the first one it meets. */
  private ending: '\n' | '\r\n' | undefined
  /** Text of the line not ended yet. */
  private readonly tail: string[] = []
  private tailLength = 0
  /** Whether a record came out: only then is the line ending known for sure. */
  private split = false
  private done = false
  /** The next comma at or after the cell being split, in the text being split (-1: none). */
  private comma = UNSEARCHED

  /**
   * @param maxRecordSize csv-parse's `max_record_size`: lines that could reach it, counted
   * in UTF-8 bytes, are left to csv-parse, which words the error.
   */
  constructor(private readonly maxRecordSize: number) {}

  /**
   * The records of the lines `text` completes, pushed onto `records`. Returns the text
   * csv-parse must read from here on (the splitter then takes nothing more), or `undefined`.
   */
  push(text: string, records: string[][]): string | undefined {
    if (this.done) throw new Error('CsvSplitter: text after hand-over')
    const breakAt = this.ending === undefined ? firstBreak(text) : text.indexOf('\n')
    if (breakAt === -1) {
      this.tail.push(text)
      this.tailLength += text.length
      return this.tooLong(this.tailLength) ? this.handOver(this.takeTail()) : undefined
    }
    const whole = this.tail.length === 0 ? text : this.takeTail() + text
    return this.lines(whole, records, false)
  }

  /** The records of the last line, at the end of the text; or the text left to csv-parse. */
  end(records: string[][]): string | undefined {
    if (this.done) throw new Error('CsvSplitter: text after hand-over')
    return this.lines(this.takeTail(), records, true)
  }

  /** The line ending, when records came out (csv-parse must then be told it). */
  get lineEnding(): '\n' | '\r\n' | undefined {
    return this.split ? this.ending : undefined
  }

  private lines(text: string, records: string[][], last: boolean): string | undefined {
    let start = 0
    if (this.ending === undefined) {
      const at = firstBreak(text)
      if (at === -1) {
        if (!last) return this.keep(text)
      } else if (text.charCodeAt(at) === LF) {
        this.ending = '\n'
      } else if (at + 1 === text.length && !last) {
        // A `\r` at the end of the text so far: `\r\n` or a lone `\r`, the next text says.
        return this.keep(text)
      } else if (text.charCodeAt(at + 1) === LF) {
        this.ending = '\r\n'
      } else {
        return this.handOver(text)
      }
    }
    const crlf = this.ending === '\r\n'
    this.comma = UNSEARCHED
    // The next `\r`: it may only end a line of a `\r\n` file.
    let cr = text.indexOf('\r', start)
    for (;;) {
      const lf = text.indexOf('\n', start)
      if (lf === -1) break
      const end = crlf ? lf - 1 : lf
      if (end < start || (cr !== -1 && cr < end) || (crlf && cr !== end)) {
        return this.handOver(text, start)
      }
      const record = this.record(text, start, end)
      if (record === undefined) return this.handOver(text, start)
      records.push(record)
      start = lf + 1
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    }
    if (!last) return this.keep(start === 0 ? text : text.slice(start))
    if (start === text.length) return undefined
    // The last line, without an ending: no `\r` may be in it.
    if (cr !== -1) return this.handOver(text, start)
    const record = this.record(text, start, text.length)
    if (record === undefined) return this.handOver(text, start)
    records.push(record)
    return undefined
  }

  /** The cells of the line `text[start, end)`, or `undefined` when it is not simple. */
  private record(text: string, start: number, end: number): string[] | undefined {
    if (this.tooLong(end - start)) return undefined
    const cells: string[] = []
    let at = start
    for (;;) {
      if (at === end || text.charCodeAt(at) !== QUOTE) {
        // The next comma of the text, searched again only once passed: a line without
        // commas must not send every search to the end of the text.
        if (this.comma !== -1 && this.comma < at) this.comma = text.indexOf(',', at)
        const comma = this.comma
        if (comma === -1 || comma >= end) {
          cells.push(text.slice(at, end))
          break
        }
        cells.push(text.slice(at, comma))
        at = comma + 1
        continue
      }
      // A quoted cell: `""` is one quote; the closing quote ends the cell or the line.
      let cell = ''
      let from = at + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote === -1 || quote >= end) return undefined
        if (quote + 1 < end && text.charCodeAt(quote + 1) === QUOTE) {
          cell += text.slice(from, quote + 1)
          from = quote + 2
          continue
        }
        cell += text.slice(from, quote)
        at = quote + 1
        break
      }
      cells.push(cell)
      if (at === end) break
      if (text.charCodeAt(at) !== COMMA) return undefined
      at++
    }
    this.split = true
    return cells
  }

  /** Whether a line of this many characters could reach `maxRecordSize` bytes. */
  private tooLong(chars: number): boolean {
    return chars * 3 > this.maxRecordSize
  }

  private keep(text: string): undefined {
    this.tail.length = 0
    this.tail.push(text)
    this.tailLength = text.length
    return undefined
  }

  private takeTail(): string {
    const text = this.tail.join('')
    this.tail.length = 0
    this.tailLength = 0
    return text
  }

  private handOver(text: string, from = 0): string {
    this.done = true
    return from === 0 ? text : text.slice(from)
  }
}

/** Before any comma: the next one is still to be searched for. */
const UNSEARCHED = -2
const LF = 10
const QUOTE = 34
const COMMA = 44

/** Where the first `\r` or `\n` is, or -1. */
function firstBreak(text: string): number {
  const lf = text.indexOf('\n')
  const cr = text.indexOf('\r')
  if (cr === -1) return lf
  return lf === -1 || cr < lf ? cr : lf
}
