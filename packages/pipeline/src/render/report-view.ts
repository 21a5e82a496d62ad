/**
 * What the renderers ask of a report: its series in the groups reports show, the failed
 * rules in order, what rests on illustrative data, units' names. @internal
 */

import type { RuleOutcome, TargetReport } from '@tiendo/rules'
import type { Language, Name, Severity } from '@tiendo/schema'
import type { PipelineReport } from '../report/report'
import { periodText, pointText } from './format'
import { PROGRESS_WORDS } from './words'

/** Options every renderer takes. */
export interface RenderOptions {
  /** The language of the report. Defaults to `vi`. */
  readonly lang?: Language | undefined
}

/** Whether a series rests on illustrative data: an illustrative source gave its indicator. */
export function isIllustrativeSeries(report: PipelineReport, series: TargetReport): boolean {
  return report.datasets.some(
    (dataset) => dataset.illustrative && dataset.indicators.includes(series.indicatorId),
  )
}

/** Whether a rule's results rest on illustrative data (it counts an illustrative source's records). */
export function isIllustrativeRule(report: PipelineReport, ruleId: string): boolean {
  return report.datasets.some((dataset) => dataset.illustrative && dataset.rules.includes(ruleId))
}

/** The last observed point of a series (a value, or a range). */
export function latestPoint(series: TargetReport) {
  return series.series.filter((p) => p.value !== undefined || p.low !== undefined).at(-1)
}

/**
 * The last observed point of a series with its period, as every report writes it:
 * `khoảng 10% (năm 2023)`; `undefined` when nothing was observed.
 */
export function latestText(series: TargetReport, lang: Language): string | undefined {
  const latest = latestPoint(series)
  if (latest === undefined) return undefined
  return `${pointText(latest, series.indicator.unit, lang)} (${periodText(latest.period, lang)})`
}

/** Whether any of a series' values was derived rather than submitted. */
export function hasDerivedPoints(series: TargetReport): boolean {
  return series.series.some((point) => point.derived !== undefined)
}

/**
 * The series of a report in the groups reports show: with targets and data, on their trend
 * alone (no target), and targets without any data yet (listed, not charted).
 */
export function groupSeries(report: PipelineReport): {
  targeted: TargetReport[]
  trends: TargetReport[]
  withoutData: TargetReport[]
} {
  const withData = report.targets.filter((series) => series.series.length > 0)
  return {
    targeted: withData.filter((series) => series.targets.length > 0),
    trends: withData.filter((series) => series.targets.length === 0),
    withoutData: report.targets.filter((series) => series.series.length === 0),
  }
}

/** The rule results that failed, errors first, then by rule, unit and period (stable). */
export function failedRules(report: PipelineReport): RuleOutcome[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
  return (report.evaluation?.results ?? [])
    .filter((result) => result.outcome === 'failed')
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank[a.result.severity] - rank[b.result.severity] || a.index - b.index)
    .map(({ result }) => result)
}

/**
 * The part of the unit tree a run was limited to, in words (`Covers: Province 7 (07), with
 * the units under them…`); `undefined` when it covered every unit.
 */
export function scopeLine(report: PipelineReport, lang: Language): string | undefined {
  if (report.scope === undefined) return undefined
  const w = PROGRESS_WORDS[lang]
  const named = report.scope.units.map((ref) => {
    // A code names each unit that had it: the latest one's name.
    const latest = report.units.get(ref) ?? report.units.withCode(ref).at(-1)
    const label = latest === undefined ? ref : unitLabel(report, ref, lang, latest.name)
    return label === ref ? ref : `${label} (${ref})`
  })
  return `${w.scope}: ${named.join(', ')}, ${w.scopeRest}.`
}

/** A unit's name in a language, from the series or the report's units, else its key. */
export function unitLabel(
  report: PipelineReport,
  key: string,
  lang: Language,
  name?: Name | undefined,
): string {
  const known = name ?? report.unitNames[key]
  if (known === undefined) return key
  return lang === 'en' ? (known.en ?? known.vi) : known.vi
}

/**
 * A rule as a report's tables show it: the first sentence of the pack's description in the
 * language (the rest explains the rule to the pack's author), else its id.
 */
export function ruleLabel(report: PipelineReport, ruleId: string, lang: Language): string {
  const description = report.ruleDescriptions?.[ruleId]
  const text = description?.[lang] ?? description?.vi ?? description?.en
  if (text === undefined || text.trim() === '') return ruleId
  return /^(.+?[.!?])(?:\s|$)/s.exec(text.trim())?.[1] ?? text.trim()
}
