import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  JsonList,
  jsonChunks,
  jsonPieces,
  listsAsArrays,
  piecesAsText,
  RawJson,
} from './json-chunks'
import { JsonLines } from './json-lines'

const joined = (value: unknown, indent?: number, lines?: boolean) =>
  [...jsonChunks(value, indent, { lines })].join('')

/** The value JSON gives back for `value` (undefined and functions dropped, toJSON called). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null')

describe('jsonChunks', () => {
  it('gives exactly the text of JSON.stringify, at any indent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4, 12), (value, indent) => {
        expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent || undefined))
      }),
    )
  })

  it('leaves out what JSON.stringify leaves out, and calls toJSON', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, { toJSON: () => 'x' }],
      d: new Date(0),
      e: { f: { g: { h: [1, { i: 'line\nbreak' }] } } },
    }
    for (const indent of [0, 2]) {
      expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent || undefined))
    }
  })

  it('gives the same text for arrays longer than a batch, at any depth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 250, maxLength: 700 }),
        fc.constantFrom(0, 2),
        fc.integer({ min: 0, max: 4 }),
        (items, indent, depth) => {
          let value: unknown = items
          for (let i = 0; i < depth; i++) value = { [`level${i}`]: value, after: [i] }
          expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent || undefined))
        },
      ),
      { numRuns: 30 },
    )
  })

  it('cuts a large array into batches of elements, neither one piece nor one per element', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ i, text: `row ${i}` }))
    const pieces = [...jsonChunks({ report: { rows } })]
    expect(pieces.length).toBeGreaterThan(10)
    expect(pieces.length).toBeLessThan(1000)
    const whole = JSON.stringify({ report: { rows } }, null, 2).length
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(whole / 10)
  })
})

describe('jsonChunks with lines', () => {
  it('gives the same value, at any indent and depth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 600 }),
        fc.jsonValue(),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 0, max: 4 }),
        (items, other, indent, depth) => {
          let value: unknown = { items, other }
          for (let i = 0; i < depth; i++) value = { [`level${i}`]: value, after: [i] }
          expect(JSON.parse(joined(value, indent, true))).toEqual(asJson(value))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('writes each element of a list compact on its own line, at the list indent', () => {
    const rows = Array.from({ length: 700 }, (_, i) => ({ i, text: `row ${i}`, tags: [i, 'x'] }))
    const text = joined({ report: { rows, list: new JsonList([1, 2], (n) => ({ n })) } }, 2, true)
    const lines = text.split('\n')
    const start = lines.indexOf('    "rows": [')
    expect(start).toBeGreaterThan(0)
    rows.forEach((row, i) => {
      expect(lines[start + 1 + i]).toBe(
        `      ${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}`,
      )
    })
    expect(lines[start + 1 + rows.length]).toBe('    ],')
    expect(lines.slice(-6)).toEqual([
      '    "list": [',
      '      {"n":1},',
      '      {"n":2}',
      '    ]',
      '  }',
      '}',
    ])
  })

  it('writes what JSON leaves out of an array as null, and empty lists as []', () => {
    const value = { a: [undefined, () => 1, { toJSON: () => 'x' }, new Date(0)], b: [], c: {} }
    const text = joined(value, 2, true)
    expect(JSON.parse(text)).toEqual(asJson(value))
    expect(text).toContain('    null,\n    null,\n    "x",')
    expect(text).toContain('"b": []')
  })

  it('is JSON.stringify on one line when the indent is 0', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(joined(value, 0, true)).toBe(JSON.stringify(value))
      }),
    )
  })
})

describe('JsonList', () => {
  it('is written as the array of its items made JSON, one at a time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.constantFrom(0, 2),
        (items, indent) => {
          let made = 0
          const list = new JsonList(items, (item) => {
            made++
            return { item }
          })
          const text = joined({ report: { list, after: 1 } }, indent)
          const expected = { report: { list: items.map((item) => ({ item })), after: 1 } }
          expect(text).toBe(JSON.stringify(expected, null, indent || undefined))
          expect(made).toBe(items.length)
        },
      ),
    )
  })

  it('makes items a batch at a time, as they are written, never the whole list at once', () => {
    const items = Array.from({ length: 2000 }, (_, i) => i)
    const seen: number[] = []
    const list = new JsonList(items, (n) => {
      seen.push(n)
      return { n }
    })
    const pieces = jsonChunks({ list })
    pieces.next()
    pieces.next()
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.length).toBeLessThan(items.length / 2)
    expect([...pieces].join('')).toContain('"n": 1999')
    expect(seen).toEqual(items)
  })

  it('writes a list that is an element of an array, between batches of plain elements', () => {
    const many = Array.from({ length: 300 }, (_, i) => i)
    for (const indent of [0, 2]) {
      const value = { rows: [...many, new JsonList(['a', 'b'], (s) => ({ s })), ...many] }
      const expected = { rows: [...many, [{ s: 'a' }, { s: 'b' }], ...many] }
      expect(joined(value, indent)).toBe(JSON.stringify(expected, null, indent || undefined))
    }
  })
})

describe('JsonLines', () => {
  /** The texts as JSON lines, cut into chunks at the given places (any byte, any character). */
  const linesOf = (texts: readonly string[], cuts: readonly number[], lastBreak: boolean) => {
    const bytes = Buffer.from(texts.map((text) => `${text}\n`).join(''))
    const all = lastBreak || bytes.length === 0 ? bytes : bytes.subarray(0, bytes.length - 1)
    const ends = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort((a, b) => a - b)
    return new JsonLines(() => {
      // One buffer read into again for every chunk, as a file is read (a Buffer: its
      // `slice` is a view, not a copy).
      const memory = Buffer.alloc(all.length)
      const chunks: Uint8Array[] = []
      let start = 0
      for (const end of [...ends, all.length]) {
        if (end <= start) continue
        chunks.push(all.subarray(start, end))
        start = end
      }
      return (function* () {
        for (const chunk of chunks) {
          memory.set(chunk)
          yield memory.subarray(0, chunk.length)
          memory.fill(0)
        }
      })()
    })
  }
  const texts = fc.array(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    { maxLength: 12 },
  )

  it('is written as the same list of its texts, its lines copied as bytes or read as text', () => {
    fc.assert(
      fc.property(
        texts,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom(0, 2, 4),
        fc.boolean(),
        fc.nat(2),
        (list, cuts, lastBreak, indent, lines, depth) => {
          let copied: unknown = linesOf(list, cuts, lastBreak)
          let expected: unknown = new JsonList(list, (text) => new RawJson(text))
          for (let level = 0; level < depth; level++) {
            copied = { level: copied }
            expected = { level: expected }
          }
          // A piece holds until the next is asked for: read as they come.
          expect([...piecesAsText(jsonPieces(copied, indent, { lines }))].join('')).toBe(
            joined(expected, indent, lines),
          )
          expect([...jsonChunks(copied, indent, { lines })].join('')).toBe(
            joined(expected, indent, lines),
          )
        },
      ),
    )
  })

  it('copies its lines as bytes only where its elements stand one a line', () => {
    const list = linesOf(['{"tỉnh":"Khánh Hòa"}', '[1,2]'], [3, 9], true)
    const pieces = (indent: number, lines: boolean) => [...jsonPieces({ list }, indent, { lines })]
    expect(pieces(2, true).some((piece) => piece instanceof Uint8Array)).toBe(true)
    expect(pieces(2, false).every((piece) => typeof piece === 'string')).toBe(true)
    expect(pieces(0, true).every((piece) => typeof piece === 'string')).toBe(true)
    expect(
      JSON.parse([...piecesAsText(jsonPieces({ list }, 2, { lines: true }))].join('')),
    ).toEqual({
      list: [{ tỉnh: 'Khánh Hòa' }, [1, 2]],
    })
  })

  it('reads its texts back, a character cut between chunks kept whole', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 8 }), (list, cuts) => {
        expect([...linesOf(list, cuts, true).texts()]).toEqual(list)
      }),
    )
  })
})

describe('listsAsArrays', () => {
  it('keeps a `__proto__` key of a parsed value as a key', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"list":[1]}')
    const copy = listsAsArrays(value)
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"list":[1]}')
    expect('x' in copy).toBe(false)
  })
})
