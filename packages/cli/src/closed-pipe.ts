/**
 * A reader that stops early (`tiendo units | head`, a CI step that closes its pipe) makes the
 * next write to standard output fail with EPIPE. Node reports that as an unhandled `error`
 * event — a stack trace, which the CLI never prints. What is left to write has nobody to read
 * it, so it is dropped, and the command ends with its own exit code: a pipeline under
 * `set -o pipefail` still sees whether the data was valid.
 */
export function dropWritesToClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return
    throw error
  })
}
