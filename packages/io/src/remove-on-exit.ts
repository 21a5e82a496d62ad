/**
 * Temporary files and folders removed if the process exits while they are still in use: a
 * `tiendo` run stopped with Ctrl-C exits (the CLI turns the signal into an exit), and its
 * half-written output or its national report's spool must not stay behind.
 */

import { rmSync } from 'node:fs'

/**
 * Removes `path` (a file, or a folder and all it holds) if the process exits before the
 * returned function is called; call it once the path is removed or kept. Runs on `exit`,
 * which a process ended by `process.exit` (or by `tiendo` on Ctrl-C) emits, not one killed
 * outright (SIGKILL).
 *
 * @example
 * const folder = mkdtempSync(join(tmpdir(), 'spool-'))
 * const forget = removeOnExit(folder)
 * try {
 *   // … write and read the folder …
 * } finally {
 *   rmSync(folder, { recursive: true, force: true })
 *   forget()
 * }
 */
export function removeOnExit(path: string): () => void {
  const remove = () => {
    try {
      rmSync(path, { recursive: true, force: true })
    } catch {
      // Exiting anyway: a path that cannot be removed (open elsewhere on Windows) stays.
    }
  }
  process.once('exit', remove)
  return () => {
    process.off('exit', remove)
  }
}
