// Property: whatever CSV-ish text is written to a file, reading the file and reading the text
// (or its bytes in random chunks) give the same items, limits and issues included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { chunked, itemsOf, iterate } from './__tests__/sources'
import { readRows } from './read-rows'
import { readSourceRows } from './read-source-rows'

const folder = mkdtempSync(join(tmpdir(), 'tiendo-io-source-property-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A cell: plain, quoted with what needs quotes, stray quotes, or characters of all widths. */
const cell = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9.ệ ]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', '😀', 'Hòa', '5" screen', '"', '\ufeff') },
  {
    weight: 2,
    arbitrary: fc
      .stringMatching(/^[a-zệ,"\r\n ]{0,10}$/)
      .map((text) => `"${text.replace(/"/g, '""')}"`),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z"\r\n,]{0,6}$/) },
)

const csvText = fc
  .record({
    bom: fc.boolean(),
    header: fc.constantFrom('indicator,unit,period,value,note', 'a,"b\nc",d', 'x;y', 'indicator'),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 15 }),
    ending: fc.constantFrom('\n', '\r\n', '\r'),
    bulk: fc.oneof(fc.constant(0), fc.nat({ max: 2500 })),
    bulkAt: fc.nat(),
    unclosed: fc.boolean(),
  })
  .map(({ bom, header, rows, ending, bulk, bulkAt, unclosed }) => {
    const lines = rows.map((cells) => cells.join(','))
    const filler = Array.from(
      { length: bulk },
      (_, i) => `fibre_rate,${i % 97},2024,${i}.5,xã ${i}`,
    )
    lines.splice(bulkAt % (lines.length + 1), 0, ...filler)
    const text = [header, ...lines].join(ending) + (unclosed ? `${ending}q,"open` : '')
    return bom ? `\ufeff${text}` : text
  })

const limits = fc.option(
  fc.record({
    maxCellChars: fc.integer({ min: 3, max: 60 }),
    maxColumns: fc.integer({ min: 1, max: 8 }),
  }),
  { nil: undefined },
)

describe('readSourceRows on random CSV text', () => {
  it('gives what readRows gives on a file of the text', async () => {
    let serial = 0
    await fc.assert(
      fc.asyncProperty(
        csvText,
        limits,
        fc.integer({ min: 1, max: 5000 }),
        async (text, limit, size) => {
          const path = join(folder, `f${serial++}.csv`)
          writeFileSync(path, text)
          const options = limit ? { limits: limit } : {}
          const expected = await itemsOf(readRows(path, options))
          expect(await itemsOf(readSourceRows({ name: path, text }, options))).toEqual(expected)
          const chunks = iterate(chunked(new TextEncoder().encode(text), size))
          expect(await itemsOf(readSourceRows({ name: path, chunks }, options))).toEqual(expected)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('gives what readRows gives on bytes that stop being UTF-8 somewhere', async () => {
    let serial = 0
    await fc.assert(
      fc.asyncProperty(
        csvText,
        fc.nat(),
        fc.integer({ min: 1, max: 5000 }),
        async (text, at, size) => {
          const utf8 = new TextEncoder().encode(text)
          const cut = at % (utf8.length + 1)
          const bytes = new Uint8Array([...utf8.subarray(0, cut), 0xff, ...utf8.subarray(cut)])
          const path = join(folder, `g${serial++}.csv`)
          writeFileSync(path, bytes)
          const expected = await itemsOf(readRows(path))
          const chunks = iterate(chunked(bytes, size))
          expect(await itemsOf(readSourceRows({ name: path, chunks }))).toEqual(expected)
        },
      ),
      { numRuns: 60 },
    )
  })
})
