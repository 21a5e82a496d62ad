/**
 * The progress tables: one row per series with a target (and per target still without data),
 * and one per series followed on its trend alone. @internal
 */

import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { pointText, targetText, unitWord } from '../format'
import { profileColumnsOf } from '../profile-view'
import { hasDerivedPoints, isIllustrativeSeries, latestPoint, unitLabel } from '../report-view'
import { outcomeLabel, PROGRESS_WORDS, statusLabel } from '../words'
import { type ProfileColumns, profileTableCells, profileTableColumns } from './profile-columns'
import {
  numberCell,
  type ReportTable,
  rateCell,
  type TableCell,
  type TableColumn,
  textCell,
} from './table-model'
import { TABLE_WORDS } from './table-words'

/** Significant digits a derived value is shown with (as in every other format). */
const DERIVED_DIGITS = 6

function progressColumns(
  lang: Language,
  withTarget: boolean,
  profiles: ProfileColumns,
): TableColumn[] {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const columns: [string, string, number][] = [
    ['indicator', w.indicator, 40],
    ['indicatorId', t.indicatorId, 24],
    ['unit', w.unit, 22],
    ['unitCode', t.unitCode, 10],
    ...(withTarget
      ? ([
          ['target', w.target, 22],
          ['targetValue', t.targetValue, 10],
          ['targetBy', t.targetBy, 10],
        ] as [string, string, number][])
      : []),
    ['measure', t.measure, 10],
    ['baselinePeriod', t.baselinePeriod, 14],
    ['baseline', w.baseline, 16],
    ['latestPeriod', t.latestPeriod, 14],
    ['latest', w.latest, 20],
    ['cagr', w.cagr, 12],
    ...(withTarget
      ? ([
          ['requiredCagr', w.requiredCagr, 12],
          ['ratio', w.ratio, 10],
          ['projected', w.projected, 12],
        ] as [string, string, number][])
      : [['growth', w.growth, 12] as [string, string, number]]),
    ['status', w.status, 18],
    ['statusCode', t.statusCode, 18],
  ]
  const after: [string, string, number][] = [
    ...(withTarget ? ([['outcomes', t.outcomes, 40]] as [string, string, number][]) : []),
    ['labels', t.labels, 16],
  ]
  return [
    ...columns.map(([id, header, width]) => ({ id, header, width })),
    ...profileTableColumns(profiles, lang),
    ...after.map(([id, header, width]) => ({ id, header, width })),
  ]
}

/** The latest value as a cell: a number when exact, the published words when qualified. */
function latestCell(series: TargetReport, lang: Language): TableCell {
  const point = latestPoint(series)
  if (point === undefined) return null
  const unit = series.indicator.unit
  if (point.qualifier !== undefined || point.value === undefined) {
    return textCell(pointText(point, unit, lang))
  }
  return numberCell(point.value, lang, {
    unit,
    significant: point.derived === undefined ? undefined : DERIVED_DIGITS,
  })
}

/** The labels of a series: illustrative, derived. */
function labels(report: PipelineReport, series: TargetReport, lang: Language): string {
  const w = PROGRESS_WORDS[lang]
  return [
    isIllustrativeSeries(report, series) ? w.illustrative : undefined,
    hasDerivedPoints(series) ? w.derivedMark : undefined,
  ]
    .filter((label) => label !== undefined)
    .join(', ')
}

function progressRow(
  report: PipelineReport,
  series: TargetReport,
  lang: Language,
  withTarget: boolean,
  profiles: ProfileColumns,
): TableCell[] {
  const a = series.assessment
  const unit = series.indicator.unit
  const latest = latestPoint(series)
  const target = a.target ?? series.targets.at(-1) ?? null
  const outcomes = new Map(a.targets.map((t) => [t.id, t.outcome]))
  const row: TableCell[] = [
    textCell(series.indicator.name[lang]),
    textCell(series.indicatorId),
    textCell(unitLabel(report, series.unit, lang, series.unitName)),
    textCell(series.unit),
  ]
  if (withTarget) {
    row.push(
      textCell(target === null ? '' : targetText(target, unit, lang)),
      target === null ? null : numberCell(String(target.value), lang, { unit }),
      textCell(target === null ? '' : target.by),
    )
  }
  row.push(
    textCell(unitWord(unit, lang)),
    textCell(a.baseline === null ? '' : a.baseline.period),
    a.baseline === null ? null : numberCell(a.baseline.value, lang, { unit }),
    textCell(latest === undefined ? '' : latest.period),
    latestCell(series, lang),
    rateCell(a.cagr, lang),
  )
  if (withTarget) {
    row.push(
      rateCell(a.requiredCagr, lang),
      numberCell(a.ratio, lang, { places: 2 }),
      numberCell(a.projected, lang, { places: 2, unit }),
    )
  } else {
    row.push(rateCell(a.growth, lang))
  }
  row.push(textCell(statusLabel(a.status, lang)), textCell(a.status))
  row.push(...profileTableCells(series, profiles, lang))
  if (withTarget) {
    const each = series.targets.map(
      (t) => `${targetText(t, unit, lang)}: ${outcomeLabel(outcomes.get(t.id) ?? 'pending', lang)}`,
    )
    row.push(textCell(each.join('; ')))
  }
  row.push(textCell(labels(report, series, lang)))
  return row
}

/** Every series with a target, those still without data included, in the report's order. */
export function targetsTable(report: PipelineReport, lang: Language): ReportTable {
  const list = report.targets.filter((series) => series.targets.length > 0)
  const profiles = profileColumnsOf(list)
  return {
    id: 'targets',
    title: TABLE_WORDS[lang].targetsTable,
    columns: progressColumns(lang, true, profiles),
    rows: list.map((series) => progressRow(report, series, lang, true, profiles)),
  }
}

/** Every series followed on its trend alone (no target), with data. */
export function trendsTable(report: PipelineReport, lang: Language): ReportTable {
  const list = report.targets.filter(
    (series) => series.targets.length === 0 && series.series.length > 0,
  )
  const profiles = profileColumnsOf(list)
  return {
    id: 'trends',
    title: TABLE_WORDS[lang].trendsTable,
    columns: progressColumns(lang, false, profiles),
    rows: list.map((series) => progressRow(report, series, lang, false, profiles)),
  }
}
