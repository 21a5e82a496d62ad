/**
 * Between steps of a run, lets what waits for this thread run before going on — in a
 * browser's worker or in Node, the message or timer that aborts the run — and stops if it
 * did. A step runs to its end without yielding, so without checkpoints an abort asked for
 * during the run would be heard only once the whole run had finished. @internal
 */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return
  signal.throwIfAborted()
  await new Promise((resolve) => setTimeout(resolve, 0))
  signal.throwIfAborted()
}
