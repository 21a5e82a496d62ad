import { IssueCap } from '@tiendo/io/internal'
import type { TiendoIssue } from '@tiendo/schema'

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

  /** The issues kept, the cap's warning last when it was reached. */
  get kept(): readonly TiendoIssue[] {
    return this.cap.kept
  }

  add(issue: TiendoIssue): void {
    if (issue.severity === 'error') this.errors++
    else if (issue.severity === 'warning') this.warnings++
    else this.infos++
    const capped = this.cap.capped
    this.cap.add(issue)
    if (!capped && this.cap.capped) this.warnings++
  }
}
