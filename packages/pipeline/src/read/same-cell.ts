/**
 * Two checks that would tell one cell the same thing, told once. @internal
 *
 * - A count's `1.250` is `value_not_whole` for the pack and, in a file that writes `87,5`
 *   further on, `ambiguous_number` for the reader: the reader's stands, as its hint
 *   (`--number-locale vi`) mends the whole file. The pack's waits for the file's end.
 * - A count a calculation left at `75.00000000000001` is `imprecise_number` for the reader
 *   and `value_not_whole` (with `rounded`) for the pack: the pack's stands, as it says the
 *   figure must be whole. The reader's waits for its row's check.
 */

import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { rowKey } from './late-refusals'

export class SameCellIssues {
  /** `value_not_whole` issues with `thousands`, by the key of their row. */
  private readonly doubted: { readonly key: string; readonly issue: TiendoIssue }[] = []
  /** `imprecise_number` issues of the row the reader gives next. */
  private noisy: TiendoIssue[] = []

  constructor(private readonly add: (issue: TiendoIssue) => void) {}

  /** A reader's issue: `true` when it is held, to be added (or not) with its row. */
  holds(issue: TiendoIssue): boolean {
    if (issue.code !== 'imprecise_number' || issue.location?.row === undefined) return false
    this.noisy.push(issue)
    return true
  }

  /** The issues of a row's check, added now or held. */
  checked(location: SourceLocation | undefined, issues: readonly TiendoIssue[]): void {
    if (this.noisy.length > 0) {
      // The row's own cells: a noise of another row (one the reader refused) is added.
      const told = new Set(issues.filter(isRounded).map((issue) => cellKey(issue.location)))
      for (const noise of this.noisy) if (!told.has(cellKey(noise.location))) this.add(noise)
      this.noisy = []
    }
    for (const issue of issues) {
      if (location !== undefined && readsAsThousands(issue)) {
        this.doubted.push({ key: rowKey(location), issue })
      } else this.add(issue)
    }
  }

  /** The end of a source: what is held, but the rows the reader refused at its end. */
  end(refusedLate: ReadonlySet<string>): void {
    for (const noise of this.noisy) this.add(noise)
    this.noisy = []
    for (const { key, issue } of this.doubted) if (!refusedLate.has(key)) this.add(issue)
    this.doubted.length = 0
  }
}

/** A count's figure that reads as dots between thousands (`1.250`). */
function readsAsThousands(issue: TiendoIssue): boolean {
  return (
    issue.code === 'value_not_whole' && (issue as { thousands?: string }).thousands !== undefined
  )
}

/** A count's figure within a calculation's noise of a whole number (`75.00000000000001`). */
function isRounded(issue: TiendoIssue): boolean {
  return issue.code === 'value_not_whole' && (issue as { rounded?: string }).rounded !== undefined
}

/** The key of a cell: its row's, and its column or JSON Pointer. */
function cellKey(location: SourceLocation | undefined): string {
  return location === undefined
    ? ''
    : JSON.stringify([location.file, location.sheet, location.row, location.column, location.path])
}
