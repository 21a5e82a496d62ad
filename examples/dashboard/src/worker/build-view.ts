/**
 * The page's view of a report, built in the worker: every text the page shows, in one
 * language, with the pipeline's own words (the same as the CLI's and the reports'), and each
 * series' chart drawn by the report's SVG renderer.
 */

import { locationText } from '@tiendo/io/parse'
import type { PipelineReport } from '@tiendo/pipeline/browser'
import {
  derivedRow,
  outcomeLabel,
  periodText,
  pointText,
  seriesChartSvg,
  statusLabel,
  statusTone,
  targetText,
  unitLabel,
  withheldRow,
} from '@tiendo/pipeline/browser'
import type { Language, LocalizedText, Severity, TiendoIssue } from '@tiendo/schema'
import type {
  IssueView,
  PageView,
  RuleCell,
  RuleUnitView,
  RuleView,
  SeriesView,
} from '../page-view'

type TargetReport = PipelineReport['targets'][number]

/** What the view needs of the pack besides the report: its rules' descriptions. */
export interface PackRules {
  readonly descriptions: ReadonlyMap<string, Partial<LocalizedText> | undefined>
}

/** The key of an issue's row in the data grid: its line, or the row's JSON Pointer (`/3`). */
export function rowKeyOf(location: TiendoIssue['location']): string | null {
  if (location === undefined) return null
  if (location.row !== undefined) return String(location.row)
  const first = location.path?.split('/')[1]
  return first === undefined || first === '' ? null : `/${first}`
}

function issueView(issue: TiendoIssue, index: number, lang: Language): IssueView {
  const location = issue.location
  return {
    index,
    code: issue.code,
    rule: 'rule' in issue && typeof issue.rule === 'string' ? issue.rule : null,
    severity: issue.severity,
    message: issue.message[lang],
    hint: issue.hint?.[lang] ?? '',
    file: location?.file ?? null,
    sheet: location?.sheet ?? null,
    row: location?.row ?? null,
    column: location?.column ?? null,
    path: location?.path ?? null,
    where: location === undefined ? '' : locationText(location),
    indicator: issue.indicator ?? null,
    unit: issue.unit ?? null,
    period: issue.period ?? null,
    rowKey: rowKeyOf(location),
  }
}

/** A rule's results as a unit × period table, the units with the most failures first. */
function ruleViews(report: PipelineReport, rules: PackRules, lang: Language): RuleView[] {
  const byRule = new Map<string, NonNullable<PipelineReport['evaluation']>['results'][number][]>()
  for (const result of report.evaluation?.results ?? []) {
    const list = byRule.get(result.ruleId) ?? []
    list.push(result)
    byRule.set(result.ruleId, list)
  }
  return [...byRule].map(([id, results]) => {
    const periods = [...new Set(results.map((r) => r.period))].sort()
    const column = new Map(periods.map((period, i) => [period, i]))
    const rows = new Map<string, { cells: (RuleCell | null)[]; failed: number }>()
    for (const result of results) {
      const row = rows.get(result.unit) ?? { cells: periods.map(() => null), failed: 0 }
      row.cells[column.get(result.period)!] = {
        outcome: result.outcome,
        message: result.message?.[lang] ?? null,
      }
      if (result.outcome === 'failed') row.failed++
      rows.set(result.unit, row)
    }
    const units: RuleUnitView[] = [...rows]
      .map(([key, row]) => ({
        key,
        label: unitLabel(report, key, lang),
        outcomes: row.cells,
        failed: row.failed,
      }))
      .sort((a, b) => b.failed - a.failed || a.label.localeCompare(b.label, lang))
    const severity: Severity = results[0]?.severity ?? 'error'
    return {
      id,
      description: rules.descriptions.get(id)?.[lang] ?? null,
      severity,
      illustrative: report.datasets.some((d) => d.illustrative && d.rules.includes(id)),
      periods,
      periodLabels: periods.map((period) => periodText(period, lang)),
      units,
      failed: units.reduce((sum, unit) => sum + unit.failed, 0),
    }
  })
}

/** How many derived and withheld figures the page lists, as the HTML report (the JSON has all). */
const MAX_DERIVED = 1000

/** How worrying a status is: the series that need attention come first. */
const STATUS_RANK: Readonly<Record<string, number>> = {
  deterioration: 0,
  worsening: 1,
  limited_progress: 2,
  needs_acceleration: 3,
  on_track: 4,
  achieved: 5,
  improving: 6,
  stable: 7,
  insufficient_data: 8,
}

