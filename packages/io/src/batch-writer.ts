import type { FileHandle } from 'node:fs/promises'
import { UTF8_BATCH_BYTES, Utf8Batcher } from './text/utf8-batches'

/**
 * Writes batches one after another while the caller goes on making the next: at most one
 * write is under way (so at most two batches are held), and the text of a report is
 * encoded while the system writes the batch before. @internal
 */
export class BatchWriter {
  private pending: Promise<void> | undefined

  constructor(private readonly handle: Pick<FileHandle, 'write'>) {}

  /** Waits for the write under way (throwing its error), then starts this one. */
  async write(bytes: Uint8Array): Promise<void> {
    await this.settled()
    const writing = writeAll(this.handle, bytes)
    // A failure is thrown by the next `write` or `settled`; until then it is not unhandled.
    writing.catch(() => {})
    this.pending = writing
  }

  /** Waits for the write under way; throws its error. */
  async settled(): Promise<void> {
    const pending = this.pending
    this.pending = undefined
    await pending
  }
}

/** `write` may write fewer bytes than asked; this writes them all. */
async function writeAll(handle: Pick<FileHandle, 'write'>, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset)
    offset += bytesWritten
  }
}

/**
 * Writes pieces of text, encoded straight into batches of a few megabytes, so that small
 * pieces do not mean small writes and no piece is joined to another as a string first; the
 * next batch is encoded while the system writes the one before, into the memory of the
 * batch written before that: three buffers in all (see `Utf8Batcher.recycle`). @internal
 */
export async function writePieces(
  handle: Pick<FileHandle, 'write'>,
  pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  batchBytes = UTF8_BATCH_BYTES,
): Promise<void> {
  const batcher = new Utf8Batcher(batchBytes)
  const writer = new BatchWriter(handle)
  let writing: Uint8Array | undefined
  const write = async (batch: Uint8Array) => {
    // `write` waits for the write before to end: that batch is free again.
    await writer.write(batch)
    if (writing !== undefined) batcher.recycle(writing)
    writing = batch
  }
  if (Symbol.iterator in pieces) {
    // Awaiting only when a batch is full: a national report comes in millions of pieces.
    for (const piece of pieces) {
      for (const batch of batcher.add(piece)) await write(batch)
    }
  } else {
    for await (const piece of pieces) {
      for (const batch of batcher.add(piece)) await write(batch)
    }
  }
  for (const batch of batcher.finish()) await write(batch)
  await writer.settled()
}
