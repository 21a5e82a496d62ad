/**
 * The figure tables: every value of every series (submitted or derived, with how it was
 * derived), the derived figures with their provenance, and the figures withheld. @internal
 */

import { type DataPoint, toDecimalString } from '@tiendo/core'
import type { ReportedPoint, TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { indicatorsOf, methodText, provenanceText, withheldRow } from '../derived-view'
import { unitWord } from '../format'
import { isIllustrativeSeries, unitLabel } from '../report-view'
import { QUALIFIER_WORDS, wordFor } from '../vocabulary'
import { PROGRESS_WORDS } from '../words'
import {
  numberCell,
  type ReportTable,
  type TableCell,
  type TableColumn,
  textCell,
} from './table-model'
import { TABLE_WORDS } from './table-words'

const DERIVED_DIGITS = 6

const columns = (list: [string, string, number][]): TableColumn[] =>
  list.map(([id, header, width]) => ({ id, header, width }))

const key = (indicator: string, unit: string, period: string) =>
  `${indicator}\u0000${unit}\u0000${period}`

/** A value, its bounds and its qualifier as cells (a derived one rounded for the eye). */
function valueCells(
  point: Pick<ReportedPoint, 'value' | 'low' | 'high' | 'qualifier' | 'derived'>,
  unit: string,
  lang: Language,
): TableCell[] {
  const shape = { unit, significant: point.derived === undefined ? undefined : DERIVED_DIGITS }
  const { qualifier: code } = point
  const qualifier =
    code === undefined
      ? ''
      : code === 'range'
        ? TABLE_WORDS[lang].rangeQualifier
        : wordFor(QUALIFIER_WORDS, code, lang)
  return [
    numberCell(point.value, lang, shape),
    numberCell(point.low, lang, shape),
    numberCell(point.high, lang, shape),
    textCell(qualifier),
  ]
}

/** Every value of every series, in the report's order, each marked submitted or derived. */
export function figuresTable(report: PipelineReport, lang: Language): ReportTable {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const provenance = new Map(
    report.derived.figures.map((point) => [key(point.indicator, point.unit, point.period), point]),
  )
  const rows: TableCell[][] = []
  const add = (series: TargetReport, point: ReportedPoint) => {
    const unit = series.indicator.unit
    const derived = provenance.get(key(series.indicatorId, series.unit, point.period))?.derived
    rows.push([
      textCell(series.indicator.name[lang]),
      textCell(series.indicatorId),
      textCell(unitLabel(report, series.unit, lang, series.unitName)),
      textCell(series.unit),
      textCell(point.period),
      ...valueCells(point, unit, lang),
      textCell(unitWord(unit, lang)),
      textCell(point.derived === undefined ? t.submitted : w.derivedMark),
      textCell(
        derived !== undefined
          ? provenanceText(report, derived, lang)
          : point.derived !== undefined
            ? methodText(point.derived, lang)
            : '',
      ),
      textCell(isIllustrativeSeries(report, series) ? w.illustrative : ''),
    ])
  }
  for (const series of report.targets) for (const point of series.series) add(series, point)
  return {
    id: 'figures',
    title: t.figuresTable,
    columns: columns([
      ['indicator', w.indicator, 40],
      ['indicatorId', t.indicatorId, 24],
      ['unit', w.unit, 22],
      ['unitCode', t.unitCode, 10],
      ['period', w.period, 12],
      ['value', w.value, 14],
      ['low', t.low, 10],
      ['high', t.high, 10],
      ['qualifier', t.qualifier, 12],
      ['measure', t.measure, 10],
      ['origin', t.origin, 10],
      ['how', w.how, 40],
      ['labels', t.labels, 12],
    ]),
    rows,
  }
}

/** The derived figures, each with how it was derived. */
export function derivedTable(report: PipelineReport, lang: Language): ReportTable {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const indicators = indicatorsOf(report)
  const row = (point: DataPoint): TableCell[] => {
    const indicator = indicators.get(point.indicator)
    const unit = indicator?.unit ?? ''
    const reported = {
      value: point.value === undefined ? undefined : toDecimalString(point.value),
      low: point.low === undefined ? undefined : toDecimalString(point.low),
      high: point.high === undefined ? undefined : toDecimalString(point.high),
      qualifier: point.qualifier === 'exact' ? undefined : point.qualifier,
      derived: point.derived?.method,
    }
    return [
      textCell(indicator?.name[lang] ?? point.indicator),
      textCell(point.indicator),
      textCell(unitLabel(report, point.unit, lang)),
      textCell(point.unit),
      textCell(point.period),
      ...valueCells(reported, unit, lang),
      textCell(unitWord(unit, lang)),
      textCell(point.derived === undefined ? '' : provenanceText(report, point.derived, lang)),
    ]
  }
  return {
    id: 'derived',
    title: t.derivedTable,
    columns: columns([
      ['indicator', w.indicator, 40],
      ['indicatorId', t.indicatorId, 24],
      ['unit', w.unit, 22],
      ['unitCode', t.unitCode, 10],
      ['period', w.period, 12],
      ['value', w.value, 14],
      ['low', t.low, 10],
      ['high', t.high, 10],
      ['qualifier', t.qualifier, 12],
      ['measure', t.measure, 10],
      ['how', w.how, 48],
    ]),
    rows: report.derived.figures.map(row),
  }
}

/** The figures that could not be derived, with why. */
export function withheldTable(report: PipelineReport, lang: Language): ReportTable {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const indicators = indicatorsOf(report)
  return {
    id: 'withheld',
    title: t.withheldTable,
    columns: columns([
      ['indicator', w.indicator, 40],
      ['indicatorId', t.indicatorId, 24],
      ['unit', w.unit, 22],
      ['unitCode', t.unitCode, 10],
      ['period', w.period, 12],
      ['how', w.how, 30],
      ['reason', w.reason, 60],
    ]),
    rows: report.derived.withheld.map((figure) => {
      const [indicator, unit, , how, reason] = withheldRow(report, figure, indicators, lang)
      return [
        textCell(indicator),
        textCell(figure.indicator),
        textCell(unit),
        textCell(figure.unit),
        textCell(figure.period),
        textCell(how),
        textCell(reason),
      ]
    }),
  }
}