function seriesView(report: PipelineReport, series: TargetReport, lang: Language): SeriesView {
  const a = series.assessment
  const unit = series.indicator.unit
  const outcomes = new Map(a.targets.map((t) => [t.id, t.outcome]))
  const illustrative = report.datasets.some(
    (d) => d.illustrative && d.indicators.includes(series.indicatorId),
  )
  const latest = series.series.filter((p) => p.value !== undefined || p.low !== undefined).at(-1)
  return {
    key: seriesKey(series),
    indicatorId: series.indicatorId,
    indicator: series.indicator.name[lang],
    unitKey: series.unit,
    unit: unitLabel(report, series.unit, lang, series.unitName),
    status: a.status,
    method: a.method,
    statusLabel: statusLabel(a.status, lang),
    tone: statusTone(a.status),
    latest:
      latest === undefined
        ? null
        : `${pointText(latest, unit, lang)} (${periodText(latest.period, lang)})`,
    targets: series.targets.map((target) => {
      const outcome = outcomes.get(target.id) ?? 'pending'
      return {
        text: targetText(target, unit, lang),
        outcome,
        outcomeLabel: outcomeLabel(outcome, lang),
      }
    }),
    explanation: a.explanation?.message[lang] ?? null,
    derived: series.series.some((p) => p.derived !== undefined),
    illustrative,
    charted: series.series.length > 0,
  }
}

/** The key the page knows a series by: its indicator and unit. */
export function seriesKey(series: TargetReport): string {
  return `${series.indicatorId}|${series.unit}`
}

/**
 * The charts of some series, drawn by the report's SVG renderer: asked for by the page for
 * the cards it shows (a report may have thousands of series; the page shows a dozen).
 */
export function chartsOf(
  report: PipelineReport,
  keys: readonly string[],
  lang: Language,
): Record<string, string> {
  const wanted = new Set(keys)
  const charts: Record<string, string> = {}
  for (const series of report.targets) {
    const key = seriesKey(series)
    if (!wanted.has(key) || series.series.length === 0) continue
    const illustrative = report.datasets.some(
      (d) => d.illustrative && d.indicators.includes(series.indicatorId),
    )
    charts[key] = seriesChartSvg(series, { lang, illustrative })
  }
  return charts
}

/** The page's view of a report, in one language. */
export function buildView(report: PipelineReport, rules: PackRules, lang: Language): PageView {
  const indicators = new Map(report.indicators.map((i) => [i.id, i]))
  const issues = report.validation.issues.map((issue, i) => issueView(issue, i, lang))
  const issuesByFile = new Map<string, number>()
  for (const issue of issues) {
    if (issue.file !== null) issuesByFile.set(issue.file, (issuesByFile.get(issue.file) ?? 0) + 1)
  }
  const series = report.targets
    .map((s) => seriesView(report, s, lang))
    .map((view, order) => ({ view, order, targeted: view.targets.length > 0 }))
    .sort(
      (a, b) =>
        Number(b.view.charted) - Number(a.view.charted) ||
        Number(b.targeted) - Number(a.targeted) ||
        (STATUS_RANK[a.view.status] ?? 9) - (STATUS_RANK[b.view.status] ?? 9) ||
        a.order - b.order,
    )
    .map(({ view }) => view)
  const unitKeys = new Set<string>([
    ...report.targets.map((s) => s.unit),
    ...(report.evaluation?.results ?? []).map((r) => r.unit),
    ...report.derived.figures.map((f) => f.unit),
  ])
  const { stats } = report.validation
  return {
    lang,
    valid: report.valid,
    cannotRead: report.cannotRead,
    pack: { id: report.pack.id, version: report.pack.version, title: report.pack.title[lang] },
    stats: {
      files: stats.files,
      rows: stats.rows,
      errors: stats.errors,
      warnings: stats.warnings,
      quarantined: stats.quarantined,
    },
    rulesSummary: {
      scopes: report.rules.scopes,
      passed: report.rules.passed,
      failed: report.rules.failed,
      skipped: report.rules.skipped,
    },
    issues,
    files: report.datasets.map((dataset) => ({
      name: dataset.id,
      kind: dataset.kind,
      issues: issuesByFile.get(dataset.id) ?? 0,
    })),
    rules: ruleViews(report, rules, lang),
    ruleProblems: (report.evaluation?.issues ?? []).map((issue) => issue.message[lang]),
    series,
    derived: report.derived.figures.slice(0, MAX_DERIVED).map((point) => ({
      unitKey: point.unit,
      cells: derivedRow(report, point, indicators, lang),
    })),
    withheld: report.derived.withheld.slice(0, MAX_DERIVED).map((figure) => ({
      unitKey: figure.unit,
      cells: withheldRow(report, figure, indicators, lang),
    })),
    derivedTotal: report.derived.figures.length,
    withheldTotal: report.derived.withheld.length,
    units: [...unitKeys]
      .map((key) => ({ key, label: `${unitLabel(report, key, lang)} (${key})` }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  }
}
