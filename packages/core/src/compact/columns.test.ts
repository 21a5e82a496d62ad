import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Exact, toDecimalString } from '../decimal'
import { ByteColumn, IntColumn } from './columns'
import { DecimalTexts } from './decimal-texts'

describe('columns', () => {
  it('keep every value through trimming, and grow again after it', () => {
    const ints = new IntColumn(16)
    const bytes = new ByteColumn(16)
    for (let i = 0; i < 1000; i++) {
      ints.push(i * 7 - 3)
      bytes.push(i % 256)
    }
    ints.trim()
    bytes.trim()
    for (let i = 1000; i < 1100; i++) {
      ints.push(i * 7 - 3)
      bytes.push(i % 256)
    }
    expect(ints.length).toBe(1100)
    expect(Array.from({ length: 1100 }, (_, i) => ints.get(i))).toEqual(
      Array.from({ length: 1100 }, (_, i) => i * 7 - 3),
    )
    expect(Array.from({ length: 1100 }, (_, i) => bytes.get(i))).toEqual(
      Array.from({ length: 1100 }, (_, i) => i % 256),
    )
  })

  it('trim an empty column and take values after', () => {
    const ints = new IntColumn(16)
    ints.trim()
    for (let i = 0; i < 40; i++) ints.push(i)
    expect(ints.get(39)).toBe(39)
  })

  it('keep decimal texts through trimming', () => {
    const texts = new DecimalTexts(16)
    const given = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? undefined : `${i}.5`))
    for (const text of given) texts.push(text)
    texts.trim()
    texts.push('1e5')
    expect([...given, '1e5'].map((_, row) => texts.text(row))).toEqual([...given, '1e5'])
  })
})

/** Texts near a decimal's shape: digits, a sign, points, zeros, and a few other characters. */
const nearDecimal = fc
  .array(fc.constantFrom('0', '0', '1', '5', '9', '.', '-', 'e', ' '), { maxLength: 18 })
  .map((chars) => chars.join(''))

describe('decimal texts', () => {
  it('give back every text as written, and its exact value when it is a decimal', () => {
    const texts = new DecimalTexts(16)
    const given: string[] = []
    fc.assert(
      fc.property(fc.oneof(nearDecimal, fc.string({ maxLength: 6 })), (text) => {
        const row = texts.push(text)
        given.push(text)
        expect(texts.text(row)).toBe(text)
        const plain = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text)
        if (plain) expect(texts.decimal(row)?.eq(new Exact(text))).toBe(true)
      }),
      { numRuns: 20_000 },
    )
    // And still, once every row is in: nothing was overwritten by a later one.
    expect(given.map((_, row) => texts.text(row))).toEqual(given)
  })

  it('write every decimal plainly, as toDecimalString would: no trailing zero, no exponent', () => {
    const texts = new DecimalTexts(16)
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, scale]) => new Exact(`${digits}e-${scale}`).toFixed(scale))
    const written: string[] = []
    fc.assert(
      fc.property(fc.oneof(decimal, fc.constantFrom('1e3', '-2.5E-2', '0.00', '12.50')), (text) => {
        const row = texts.push(text)
        written[row] = toDecimalString(new Exact(text))
        expect(texts.plainText(row)).toBe(written[row])
      }),
      { numRuns: 5_000 },
    )
    // Equal values share one text: read again, every row still has its own value's.
    expect(written.map((_, row) => texts.plainText(row))).toEqual(written)
    expect(texts.plainText(texts.push(undefined))).toBeUndefined()
  })

  it('keep the texts a number would write otherwise: leading zeros, a sign on zero, a last point', () => {
    const odd = ['007', '-0', '-0.0', '0.50', '5.', '.5', '00', '-', '1e5', '123456789012345']
    const texts = new DecimalTexts(16)
    const rows = odd.map((text) => texts.push(text))
    expect(rows.map((row) => texts.text(row))).toEqual(odd)
  })
})
