import { parse } from 'csv-parse'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvSplitter } from './csv-split'

interface Parsed {
  records: string[][]
  error?: { code: unknown; index: unknown }
  /** Whether csv-parse read part of the text (the splitter handed it over). */
  handedOver?: boolean
}

const OPTIONS = {
  bom: false,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
}

/** What csv-parse makes of text, the way the CSV reader runs it. */
function csvParse(text: string, maxRecordSize: number, ending?: string): Promise<Parsed> {
  return new Promise((resolve) => {
    const records: string[][] = []
    const parser = parse({
      ...OPTIONS,
      max_record_size: maxRecordSize,
      ...(ending === undefined ? {} : { record_delimiter: ending }),
    })
    parser.on('data', (record: string[]) => records.push(record))
    parser.on('error', (error: { code?: unknown; index?: unknown }) =>
      resolve({ records, error: { code: error.code, index: error.index } }),
    )
    parser.on('end', () => resolve({ records }))
    parser.end(Buffer.from(text))
  })
}

/** The splitter over `pieces`, and csv-parse over whatever it hands over. */
async function split(pieces: readonly string[], maxRecordSize: number): Promise<Parsed> {
  const splitter = new CsvSplitter(maxRecordSize)
  const records: string[][] = []
  let rest: string | undefined
  let index = 0
  for (; rest === undefined && index < pieces.length; index++) {
    rest = splitter.push(pieces[index] as string, records)
  }
  if (rest === undefined) rest = splitter.end(records)
  // The reader counts no line break inside the splitter's records: there must be none.
  for (const record of records) expect(record.join('')).not.toMatch(/[\r\n]/)
  if (rest === undefined) return { records }
  const later = await csvParse(
    rest + pieces.slice(index).join(''),
    maxRecordSize,
    splitter.lineEnding,
  )
  return { ...later, records: [...records, ...later.records], handedOver: true }
}

/** Text cut into pieces at the given places. */
function cut(text: string, places: readonly number[]): string[] {
  const at = [...new Set(places.map((place) => place % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let from = 0
  for (const place of at) {
    pieces.push(text.slice(from, place))
    from = place
  }
  pieces.push(text.slice(from))
  return pieces.filter((piece) => piece !== '')
}

const csvText = fc
  .array(
    fc.constantFrom('a', 'bc', 'ệ', '𝒳', ',', ',', '"', '""', '\n', '\n', '\r\n', '\r', ' ', ';'),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

/** Lines of cells, quoted or not: text the splitter should read on its own. */
const simpleText = fc
  .tuple(
    fc.array(
      fc.array(
        fc.oneof(
          fc.stringMatching(/^[a-zệ 5"]{0,6}$/).filter((cell) => !cell.startsWith('"')),
          fc.stringMatching(/^[a-zệ ,\n"]{0,6}$/).map((cell) => `"${cell.replace(/"/g, '""')}"`),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lines, ending, final]) => {
    const text = lines.map((cells) => cells.join(',')).join(ending)
    return final ? text + ending : text
  })

describe('CsvSplitter', () => {
  it('splits any text, in any pieces, into the records csv-parse makes of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvText,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom(12, 40, 10_000),
        async (text, places, maxRecordSize) => {
          const expected = await csvParse(text, maxRecordSize)
          const actual = await split(cut(text, places), maxRecordSize)
          expect({ records: actual.records, error: actual.error }).toEqual(expected)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reads simple text without csv-parse, and as csv-parse does', async () => {
    await fc.assert(
      fc.asyncProperty(simpleText, fc.array(fc.nat(), { maxLength: 5 }), async (text, places) => {
        const expected = await csvParse(text, 10_000)
        const actual = await split(cut(text, places), 10_000)
        expect(actual.records).toEqual(expected.records)
        // Only quoted cells running over lines need csv-parse.
        const multiline = /"[^"]*(?:""[^"]*)*[\r\n]/.test(text)
        if (!multiline) expect(actual.handedOver).toBeUndefined()
      }),
      { numRuns: 1000 },
    )
  })

  it('hands over from the line that is not simple, telling the line ending found', () => {
    const splitter = new CsvSplitter(10_000)
    const records: string[][] = []
    expect(splitter.push('a,b\r\n"x\r\ny",z\r\n', records)).toBe('"x\r\ny",z\r\n')
    expect(records).toEqual([['a', 'b']])
    expect(splitter.lineEnding).toBe('\r\n')
    expect(() => splitter.push('more', records)).toThrow()
  })

  it('leaves the line ending to csv-parse when no record came out', () => {
    const splitter = new CsvSplitter(10_000)
    expect(splitter.push('"a\nb",c\n', [])).toBe('"a\nb",c\n')
    expect(splitter.lineEnding).toBeUndefined()
  })

  it('waits for the character after a final `\\r` before choosing the line ending', () => {
    const splitter = new CsvSplitter(10_000)
    const records: string[][] = []
    expect(splitter.push('a,b\r', records)).toBeUndefined()
    expect(records).toEqual([])
    expect(splitter.push('\nc,d', records)).toBeUndefined()
    expect(splitter.end(records)).toBeUndefined()
    expect(records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('hands a line that could reach the record size over to csv-parse', () => {
    const splitter = new CsvSplitter(30)
    const records: string[][] = []
    expect(splitter.push('ab,c\n', records)).toBeUndefined()
    expect(splitter.push(`${'x'.repeat(11)}`, records)).toBe('x'.repeat(11))
    expect(records).toEqual([['ab', 'c']])
  })
})
