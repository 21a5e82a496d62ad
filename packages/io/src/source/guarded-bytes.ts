import type { ReaderContext } from '../readers/context'
import type { Content } from './content'
import { ReadStop, unreadableIssue } from './read-stop'
import { sizeLimitIssue } from './size-limit'

/**
 * The chunks of content, counted against the size limits as they come: going over one, or a
 * read error, stops them with a {@link ReadStop}; an abort throws the signal's reason.
 * Stopping early closes the source. @internal
 * @throws TypeError for a chunk that is not bytes (a stream set to decode text: a
 * programming error).
 */
export async function* guardedChunks(
  chunks: AsyncIterable<Uint8Array>,
  context: ReaderContext,
): AsyncGenerator<Uint8Array, void, undefined> {
  const iterator = chunks[Symbol.asyncIterator]()
  let total = 0
  let finished = false
  try {
    for (;;) {
      let next: IteratorResult<unknown>
      try {
        next = await iterator.next()
      } catch (error) {
        finished = true
        context.signal?.throwIfAborted()
        throw new ReadStop(unreadableIssue(context.file, error))
      }
      // An aborted stream may end quietly: its end is not the data's.
      context.signal?.throwIfAborted()
      if (next.done) {
        finished = true
        return
      }
      const chunk = asBytes(next.value, context.file)
      total += chunk.byteLength
      const over = sizeLimitIssue(total, context, false)
      if (over) throw new ReadStop(over)
      yield chunk
    }
  } finally {
    // A source given up on is closed; what it says on closing changes nothing.
    if (!finished) await Promise.resolve(iterator.return?.()).catch(() => {})
  }
}

/**
 * All the bytes of content, for a reader that needs them whole (JSON, XLSX): at once where the
 * content has them, else joined from its guarded chunks. A read error or a limit throws a
 * {@link ReadStop}. @internal
 */
export async function wholeBytes(content: Content, context: ReaderContext): Promise<Uint8Array> {
  if (content.whole) {
    try {
      return await content.whole()
    } catch (error) {
      context.signal?.throwIfAborted()
      throw new ReadStop(unreadableIssue(context.file, error))
    }
  }
  const pieces: Uint8Array[] = []
  let length = 0
  for await (const chunk of guardedChunks(content.chunks(), context)) {
    pieces.push(chunk)
    length += chunk.byteLength
  }
  if (pieces.length === 1) return pieces[0] as Uint8Array
  const bytes = new Uint8Array(length)
  let at = 0
  for (const piece of pieces) {
    bytes.set(piece, at)
    at += piece.byteLength
  }
  return bytes
}

function asBytes(chunk: unknown, file: string): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  throw new TypeError(
    `The chunks of ${JSON.stringify(file)} must be bytes (Uint8Array), not ${typeof chunk}: a Node stream must not be set to decode text`,
  )
}
