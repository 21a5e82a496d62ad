/**
 * The items of batches one at a time, and the batches' return value. With a signal, an abort
 * stops the items not yet delivered, as it stops a reader between rows: nothing is handed out
 * once it fired. Stopping early closes the batches (and so the file). @internal
 */
export async function* flatten<T, R>(
  batches: AsyncGenerator<T[], R, undefined>,
  signal?: AbortSignal | undefined,
): AsyncGenerator<T, R, undefined> {
  let done = false
  try {
    for (;;) {
      const next = await batches.next()
      if (next.done) {
        done = true
        return next.value
      }
      for (const item of next.value) {
        signal?.throwIfAborted()
        yield item
      }
    }
  } finally {
    if (!done) await batches.return(undefined as R)
  }
}

/**
 * Items gathered into batches of up to `size`, in order. For readers of whole files already
 * in memory: a batch holds nothing the file did not. @internal
 */
export async function* batchesOf<T>(
  items: AsyncIterable<T>,
  size: number,
): AsyncGenerator<T[], void, undefined> {
  let batch: T[] = []
  for await (const item of items) {
    batch.push(item)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}
