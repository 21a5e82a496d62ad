import type { Dataset } from '@tiendo/core'
import type { TargetReport } from '@tiendo/rules'
import type { TiendoIssue } from '@tiendo/schema'
import { OFF_TRACK, STATUS_LABELS } from './fail-on'

/**
 * The targets off track (or failing `--fail-on`) as issues, for the CI formats: the code
 * is the status, the severity `error` when `--fail-on` names it and `warning` otherwise,
 * located at the series' latest observation.
 */
export function targetIssues(
  reports: readonly TargetReport[],
  dataset: Dataset,
  failing: ReadonlySet<string> | undefined,
): TiendoIssue[] {
  const issues: TiendoIssue[] = []
  for (const report of reports) {
    const { assessment } = report
    if (report.target === undefined) continue
    const fails = failing?.has(assessment.status) ?? false
    if (!fails && !OFF_TRACK.has(assessment.status)) continue
    const label = STATUS_LABELS[assessment.status] ?? {
      vi: assessment.status,
      en: assessment.status,
    }
    const target = report.target
    const latest = assessment.latest
    const latestText = latest ? `${latest.value?.toFixed() ?? '?'} (${latest.period})` : '?'
    const name = report.indicator.name
    const unitName = report.unitName
    const issue: TiendoIssue = {
      code: assessment.status,
      severity: fails ? 'error' : 'warning',
      message: {
        vi: `${name.vi} — ${unitName.vi} (${report.unit}): ${label.vi}. Mục tiêu \`${target.id}\`: ${target.comparator} ${target.value} vào ${target.by}; mới nhất ${latestText}.`,
        en: `${name.en ?? name.vi} — ${unitName.en ?? unitName.vi} (${report.unit}): ${label.en}. Target \`${target.id}\`: ${target.comparator} ${target.value} by ${target.by}; latest ${latestText}.`,
      },
      indicator: report.indicatorId,
      unit: report.unit,
    }
    if (assessment.explanation) issue.hint = assessment.explanation.message
    if (latest) {
      issue.period = latest.period
      const location = dataset.get(report.indicatorId, report.unit, latest.period)?.location
      if (location) issue.location = location
    }
    issues.push(issue)
  }
  return issues
}

/** Whether any target's status is one `--fail-on` names. */
export function anyFailing(
  reports: readonly TargetReport[],
  failing: ReadonlySet<string> | undefined,
): boolean {
  return (
    failing !== undefined &&
    reports.some((r) => r.target !== undefined && failing.has(r.assessment.status))
  )
}
