import type { PipelineReport } from '@tiendo/pipeline'
import { statusLabel, targetText } from '@tiendo/pipeline'
import { latestText } from '@tiendo/pipeline/internal'
import type { TargetReport } from '@tiendo/rules'
import type { Language, TiendoIssue } from '@tiendo/schema'
import { OFF_TRACK } from './fail-on'

/**
 * A series' target as an issue when it is off track or fails `--fail-on`, for the CI formats
 * and the JSON's issues: the code is the status, the severity `error` when `--fail-on` names
 * it and `warning` otherwise. Not yet located (see {@link locateTargetIssues}): it is made as
 * the series is assessed, before the run's dataset is complete.
 */
export function targetIssue(
  series: TargetReport,
  failing: ReadonlySet<string> | undefined,
): TiendoIssue | undefined {
  const { assessment, target } = series
  if (target === undefined) return undefined
  const fails = failing?.has(assessment.status) ?? false
  if (!fails && !OFF_TRACK.has(assessment.status)) return undefined
  const latest = assessment.latest
  const said = (lang: Language) => ({
    status: statusLabel(assessment.status, lang),
    target: targetText(target, series.indicator.unit, lang),
    latest: latestText(series, lang) ?? '?',
  })
  const vi = said('vi')
  const en = said('en')
  const name = series.indicator.name
  const unitName = series.unitName
  const issue: TiendoIssue = {
    code: assessment.status,
    severity: fails ? 'error' : 'warning',
    message: {
      vi: `${name.vi} — ${unitName.vi} (${series.unit}): ${vi.status}. Mục tiêu \`${target.id}\`: ${vi.target}; mới nhất ${vi.latest}.`,
      en: `${name.en ?? name.vi} — ${unitName.en ?? unitName.vi} (${series.unit}): ${en.status}. Target \`${target.id}\`: ${en.target}; latest ${en.latest}.`,
    },
    indicator: series.indicatorId,
    unit: series.unit,
  }
  if (assessment.explanation) issue.hint = assessment.explanation.message
  if (latest) issue.period = latest.period
  return issue
}

/** Locates each target issue at its series' latest observation, where the dataset has it. */
export function locateTargetIssues(
  issues: readonly TiendoIssue[],
  dataset: PipelineReport['dataset'],
): void {
  for (const issue of issues) {
    const { indicator, unit, period } = issue
    if (indicator === undefined || unit === undefined || period === undefined) continue
    const location = dataset.get(indicator, unit, period)?.location
    if (location) issue.location = location
  }
}
