import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Utf8Texts } from './utf8-texts'

describe('Utf8Texts', () => {
  it('gives back each text as given, Vietnamese, emoji and a leading BOM included', () => {
    const given = [
      '',
      'Số hóa hồ sơ thủ tục hành chính',
      'plain',
      '😀 ngày 01/07/2025',
      '\uFEFFđầu tệp',
      'a\u0000b',
    ]
    const texts = new Utf8Texts(64)
    const rows = given.map((text) => texts.push(text))
    expect(rows).toEqual([0, 1, 2, 3, 4, 5])
    expect(texts.length).toBe(given.length)
    expect(rows.map((row) => texts.get(row))).toEqual(given)
  })

  it('keeps a lone surrogate, which UTF-8 would turn into U+FFFD', () => {
    const texts = new Utf8Texts()
    const given = ['x\uD800', '\uDC00y', 'ok', '\uD83D\uDE00', '\uDE00\uD83D']
    for (const text of given) texts.push(text)
    expect(given.map((_, row) => texts.get(row))).toEqual(given)
  })

  it('fills chunk after chunk, a text longer than a chunk included', () => {
    const texts = new Utf8Texts(64)
    const long = 'Cổng dịch vụ công '.repeat(500)
    const given = Array.from({ length: 2000 }, (_, i) => (i === 700 ? long : `Hồ sơ ${i}`))
    for (const text of given) texts.push(text)
    expect(given.every((text, row) => texts.get(row) === text)).toBe(true)
  })

  it('round-trips any sequence of UTF-16 code units', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 50 }), (given) => {
        const texts = new Utf8Texts(64)
        for (const text of given) texts.push(text)
        expect(given.map((_, row) => texts.get(row))).toEqual(given)
      }),
    )
  })
})
