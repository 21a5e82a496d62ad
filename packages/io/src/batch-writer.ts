import type { FileHandle } from 'node:fs/promises'

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
