import type { Language } from '@tiendo/schema'
import type { TextSink } from './command'

/** A progress line on standard error, for long work on a terminal. */
export interface Progress {
  /** Says what is being done and how many rows so far (redrawn at most ten times a second). */
  update(label: string, rows: number): void
  /** Clears the line. */
  done(): void
}

const SILENT: Progress = { update() {}, done() {} }

/**
 * A progress line on `stderr` when it is a terminal; silent otherwise (CI logs, pipes,
 * files), so machine-readable output is never mixed with it, and on a `TERM=dumb` terminal,
 * which would print the codes that redraw the line as text.
 */
export function createProgress(
  stderr: TextSink,
  lang: Language,
  env: Readonly<Record<string, string | undefined>> = {},
): Progress {
  if (stderr.isTTY !== true || env.TERM === 'dumb') return SILENT
  let last = 0
  let shown = false
  const rowsWord = lang === 'vi' ? 'dòng' : 'rows'
  return {
    update(label, rows) {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      shown = true
      stderr.write(
        `\r\u001b[2K${label} — ${rows.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')} ${rowsWord}`,
      )
    },
    done() {
      if (shown) stderr.write('\r\u001b[2K')
      shown = false
    },
  }
}
