/** The part of a web `ReadableStream` read here: its reader. @internal */
export interface ByteStream {
  getReader(): {
    read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }>
    cancel(reason?: unknown): Promise<void>
    releaseLock(): void
  }
}

/** Whether a value is a web `ReadableStream` (or quacks like one). @internal */
export function isByteStream(value: unknown): value is ByteStream {
  return typeof (value as { getReader?: unknown } | null)?.getReader === 'function'
}

/**
 * The chunks of a web stream through its reader, which every browser has (Safari cannot
 * `for await` a stream). An abort cancels the stream, so a pending read ends at once;
 * stopping early cancels it too. @internal
 */
export async function* byteStreamChunks(
  stream: ByteStream,
  signal?: AbortSignal | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader()
  const cancel = () => {
    reader.cancel(signal?.reason).catch(() => {})
  }
  signal?.addEventListener('abort', cancel, { once: true })
  let done = false
  try {
    for (;;) {
      const next = await reader.read()
      if (next.done) {
        done = true
        return
      }
      yield next.value
    }
  } finally {
    signal?.removeEventListener('abort', cancel)
    // A stream left half read is cancelled; one read to its end only lets go of its reader.
    if (!done) await reader.cancel().catch(() => {})
    reader.releaseLock()
  }
}
