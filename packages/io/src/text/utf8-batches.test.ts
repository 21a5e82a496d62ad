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

  it('copies pieces given as bytes where they stand among the text, whatever the batch size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array({ maxLength: 80 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 8, max: 64 }),
        (pieces, size) => {
          const batcher = new Utf8Batcher(size)
          const batches: Buffer[] = []
          for (const piece of pieces) {
            const given = typeof piece === 'string' ? piece : Uint8Array.from(piece)
            batches.push(...batcher.add(given))
            // The caller may reuse its bytes once given.
            if (typeof given !== 'string') given.fill(0)
          }
          batches.push(...batcher.finish())
          const expected = Buffer.concat(
            pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)),
          )
          expect(Buffer.concat(batches).equals(expected)).toBe(true)
          for (const batch of batches.slice(0, -1)) {
            expect(batch.byteLength).toBeLessThanOrEqual(Math.max(size, 80))
          }
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

  it('encodes into the memory of batches handed back, and gives the same bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 40 }),
        fc.integer({ min: 8, max: 64 }),
        (pieces, size) => {
          const batcher = new Utf8Batcher(size)
          const copies: Buffer[] = []
          const memory = new Set<ArrayBufferLike>()
          const written = (batch: Buffer) => {
            // Copied as a write would, then handed back.
            copies.push(Buffer.from(batch))
            memory.add(batch.buffer)
            batcher.recycle(batch)
          }
          for (const piece of pieces) batcher.add(piece).forEach(written)
          batcher.finish().forEach(written)
          expect(Buffer.concat(copies).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true)
          // Handed back at once, each batch's memory serves the one after next: two in all.
          // Slices of a piece larger than a batch are fresh memory.
          const small = pieces.every((piece) => piece.length * 3 <= size)
          if (small) expect(memory.size).toBeLessThanOrEqual(2)
        },
      ),
    )
  })

  it('takes back only its own batches', () => {
    const batcher = new Utf8Batcher(16)
    const foreign = Buffer.alloc(16)
    batcher.recycle(foreign)
    const batches = [
      ...batcher.add('abcdefghij'),
      ...batcher.add('klmnopqrst'),
      ...batcher.finish(),
    ]
    expect(batches.map((batch) => batch.toString('utf8')).join('')).toBe('abcdefghijklmnopqrst')
    for (const batch of batches) expect(batch.buffer).not.toBe(foreign.buffer)
    expect(foreign.equals(Buffer.alloc(16))).toBe(true)
  })
})
