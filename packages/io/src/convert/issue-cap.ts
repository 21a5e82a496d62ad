import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'

/** Issues kept when no cap is given: the readers' and the pipeline's one default. */
export const DEFAULT_MAX_ISSUES = 10_000

/**
 * Issues kept up to a cap, then one `too_many_issues` warning, and later ones only counted
 * by the caller: a file broken on every one of ten million rows cannot exhaust memory through
 * its issues. The one cap of the readers and the pipeline. @internal
 */
export class IssueCap {
  readonly kept: TiendoIssue[] = []
  /** Whether the cap was reached (and its warning kept). */
  capped = false

  constructor(readonly max: number = DEFAULT_MAX_ISSUES) {
    if (!Number.isSafeInteger(max) || max < 0) {
      throw new RangeError(`maxIssues must be a whole number ≥ 0, not ${max}`)
    }
  }

  /** Keeps `issue`, or past the cap the one warning (named after `issue`'s file), or nothing. */
  add(issue: TiendoIssue): void {
    if (this.kept.length < this.max) {
      this.kept.push(issue)
      return
    }
    if (this.capped) return
    this.capped = true
    const file = issue.location?.file
    const location: SourceLocation | undefined = file === undefined ? undefined : { file }
    this.kept.push(ioIssue('too_many_issues', { max: this.max }, { location }))
  }
}
