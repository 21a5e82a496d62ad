/**
 * The issues a dataset's builder finds, in the order found: every one, or the first
 * `maxIssues` with the rest counted by severity and code, never made. A file written for
 * another pack names an unknown unit on every row, and each issue, worded in two languages
 * and located, takes about half a kilobyte: 1.6 million of them took 0.9 GB.
 */

import type { Severity, TiendoIssue } from '@tiendo/schema'

/** The issues a dataset's builder left out past its `maxIssues`: counted, never made. */
export interface IssuesLeftOut {
  /** How many issues were left out. */
  readonly count: number
  /** How many of each severity. */
  readonly bySeverity: Readonly<Record<Severity, number>>
  /** How many of each code, e.g. `{ unknown_unit: 1570000 }`. */
  readonly byCode: Readonly<Record<string, number>>
}

/** Where issues go one by one: an array, or {@link FoundIssues}. @internal */
export interface IssueSink {
  push(issue: TiendoIssue): unknown
}

/** @internal */
export class FoundIssues implements IssueSink {
  /** The issues made, in the order found. */
  readonly list: TiendoIssue[] = []
  private leftCount = 0
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  private readonly byCode = new Map<string, number>()

  /** @param max Issues made and listed; past it, counted. Defaults to no limit. */
  constructor(readonly max: number = Number.POSITIVE_INFINITY) {}

  /** Whether another issue would be listed: past the limit, callers count instead of making one. */
  get hasRoom(): boolean {
    return this.list.length < this.max
  }

  push(issue: TiendoIssue): number {
    if (this.hasRoom) this.list.push(issue)
    else this.count(issue.severity, issue.code)
    return this.list.length
  }

  /** Counts an issue left out, without making it. */
  count(severity: Severity, code: string): void {
    this.leftCount++
    this.bySeverity[severity]++
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1)
  }

  /** What was left out, or `undefined` when nothing was. */
  leftOut(): IssuesLeftOut | undefined {
    if (this.leftCount === 0) return undefined
    return {
      count: this.leftCount,
      bySeverity: { ...this.bySeverity },
      byCode: Object.fromEntries(this.byCode),
    }
  }
}
