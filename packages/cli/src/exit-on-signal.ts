/**
 * Ctrl-C and termination requests end `tiendo` through `process.exit`, with the exit code a
 * shell gives a process a signal stopped (128 + its number): Node's own handling would end
 * the process without its `exit` listeners, leaving a half-written output file beside the
 * target and a national report's spool in the temporary folder.
 */

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const

/** Exits on SIGINT or SIGTERM, running the process's `exit` listeners first. */
export function exitOnSignal(): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => process.exit(128 + number))
  }
}
