import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { BatchWriter } from './batch-writer'
import { Utf8Batcher } from './text/utf8-batches'

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file in the same folder, is flushed to disk (`fsync`), and
 * the temporary file is renamed over the target. On any error the temporary file is removed
 * and the target is left as it was; the error is thrown. An existing file keeps its
 * permissions. Strings are written as UTF-8, encoded a batch at a time, so a large report never
 * exists twice in memory (as text and as one buffer of the same size); text given in pieces
 * (any iterable of strings, e.g. `reportJsonChunks`) is encoded as it comes, never joined.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const file = await openFileAtomic(path)
  try {
    await file.write(data)
  } catch (error) {
    await file.discard()
    throw error
  }
  await file.commit()
}

/** A file being written atomically: see {@link openFileAtomic}. @internal */
export interface AtomicFile {
  /**
   * Writes text (as UTF-8, encoded a batch of a few megabytes at a time, pieces never joined
   * as strings) or bytes after what was written before.
   */
  write(data: string | Uint8Array | Iterable<string> | AsyncIterable<string>): Promise<void>
  /**
   * Makes what was written the file: flushes it to disk, then renames it over the target
   * (which keeps its permissions). On an error the target is left as it was and the error
   * is thrown.
   */
  commit(): Promise<void>
  /** Gives up: the temporary file is removed, the target left as it was. Never throws. */
  discard(): Promise<void>
}

/**
 * Starts writing a file atomically, to write it in several steps: what
 * {@link writeFileAtomic} does in one call. @internal Readers see the old content until {@link AtomicFile.commit}; call
 * {@link AtomicFile.discard} on an error, or the temporary file is left behind.
 *
 * @example
 * const file = await openFileAtomic('report.json')
 * try {
 *   await file.write(firstPieces)
 *   await file.write(lastPieces)
 * } catch (error) {
 *   await file.discard()
 *   throw error
 * }
 * await file.commit()
 */
export async function openFileAtomic(path: string): Promise<AtomicFile> {
  const folder = dirname(path)
  const temporary = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const mode = await existingMode(path)
  const handle = await open(temporary, 'wx', mode ?? 0o666)
  const batcher = new Utf8Batcher()
  const writer = new BatchWriter(handle)
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await handle.close()
  }
  return {
    async write(data) {
      if (typeof data === 'string') await writePieces(writer, batcher, [data])
      else if (data instanceof Uint8Array) {
        for (const batch of batcher.finish()) await writer.write(batch)
        await writer.write(data)
        // The caller's bytes are theirs again once this returns.
        await writer.settled()
      } else await writePieces(writer, batcher, data)
    },
    async commit() {
      try {
        try {
          for (const batch of batcher.finish()) await writer.write(batch)
          await writer.settled()
          if (mode !== undefined) await handle.chmod(mode)
          await handle.sync()
        } finally {
          await close()
        }
        await rename(temporary, path)
      } catch (error) {
        await unlink(temporary).catch(() => {})
        throw error
      }
      await syncFolder(folder)
    },
    async discard() {
      await writer.settled().catch(() => {})
      await close().catch(() => {})
      await unlink(temporary).catch(() => {})
    },
  }
}

/**
 * Writes pieces of text, encoded straight into batches of a few megabytes, so that small
 * pieces do not mean small writes and no piece is joined to another as a string first.
 * What is left in the batcher is written by the next call or at the end.
 */
async function writePieces(
  writer: BatchWriter,
  batcher: Utf8Batcher,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  if (Symbol.iterator in pieces) {
    // Awaiting only when a batch is full: a national report comes in millions of pieces.
    for (const piece of pieces) {
      for (const batch of batcher.add(piece)) await writer.write(batch)
    }
  } else {
    for await (const piece of pieces) {
      for (const batch of batcher.add(piece)) await writer.write(batch)
    }
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777
  } catch {
    return undefined
  }
}

/** Makes the rename itself durable; not every platform can open a folder, so failures pass. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}
