import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { completeUtf8Prefix, firstInvalidUtf8 } from './utf8'

const fatal = new TextDecoder('utf-8', { fatal: true })
const valid = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes)
    return true
  } catch {
    return false
  }
}

describe('firstInvalidUtf8', () => {
  it('finds the byte a Windows-1258 "á" leaves in UTF-8', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x4b, 0x68, 0xe1, 0x6e, 0x68]))).toBe(2)
  })

  it.each([
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // cut off
    [[0x61, 0x80], 1], // lone continuation
  ])('finds the bad sequence in %j at %i', (bytes, index) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(index)
  })

  it('agrees with the WHATWG decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const index = firstInvalidUtf8(bytes)
        expect(index === -1).toBe(valid(bytes))
        if (index !== -1) expect(valid(bytes.subarray(0, index))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('completeUtf8Prefix', () => {
  it('keeps a split character for the next chunk', () => {
    const bytes = new TextEncoder().encode('Hòa')
    expect(completeUtf8Prefix(bytes.subarray(0, 2))).toBe(1)
    expect(completeUtf8Prefix(bytes)).toBe(bytes.length)
  })

  it('cuts any text of whole characters at a character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), (text, at) => {
        const bytes = new TextEncoder().encode(text)
        const end = bytes.length === 0 ? 0 : at % (bytes.length + 1)
        const cut = completeUtf8Prefix(bytes.subarray(0, end))
        expect(valid(bytes.subarray(0, cut))).toBe(true)
        expect(end - cut).toBeLessThan(4)
      }),
    )
  })
})
