import { parse as browserParse } from 'csv-parse/browser/esm/sync'
import { parse as nodeParse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CsvParseSync, csvParseOptions } from './csv-parse-options'
import { csvRecordWindows } from './csv-windows'

const BUILDS: Array<[string, CsvParseSync]> = [
  ['csv-parse/sync', nodeParse as CsvParseSync],
  ['csv-parse/browser/esm/sync', browserParse as CsvParseSync],
]

/** What csv-parse gives reading the whole text at once: its records, then its error. */
function wholeRead(text: string, maxRecordSize: number, delimiter: string | undefined) {
  const records: string[][] = []
  let error: string | undefined
  try {
    nodeParse(new TextEncoder().encode(text), {
      ...csvParseOptions(maxRecordSize, delimiter),
      on_record: (record: string[]) => {
        records.push(record)
        return null
      },
    })
  } catch (caught) {
    error = (caught as { code?: string }).code
  }
  return { records, error }
}

async function windowedRead(
  pieces: readonly string[],
  options: { maxRecordSize: number; recordDelimiter?: '\n' | '\r\n'; windowBytes: number },
  parse: CsvParseSync,
) {
  async function* texts() {
    yield* pieces
  }
  const records: string[][] = []
  let error: string | undefined
  try {
    for await (const batch of csvRecordWindows(texts(), options, parse)) records.push(...batch)
  } catch (caught) {
    error = (caught as { code?: string }).code
  }
  return { records, error }
}

/** Text cut into pieces at code point boundaries, as a decoder hands it over. */
function cut(text: string, at: readonly number[]): string[] {
  const points = Array.from(text)
  const cuts = [...new Set(at.map((n) => n % (points.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let start = 0
  for (const end of [...cuts, points.length]) {
    if (end > start) pieces.push(points.slice(start, end).join(''))
    start = end
  }
  return pieces
}

const csvish = fc
  .array(fc.constantFrom('a', 'ệ', '😀', ',', '"', '""', '\n', '\r\n', '\r', ' ', '1'), {
    maxLength: 300,
  })
  .map((parts) => parts.join(''))

describe('csvRecordWindows', () => {
  for (const [name, parse] of BUILDS) {
    it(`reads what csv-parse reads whole, however the text is cut and windowed (${name})`, async () => {
      await fc.assert(
        fc.asyncProperty(
          csvish,
          fc.array(fc.nat(), { maxLength: 8 }),
          fc.integer({ min: 1, max: 80 }),
          fc.integer({ min: 4, max: 400 }),
          fc.constantFrom(undefined, '\n' as const, '\r\n' as const),
          async (text, at, windowBytes, maxRecordSize, recordDelimiter) => {
            const options = {
              maxRecordSize,
              windowBytes,
              ...(recordDelimiter && { recordDelimiter }),
            }
            const actual = await windowedRead(cut(text, at), options, parse)
            expect(actual).toEqual(wholeRead(text, maxRecordSize, recordDelimiter))
          },
        ),
        { numRuns: 400 },
      )
    })
  }

  it('does not call a record too long when the window cut its line ending in two', async () => {
    // Found by the property above: `\r` ends the first window, so csv-parse counts it into
    // the cell and stops at max_record_size; the next window holds the `\n`.
    for (const [name, parse] of BUILDS) {
      const actual = await windowedRead(
        [',😀a\r', '\na'],
        { maxRecordSize: 4, recordDelimiter: '\r\n', windowBytes: 1 },
        parse,
      )
      expect(actual, name).toEqual({ records: [['', '😀a'], ['a']], error: undefined })
    }
    const tooLong = await windowedRead(
      ['x,😀a\r', '\na'],
      { maxRecordSize: 4, recordDelimiter: '\r\n', windowBytes: 1 },
      nodeParse as CsvParseSync,
    )
    expect(tooLong).toEqual(wholeRead('x,😀a\r\na', 4, '\r\n'))
    expect(tooLong.error).toBe('CSV_MAX_RECORD_SIZE')
  })

  it('reads a quoted cell far longer than a window, and lines ending like the first', async () => {
    const note = `"${'dòng một\r\n'.repeat(500)}, ""cuối"""`
    const text = `a,b\r\n1,${note}\r\n2,x\r\n3,y\n4\r\n`
    const pieces = cut(text, [3, 100, 2000, 4000, 5000])
    const actual = await windowedRead(
      pieces,
      { maxRecordSize: 100_000, windowBytes: 16 },
      nodeParse as CsvParseSync,
    )
    expect(actual).toEqual(wholeRead(text, 100_000, undefined))
    expect(actual.records).toHaveLength(4)
    expect(actual.records[3]).toEqual(['3', 'y\n4'])
  })

  it('gives the records before an error, then the error', async () => {
    const text = `a,b\n${'x,y\n'.repeat(50)}"never closed\n1,2\n`
    const actual = await windowedRead(
      cut(text, [7, 90]),
      { maxRecordSize: 1000, recordDelimiter: '\n', windowBytes: 32 },
      browserParse as CsvParseSync,
    )
    expect(actual.records).toHaveLength(51)
    expect(actual.error).toBe('CSV_QUOTE_NOT_CLOSED')
    const long = await windowedRead(
      [`a,b\n1,2\n3,${'z'.repeat(200)}\n4,5\n`],
      { maxRecordSize: 100, recordDelimiter: '\n', windowBytes: 8 },
      browserParse as CsvParseSync,
    )
    expect(long).toEqual({
      records: [
        ['a', 'b'],
        ['1', '2'],
      ],
      error: 'CSV_MAX_RECORD_SIZE',
    })
  })

  it('stops reading its text when its reader stops', async () => {
    let closed = false
    async function* texts() {
      try {
        for (let i = 0; ; i++) yield `${i},x\n`
      } finally {
        closed = true
      }
    }
    const windows = csvRecordWindows(
      texts(),
      { maxRecordSize: 100, windowBytes: 64 },
      browserParse as CsvParseSync,
    )
    for await (const batch of windows) {
      expect(batch.length).toBeGreaterThan(0)
      break
    }
    expect(closed).toBe(true)
  })
})
