import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Utf8Batcher } from './utf8-batches'

/** Every batch of the pieces, joined: the bytes a file would hold. */
function encode(pieces: readonly string[], size: number): { bytes: Buffer; batches: Buffer[] } {
  const batcher = new Utf8Batcher(size)
  const batches = [...pieces.flatMap((piece) => batcher.add(piece)), ...batcher.finish()]
  return { bytes: Buffer.concat(batches), batches }
}

describe('Utf8Batcher', () => {
  it('gives the UTF-8 of the joined text, however it is cut and whatever the batch size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 30 }),
        fc.integer({ min: 8, max: 64 }),
        (pieces, size) => {
          expect(encode(pieces, size).bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true)
        },
      ),
    )
  })

  it('keeps a surrogate pair whole when a piece ends between its halves', () => {
    const smile = '😀'
    const { bytes } = encode([`a${smile[0]}`, `${smile[1]}b`], 16)
    expect(bytes.toString('utf8')).toBe('a😀b')
  })

  it('fills batches up to their size and no further', () => {
    const { batches } = encode(
      Array.from({ length: 100 }, () => 'abcdefghij'),
      64,
    )
    expect(batches.length).toBeGreaterThan(10)
    for (const batch of batches) expect(batch.byteLength).toBeLessThanOrEqual(64)
    expect(Buffer.concat(batches).toString('utf8')).toBe('abcdefghij'.repeat(100))
  })
})
