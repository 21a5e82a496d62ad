import type { DataSource } from './data-source'
import { textChunks, utf8Length } from './text-bytes'
import { byteStreamChunks, isByteStream } from './web-stream'

/** The bytes a reading reads, wherever they come from (a file, memory, a stream). @internal */
export interface Content {
  /** Bytes in all, when known before reading. */
  readonly size?: number | undefined
  /** An encoding that overrides the options' (text given as text is UTF-8). */
  readonly encoding?: string | undefined
  /** The bytes in pieces, read as they are asked for. */
  chunks(): AsyncIterable<Uint8Array>
  /** All the bytes at once, where that is cheaper than joining the pieces. */
  whole?(): Promise<Uint8Array>
}

/** Bytes in memory handed to a streaming reader at a time: views, not copies. */
const BYTES_CHUNK = 64 * 1024

/**
 * The content of a {@link DataSource}.
 * @throws TypeError when the source holds none of `text`, `bytes`, `chunks`, `blob` (a
 * programming error). @internal
 */
export function sourceContent(source: DataSource, signal?: AbortSignal | undefined): Content {
  if ('text' in source && typeof source.text === 'string') {
    const { text } = source
    return {
      size: utf8Length(text),
      encoding: 'utf-8',
      chunks: () => textChunks(text),
      whole: async () => new TextEncoder().encode(text),
    }
  }
  if ('bytes' in source && source.bytes !== undefined) {
    const bytes = source.bytes instanceof Uint8Array ? source.bytes : new Uint8Array(source.bytes)
    return { size: bytes.byteLength, chunks: () => bytesChunks(bytes), whole: async () => bytes }
  }
  if ('blob' in source && source.blob !== undefined) {
    const { blob } = source
    return {
      size: blob.size,
      chunks: () => byteStreamChunks(blob.stream(), signal),
      whole: async () => new Uint8Array(await blob.arrayBuffer()),
    }
  }
  if ('chunks' in source && source.chunks !== undefined) {
    const { chunks } = source
    return { chunks: () => (isByteStream(chunks) ? byteStreamChunks(chunks, signal) : chunks) }
  }
  throw new TypeError(
    `The source ${JSON.stringify((source as { name?: unknown }).name)} has no text, bytes, chunks or blob`,
  )
}

async function* bytesChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  for (let start = 0; start < bytes.length; start += BYTES_CHUNK) {
    yield bytes.subarray(start, start + BYTES_CHUNK)
  }
}
