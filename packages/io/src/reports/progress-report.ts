/**
 * The progress report: what `tiendo report` and the main job render as HTML, Markdown or
 * terminal text. The shapes are structural: `assessTargets` and `evaluate` of
 * `@tiendo/rules` produce them as they are (`TargetReport`, `Evaluation`), and so can any
 * other code, without this package depending on the rules engine.
 */

import type {
  Indicator,
  Language,
  LocalizedText,
  Qualifier,
  Severity,
  Target,
  TiendoIssue,
} from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { ValidationReport } from './validation-report'

/** A target as an assessment judged it (`AssessedTarget` of `@tiendo/forecast`). */
export interface ReportedTargetOutcome {
  readonly id?: string | undefined
  readonly value: Decimal
  readonly by: string
  readonly comparator: string
  /** `achieved`, `missed`, `pending` (due later, not yet met) or `undecided`. */
  readonly outcome: string
}

/** A period and its value (`PeriodValue` of `@tiendo/forecast`). */
export interface ReportedPeriodValue {
  readonly period: string
  readonly value: Decimal | null
}

/** The figures of an assessment a report shows: a subset of `Assessment` of `@tiendo/forecast`. */
export interface ReportedAssessment {
  /** `achieved`, `on_track`… with a target; `improving`, `stable`, `worsening` without. */
  readonly status: string
  readonly method: string
  readonly target: ReportedTargetOutcome | null
  readonly targets: readonly ReportedTargetOutcome[]
  readonly baseline: ReportedPeriodValue | null
  readonly latest: ReportedPeriodValue | null
  readonly cagr: Decimal | null
  readonly requiredCagr: Decimal | null
  readonly ratio: Decimal | null
  /** The value projected to the target period (only for a target still ahead). */
  readonly projected: Decimal | null
  /** Without a target: the annual growth that was classified. */
  readonly growth: Decimal | null
  readonly probability: Decimal | null
  readonly interval: {
    readonly level: Decimal
    readonly low: Decimal
    readonly high: Decimal
  } | null
  readonly attainmentYear: string | null
  readonly explanation?: { readonly code: string; readonly message: LocalizedText } | undefined
  readonly notes: readonly { readonly code: string; readonly message: LocalizedText }[]
}

/** One observed value of a series, decimals as strings. */
export interface ReportedSeriesPoint {
  readonly period: string
  readonly value?: string | undefined
  readonly qualifier?: Exclude<Qualifier, 'exact'> | undefined
  readonly low?: string | undefined
  readonly high?: string | undefined
}

/** Progress of one series to its targets: `TargetReport` of `@tiendo/rules`. */
export interface ProgressSeries {
  /** The target assessed against; `undefined` for a trend. */
  readonly target: Target | undefined
  readonly targets: readonly Target[]
  readonly indicatorId: string
  readonly indicator: Indicator
  /** The unit's key (`58`, `56@2025-07-01`). */
  readonly unit: string
  readonly unitName: { readonly vi: string; readonly en?: string | undefined }
  readonly series: readonly ReportedSeriesPoint[]
  readonly assessment: ReportedAssessment
  /** Set when the series rests on illustrative data (also found through `datasets`). */
  readonly illustrative?: boolean | undefined
}

/** A rule's result in one scope: `RuleOutcome` of `@tiendo/rules`. */
export interface ReportedRuleOutcome {
  readonly ruleId: string
  readonly unit: string
  readonly period: string
  readonly outcome: 'passed' | 'failed' | 'skipped'
  readonly severity: Severity
  readonly message?: LocalizedText | undefined
}

/** A rule evaluation: `Evaluation` of `@tiendo/rules`. */
export interface ReportedEvaluation {
  readonly results: readonly ReportedRuleOutcome[]
  readonly summary: {
    readonly scopes: number
    readonly passed: number
    readonly failed: number
    readonly skipped: number
    readonly failedBySeverity: Readonly<Record<Severity, number>>
  }
  readonly issues: readonly TiendoIssue[]
}

/** A dataset the report was computed from. */
export interface ReportDataset {
  readonly id: string
  readonly title: LocalizedText
  /** Invented data: every series and rule result resting on it is labelled illustrative. */
  readonly illustrative: boolean
  /** Where it comes from: a file path, an address. */
  readonly source?: string | undefined
  /** The indicators whose series rest on it. Defaults to none. */
  readonly indicators?: readonly string[] | undefined
  /** The rules whose results rest on it (rules counting its records). Defaults to none. */
  readonly rules?: readonly string[] | undefined
}

/** Everything a progress report shows. */
export interface ProgressReport {
  readonly title: LocalizedText
  readonly pack: { readonly id: string; readonly version: string; readonly title: LocalizedText }
  /** When the report was made, as an ISO date-time; left out for reproducible output. */
  readonly generatedAt?: string | undefined
  readonly validation?: ValidationReport | undefined
  readonly evaluation?: ReportedEvaluation | undefined
  readonly targets: readonly ProgressSeries[]
  readonly datasets?: readonly ReportDataset[] | undefined
  /** Unit names by key, for rule results (which name units by key). Defaults to none. */
  readonly unitNames?: Readonly<Record<string, { readonly vi: string; readonly en?: string }>>
}

/** Options of the progress renderers. */
export interface ProgressRenderOptions {
  /** The language of the report. Defaults to `vi`. */
  readonly lang?: Language | undefined
}

/** Whether a series rests on illustrative data (its flag, or an illustrative dataset's indicators). */
export function isIllustrativeSeries(report: ProgressReport, series: ProgressSeries): boolean {
  if (series.illustrative) return true
  return (report.datasets ?? []).some(
    (dataset) => dataset.illustrative && dataset.indicators?.includes(series.indicatorId),
  )
}

/** Whether a rule's results rest on illustrative data. */
export function isIllustrativeRule(report: ProgressReport, ruleId: string): boolean {
  return (report.datasets ?? []).some(
    (dataset) => dataset.illustrative && dataset.rules?.includes(ruleId),
  )
}

/**
 * The series of a report in the three groups reports show: with targets and data, on their
 * trend alone (no target), and targets without any data yet (listed, not charted).
 */
export function groupSeries(report: ProgressReport): {
  targeted: ProgressSeries[]
  trends: ProgressSeries[]
  withoutData: ProgressSeries[]
} {
  const withData = report.targets.filter((series) => series.series.length > 0)
  return {
    targeted: withData.filter((series) => series.targets.length > 0),
    trends: withData.filter((series) => series.targets.length === 0),
    withoutData: report.targets.filter((series) => series.series.length === 0),
  }
}

/** The rule results that failed, errors first, then by rule, unit and period (stable). */
export function failedRules(report: ProgressReport): ReportedRuleOutcome[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
  return (report.evaluation?.results ?? [])
    .filter((result) => result.outcome === 'failed')
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank[a.result.severity] - rank[b.result.severity] || a.index - b.index)
    .map(({ result }) => result)
}

/** A unit's name in a language, from the series or `unitNames`, else its key. */
export function unitLabel(
  report: ProgressReport,
  key: string,
  lang: Language,
  name?: { readonly vi: string; readonly en?: string | undefined },
): string {
  const known = name ?? report.unitNames?.[key]
  if (known === undefined) return key
  return lang === 'en' ? (known.en ?? known.vi) : known.vi
}
