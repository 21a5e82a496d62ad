import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import type { TiendoIssue } from '@tiendo/schema'
import { isTiendoIssue } from '../issue'
import { isIoIssue } from '../issue-fields'
import type { DataSource } from '../source/data-source'

/** The bytes cut into chunks of `size`. */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size))
  return chunks
}

export async function* iterate<T>(items: readonly T[]): AsyncGenerator<T, void, undefined> {
  yield* items
}

/** A web stream of the chunks, read by its reader as a browser reads it. */
export function webStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[at++]
      if (chunk === undefined) controller.close()
      else controller.enqueue(chunk)
    },
  })
}

/** The text of UTF-8 bytes (a BOM kept), or `undefined` when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * The same content as every kind of source: text (when it is UTF-8), bytes, an ArrayBuffer, a
 * blob, and chunks cut many ways (an iterable, a web stream, Node streams).
 */
export function sourcesOf(
  name: string,
  bytes: Uint8Array,
  path?: string,
): Array<[string, DataSource]> {
  const sources: Array<[string, DataSource]> = [
    ['bytes', { name, bytes }],
    ['ArrayBuffer', { name, bytes: new Uint8Array(bytes).buffer }],
    ['blob', { name, blob: new Blob([bytes]) }],
    ['one chunk', { name, chunks: iterate([bytes]) }],
    ['7-byte chunks', { name, chunks: iterate(chunked(bytes, 7)) }],
    ['4093-byte chunks', { name, chunks: iterate(chunked(bytes, 4093)) }],
    ['web stream', { name, chunks: webStream(chunked(bytes, 1000)) }],
    [
      'Node stream',
      { name, chunks: Readable.from(chunked(bytes, 777).map((c) => Buffer.from(c))) },
    ],
  ]
  if (bytes.length <= 4096)
    sources.push(['1-byte chunks', { name, chunks: iterate(chunked(bytes, 1)) }])
  if (path !== undefined) sources.push(['file stream', { name, chunks: createReadStream(path) }])
  const text = utf8Text(bytes)
  if (text !== undefined) sources.push(['text', { name, text }])
  return sources
}

/** Every item of a reader, each issue with the limit it is about, and the return value. */
export async function itemsOf<T, R>(items: AsyncGenerator<T, R, undefined>) {
  const all: unknown[] = []
  for (;;) {
    const next = await items.next()
    if (next.done) return { items: all, returned: next.value }
    const item = next.value
    all.push(isTiendoIssue(item) ? { issue: item, limit: limitOf(item) } : item)
  }
}

/** The limit a `limit_exceeded` issue is about and whether reading stopped, from its fields. */
function limitOf(issue: TiendoIssue) {
  if (!isIoIssue(issue, 'limit_exceeded')) return undefined
  return { limit: issue.limit, stoppedReading: issue.stoppedReading }
}
