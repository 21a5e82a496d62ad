import type { IssuesLeftOut } from '@tiendo/core'
import { IssueCap } from '@tiendo/io/internal'
import type { Severity, TiendoIssue } from '@tiendo/schema'

/**
 * Issues found, kept up to a cap (`@tiendo/io`'s, the readers' own: past it one
 * `too_many_issues` warning), and counted by severity whatever the cap.
 */
export class IssueList {
  private readonly cap: IssueCap
  errors = 0
  warnings = 0
  infos = 0

  constructor(max?: number) {
    this.cap = new IssueCap(max)
  }

  /** Issues kept at most (the cap's warning aside). */
  get max(): number {
    return this.cap.max
  }

  /** The issues kept, the cap's warning last when it was reached. */
  get kept(): readonly TiendoIssue[] {
    return this.cap.kept
  }

  add(issue: TiendoIssue): void {
    this.count(issue.severity)
    const capped = this.cap.capped
    this.cap.add(issue)
    if (!capped && this.cap.capped) this.warnings++
  }

  /**
   * {@link add} for an issue of `severity` that `make` builds, called only while the issue
   * would be kept (or named in the cap's warning): past the cap it is counted, never built. At
   * eight times the national bench the data-quality rules fail in 89,700 scopes, each issue
   * worded in two languages and located, where 10,000 issues are kept.
   */
  addLazily(severity: Severity, make: () => TiendoIssue): void {
    if (this.cap.capped) this.count(severity)
    else this.add(make())
  }

  /**
   * Adds what another list found: the issues it listed, then the count of those it left out.
   * It lists `max + 1` before leaving any out, which reaches the cap, so what it left out
   * would only have been counted here.
   */
  addFound(listed: readonly TiendoIssue[], leftOut: IssuesLeftOut | undefined): void {
    for (const issue of listed) this.add(issue)
    if (leftOut === undefined) return
    this.errors += leftOut.bySeverity.error
    this.warnings += leftOut.bySeverity.warning
    this.infos += leftOut.bySeverity.info
  }

  private count(severity: Severity): void {
    if (severity === 'error') this.errors++
    else if (severity === 'warning') this.warnings++
    else this.infos++
  }
}
