/**
 * Errors a reader can only report once its whole file is read, about rows it gave before:
 * `363.558` reads as a decimal until a `87,5` further down shows the file writes numbers the
 * Vietnamese way (`ambiguous_number`, reason `dot_groups`). Such a row is refused like any
 * other — quarantined, used by nothing — so it is taken back out of what was kept. @internal
 */

import type { LocatedObservation } from '@tiendo/core'
import { mayBeDotGroups } from '@tiendo/io/internal'
import { isIoIssue } from '@tiendo/io/parse'
import type { SourceLocation, TiendoIssue } from '@tiendo/schema'

/** The row an issue of this kind refuses after the fact, by its key; `undefined` for others. */
export function lateRefusalKey(issue: TiendoIssue): string | undefined {
  if (!isIoIssue(issue, 'ambiguous_number') || issue.reason !== 'dot_groups') return undefined
  const location = issue.location
  if (location === undefined) return undefined
  // The issue names a cell: a JSON file's row is its pointer without the last key.
  if (location.path !== undefined) {
    return rowKey({ ...location, path: location.path.slice(0, location.path.lastIndexOf('/')) })
  }
  return rowKey(location)
}

/**
 * Whether an issue of the kind {@link lateRefusalKey} knows may yet refuse this row: one of
 * its numbers reads two ways. Such a row, and every row of its file after it (to keep their
 * order), is held back from the dataset until the file is read whole. @internal
 */
export function mayBeRefusedLate({ observation }: LocatedObservation): boolean {
  const { value, low, high } = observation
  return (
    (value !== undefined && mayBeDotGroups(value)) ||
    (low !== undefined && mayBeDotGroups(low)) ||
    (high !== undefined && mayBeDotGroups(high))
  )
}

/** The key of a row's location: its file, sheet, and row or JSON Pointer. */
export function rowKey(location: SourceLocation): string {
  return JSON.stringify([location.file, location.sheet, location.row, location.path])
}

/**
 * Moves the observations from `from` on whose row `keys` names into `refused`, keeping the
 * order of the others. @internal
 */
export function takeBackRows(
  observations: LocatedObservation[],
  from: number,
  keys: ReadonlySet<string>,
  refused: { push(row: LocatedObservation): unknown },
): void {
  let kept = from
  for (let i = from; i < observations.length; i++) {
    const row = observations[i]!
    if (row.location !== undefined && keys.has(rowKey(row.location))) refused.push(row)
    else observations[kept++] = row
  }
  observations.length = kept
}
