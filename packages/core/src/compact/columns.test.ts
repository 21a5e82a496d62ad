import { describe, expect, it } from 'vitest'
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
