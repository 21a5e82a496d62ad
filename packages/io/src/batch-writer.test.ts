import type { FileHandle } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { BatchWriter, writePieces } from './batch-writer'

/** A file handle whose writes finish when told to, writing part of a batch at a time. */
function slowHandle(options: { failOn?: number } = {}) {
  const written: number[] = []
  const calls: { resolve: () => void }[] = []
  let call = 0
  const handle: Pick<FileHandle, 'write'> = {
    write: ((bytes: Uint8Array, offset: number, length: number) => {
      const index = call++
      return new Promise((resolve, reject) => {
        calls.push({
          resolve: () => {
            if (index === options.failOn)
              reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
            else {
              // Half of what was asked, at least one byte: `writeAll` must go on.
              const count = Math.max(1, Math.floor(length / 2))
              written.push(...bytes.subarray(offset, offset + count))
              resolve({ bytesWritten: count, buffer: bytes })
            }
          },
        })
      })
    }) as FileHandle['write'],
  }
  const finishAll = async () => {
    while (calls.length > 0) {
      calls.shift()!.resolve()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  return { handle, written, calls, finishAll }
}

describe('BatchWriter', () => {
  it('lets the caller go on while one batch is written, and writes every byte in order', async () => {
    const { handle, written, calls, finishAll } = slowHandle()
    const writer = new BatchWriter(handle)
    await writer.write(new Uint8Array([1, 2, 3, 4]))
    // The first write is under way, not finished: the caller already has control back.
    expect(calls).toHaveLength(1)
    const second = writer.write(new Uint8Array([5, 6]))
    await finishAll()
    await second
    const settled = writer.settled()
    await finishAll()
    await settled
    expect(written).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('throws a failed write at the next step, never losing it', async () => {
    const { handle, finishAll } = slowHandle({ failOn: 0 })
    const writer = new BatchWriter(handle)
    await writer.write(new Uint8Array([1, 2]))
    const next = expect(writer.write(new Uint8Array([3]))).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    await finishAll()
    await next
  })
})

/** A file handle that takes each batch's bytes only on a later turn, part of it at a time. */
function laterHandle() {
  const parts: Buffer[] = []
  const memory = new Set<ArrayBufferLike>()
  const handle: Pick<FileHandle, 'write'> = {
    write: ((bytes: Uint8Array, offset: number, length: number) => {
      memory.add(bytes.buffer)
      return new Promise((resolve) => {
        setTimeout(() => {
          const count = Math.max(1, Math.ceil(length / 2))
          parts.push(Buffer.from(bytes.subarray(offset, offset + count)))
          resolve({ bytesWritten: count, buffer: bytes })
        }, 0)
      })
    }) as FileHandle['write'],
  }
  return { handle, written: () => Buffer.concat(parts), memory }
}

describe('writePieces', () => {
  it('writes every piece in order, reusing a batch only once its write has ended', async () => {
    // Each batch is read by the handle a turn after it was given: had its memory been
    // filled with the next batch meanwhile, the bytes would be the next batch's.
    const pieces = Array.from({ length: 300 }, (_, n) => `${n}:${'ả'.repeat(n % 7)};`)
    const { handle, written, memory } = laterHandle()
    await writePieces(handle, pieces, 48)
    expect(written().toString('utf8')).toBe(pieces.join(''))
    // Three buffers in all, taken in turn, however many batches: the one being written,
    // the one full and waiting for it, the one filling.
    expect(memory.size).toBe(3)
  })

  it('writes pieces given asynchronously alike', async () => {
    const pieces = Array.from({ length: 100 }, (_, n) => `${n},`)
    async function* given() {
      yield* pieces
    }
    const { handle, written } = laterHandle()
    await writePieces(handle, given(), 16)
    expect(written().toString('utf8')).toBe(pieces.join(''))
  })
})
