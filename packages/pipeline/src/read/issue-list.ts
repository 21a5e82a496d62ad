import type { TiendoIssue } from '@tiendo/schema'

/** Issues kept before later ones are only counted: a file broken on every row cannot exhaust memory. */
export const MAX_KEPT_ISSUES = 10_000

/** Issues found, kept up to a cap, counted by severity whatever the cap. */
export class IssueList {
  readonly kept: TiendoIssue[] = []
  errors = 0
  warnings = 0
  infos = 0
  private capped = false

  constructor(private readonly max = MAX_KEPT_ISSUES) {}

  add(issue: TiendoIssue): void {
    if (issue.severity === 'error') this.errors++
    else if (issue.severity === 'warning') this.warnings++
    else this.infos++
    if (this.kept.length < this.max) {
      this.kept.push(issue)
      return
    }
    if (this.capped) return
    this.capped = true
    this.warnings++
    this.kept.push({
      code: 'too_many_issues',
      severity: 'warning',
      message: {
        vi: `Có hơn ${this.max} vấn đề; các vấn đề sau chỉ được đếm.`,
        en: `More than ${this.max} issues; later ones are only counted.`,
      },
      hint: {
        vi: 'Sửa các lỗi đầu tiên (thường cùng một nguyên nhân) rồi kiểm tra lại.',
        en: 'Fix the first ones (they usually share a cause) and validate again.',
      },
    })
  }
}
