import type { PipelineReport } from '@tiendo/pipeline'
import type { TiendoIssue } from '@tiendo/schema'
import { OFF_TRACK, STATUS_LABELS } from './fail-on'

/**
 * The targets off track (or failing `--fail-on`) as issues, for the CI formats: the code
 * is the status, the severity `error` when `--fail-on` names it and `warning` otherwise,
 * located at the series' latest observation.
 */
export function targetIssues(
  report: PipelineReport,
  failing: ReadonlySet<string> | undefined,
): TiendoIssue[] {
  const issues: TiendoIssue[] = []
  for (const series of report.targets) {
    const { assessment } = series
    if (series.target === undefined) continue
    const fails = failing?.has(assessment.status) ?? false
    if (!fails && !OFF_TRACK.has(assessment.status)) continue
    const label = STATUS_LABELS[assessment.status] ?? {
      vi: assessment.status,
      en: assessment.status,
    }
    const target = series.target
    const latest = assessment.latest
    const latestText = latest ? `${latest.value?.toFixed() ?? '?'} (${latest.period})` : '?'
    const name = series.indicator.name
    const unitName = series.unitName
    const issue: TiendoIssue = {
      code: assessment.status,
      severity: fails ? 'error' : 'warning',
      message: {
        vi: `${name.vi} — ${unitName.vi} (${series.unit}): ${label.vi}. Mục tiêu \`${target.id}\`: ${target.comparator} ${target.value} vào ${target.by}; mới nhất ${latestText}.`,
        en: `${name.en ?? name.vi} — ${unitName.en ?? unitName.vi} (${series.unit}): ${label.en}. Target \`${target.id}\`: ${target.comparator} ${target.value} by ${target.by}; latest ${latestText}.`,
      },
      indicator: series.indicatorId,
      unit: series.unit,
    }
    if (assessment.explanation) issue.hint = assessment.explanation.message
    if (latest) {
      issue.period = latest.period
      const location = report.dataset.get(series.indicatorId, series.unit, latest.period)?.location
      if (location) issue.location = location
    }
    issues.push(issue)
  }
  return issues
}
