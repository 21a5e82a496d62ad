/**
 * The rows of other units a part's run leaves out, each counted once: as a figure or record
 * read and set aside, or — a row that could not be read — through the errors that name its
 * unit. A store leaves both kinds in the database unread, so a file's part counts what the
 * store's does. @internal
 */

import type { SourceLocation, TiendoIssue } from '@tiendo/schema'

/** @internal */
export class RowsLeftOut {
  /** Rows read as figures or records and left out. */
  private read = 0
  /** Rows that could not be read, left out through their errors. */
  private unread = 0
  /** The last row counted, and how: a row's items and issues come together. */
  private lastRow: string | undefined
  private lastCountedUnread = false

  /** A figure or record of another unit, left out. */
  item(location: SourceLocation | undefined): void {
    this.read++
    const row = rowOf(location)
    // Its errors came first and counted it as unread: it was read after all.
    if (row !== undefined && row === this.lastRow && this.lastCountedUnread) this.unread--
    this.lastRow = row
    this.lastCountedUnread = false
  }

  /** An issue naming another unit, left out: an error of a row not yet counted counts it. */
  issue(issue: TiendoIssue): void {
    if (issue.severity !== 'error') return
    const row = rowOf(issue.location)
    if (row === undefined || row === this.lastRow) return
    this.unread++
    this.lastRow = row
    this.lastCountedUnread = true
  }

  /** Every row left out. */
  get rows(): number {
    return this.read + this.unread
  }

  /** The rows left out that could not be read. */
  get unreadRows(): number {
    return this.unread
  }
}

/** Which row a location is in: its line or sheet row, or a JSON file's element. */
function rowOf(location: SourceLocation | undefined): string | undefined {
  if (location === undefined) return undefined
  if (location.row !== undefined) return `${location.sheet ?? ''}:${location.row}`
  if (location.path !== undefined) return location.path.split('/', 2).join('/')
  return undefined
}
