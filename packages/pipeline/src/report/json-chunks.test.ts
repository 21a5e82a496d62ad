import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JsonList, jsonChunks } from './json-chunks'

const joined = (value: unknown, indent?: number) => [...jsonChunks(value, indent)].join('')

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

  it('cuts a large array into one piece per element', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ i, text: `row ${i}` }))
    const pieces = [...jsonChunks({ report: { rows } })]
    expect(pieces.length).toBeGreaterThan(1000)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(100)
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

  it('makes each item only when it is written', () => {
    const seen: number[] = []
    const list = new JsonList([1, 2, 3], (n) => {
      seen.push(n)
      return n
    })
    const pieces = jsonChunks({ list })
    pieces.next()
    expect(seen.length).toBeLessThan(3)
    expect([...pieces].join('')).toContain('3')
    expect(seen).toEqual([1, 2, 3])
  })
})
