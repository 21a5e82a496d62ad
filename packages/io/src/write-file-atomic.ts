import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file in the same folder, is flushed to disk (`fsync`), and
 * the temporary file is renamed over the target. On any error the temporary file is removed
 * and the target is left as it was; the error is thrown. An existing file keeps its
 * permissions. Strings are written as UTF-8, encoded a slice at a time, so a large report never
 * exists twice in memory (as text and as one buffer of the same size); text given in pieces
 * (any iterable of strings, e.g. `reportJsonChunks`) is written as it comes, never whole.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const folder = dirname(path)
  const temporary = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const mode = await existingMode(path)
  const handle = await open(temporary, 'wx', mode ?? 0o666)
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
  }
  await syncFolder(folder)
}

/** UTF-16 code units encoded per write: at most 3 MiB of UTF-8 alive at a time. */
const TEXT_SLICE = 1 << 20

/** Writes text as UTF-8 in slices; never splits a surrogate pair between two slices. */
async function writeText(handle: FileHandle, text: string): Promise<void> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + TEXT_SLICE, text.length)
    // A high surrogate at the slice's end belongs with the low one that starts the next.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
    await writeAll(handle, Buffer.from(text.slice(start, end), 'utf8'))
    start = end
  }
}

/** Writes pieces of text, gathered into slices so that small pieces do not mean small writes. */
async function writePieces(
  handle: FileHandle,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  let pending = ''
  for await (const piece of pieces) {
    pending += piece
    if (pending.length >= TEXT_SLICE) {
      await writeText(handle, pending)
      pending = ''
    }
  }
  if (pending.length > 0) await writeText(handle, pending)
}

/** `write` may write fewer bytes than asked; this writes them all. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset)
    offset += bytesWritten
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

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
