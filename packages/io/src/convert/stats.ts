import type { TiendoIssue } from '@tiendo/schema'

/** Counts that say how much of a file was read. */
export interface ReadStats {
  /** Data rows read (not counting the header, blank lines, or rows past a limit). */
  rows: number
  /** Rows that became an observation (or a record). */
  accepted: number
  /** Issues by severity. */
  errors: number
  warnings: number
  infos: number
}

/** Stats of nothing read yet. @internal */
export function emptyStats(): ReadStats {
  return { rows: 0, accepted: 0, errors: 0, warnings: 0, infos: 0 }
}

/** Counts an issue into stats. @internal */
export function tally(stats: ReadStats, issue: TiendoIssue): void {
  if (issue.severity === 'error') stats.errors++
  else if (issue.severity === 'warning') stats.warnings++
  else stats.infos++
}
