import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { writePieces } from './batch-writer'
import { removeOnExit } from './remove-on-exit'

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file in the same folder, is flushed to disk (`fsync`), and
 * the temporary file is renamed over the target. On any error the temporary file is removed
 * and the target is left as it was; the error is thrown; if the process exits meanwhile (a
 * run stopped with Ctrl-C), it is removed as the process exits. An existing file keeps its
 * permissions. Strings are written as UTF-8, encoded a batch at a time, so a large report never
 * exists twice in memory (as text and as one buffer of the same size); text given in pieces
 * (any iterable of strings, e.g. `reportJsonChunks`) is encoded as it comes, never joined;
 * pieces given as bytes (UTF-8) are copied as they are.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const folder = dirname(path)
  const temporary = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const mode = await existingMode(path)
  const handle = await open(temporary, 'wx', mode ?? 0o666)
  const forget = removeOnExit(temporary)
  try {
    try {
      if (typeof data === 'string') await writeText(handle, data)
      else if (data instanceof Uint8Array) await handle.writeFile(data)
      else await writePieces(handle, data)
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  } finally {
    forget()
  }
  await syncFolder(folder)
}

/** Writes text as UTF-8, a batch of a few megabytes at a time. */
async function writeText(handle: FileHandle, text: string): Promise<void> {
  await writePieces(handle, [text])
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
