/**
 * Derived figures and their provenance in words, for every human format: how each was
 * computed, from which units, with what coverage. @internal
 */

import type { DataPoint, DerivationMethod, Provenance, WithheldFigure } from '@tiendo/core'
import { englishCount } from '@tiendo/io/internal'
import type { Indicator, Language } from '@tiendo/schema'
import { Decimal } from 'decimal.js'
import type { PipelineReport } from '../report/report'
import { formatNumber, periodText, withUnit } from './format'
import { unitLabel } from './report-view'
import { AGGREGATION_WORDS, QUALIFIER_WORDS, wordFor } from './vocabulary'

const METHOD_WORDS: Record<DerivationMethod, Record<Language, string>> = {
  ratio: { vi: 'tính từ tử số và mẫu số', en: 'computed from numerator and denominator' },
  aggregate: { vi: 'tổng hợp từ đơn vị cấp dưới', en: 'aggregated from child units' },
  carry: { vi: 'ghép từ đơn vị tiền thân', en: 'carried from predecessors' },
  composite: { vi: 'tính từ các thành phần', en: 'scored from components' },
  record_count: { vi: 'đếm bản ghi', en: 'counted from records' },
}

/** A derivation method in words. */
export function methodText(method: DerivationMethod, lang: Language): string {
  return METHOD_WORDS[method][lang]
}

/** The units a provenance read, each once, in order. */
function inputUnits(provenance: Provenance): string[] {
  return [...new Set(provenance.inputs.map((input) => input.unit))]
}

/** How a figure was derived, in one phrase: `tổng hợp từ 3/3 đơn vị cấp dưới (tổng)`. */
export function provenanceText(
  report: PipelineReport,
  provenance: Provenance,
  lang: Language,
): string {
  const rule = wordFor(AGGREGATION_WORDS, provenance.rule, lang)
  switch (provenance.method) {
    case 'aggregate': {
      const coverage = provenance.coverage
      const share =
        coverage === undefined
          ? ''
          : lang === 'vi'
            ? ` (${coverage.reported}/${coverage.expected} đơn vị có số liệu${coverage.share.lt(1) ? `, ${formatNumber(coverage.share.times(100), lang, 1)}% — một phần` : ''})`
            : ` (${coverage.reported} of ${englishCount(coverage.expected, 'unit')}${coverage.share.lt(1) ? `, ${formatNumber(coverage.share.times(100), lang, 1)}% — partial` : ''})`
      return `${methodText('aggregate', lang)}, ${rule}${share}`
    }
    case 'carry': {
      const units = inputUnits(provenance).map((key) => unitLabel(report, key, lang))
      return `${methodText('carry', lang)} ${units.join(', ')} (${rule})`
    }
    case 'ratio':
      return methodText('ratio', lang)
    case 'composite':
      return `${methodText('composite', lang)}: ${[...new Set(provenance.inputs.map((i) => i.indicator))].join(', ')}`
    case 'record_count': {
      const count = provenance.inputs.length
      return lang === 'vi'
        ? `đếm ${count} bản ghi \`${provenance.rule}\``
        : `${count} \`${provenance.rule}\` record(s) counted`
    }
  }
}

/** A derived figure's value with its unit, to six significant digits. */
export function derivedValueText(
  point: DataPoint,
  indicator: Indicator | undefined,
  lang: Language,
) {
  const unit = indicator?.unit ?? ''
  const show = (value: Decimal) =>
    formatNumber(new Decimal(value.toString()).toSignificantDigits(6), lang)
  if (point.qualifier === 'range' && point.low !== undefined && point.high !== undefined) {
    return withUnit(`${show(point.low)}–${show(point.high)}`, unit, lang)
  }
  const number = point.value === undefined ? '?' : withUnit(show(point.value), unit, lang)
  const word = point.qualifier === undefined ? undefined : QUALIFIER_WORDS[point.qualifier]?.[lang]
  return word === undefined ? number : `${word} ${number}`
}

/** A derived figure as a row: indicator, unit, period, value, how. */
export function derivedRow(
  report: PipelineReport,
  point: DataPoint,
  indicators: ReadonlyMap<string, Indicator>,
  lang: Language,
): [string, string, string, string, string] {
  const indicator = indicators.get(point.indicator)
  return [
    indicator?.name[lang] ?? point.indicator,
    unitLabel(report, point.unit, lang),
    periodText(point.period, lang),
    derivedValueText(point, indicator, lang),
    point.derived === undefined ? '' : provenanceText(report, point.derived, lang),
  ]
}

/** A withheld figure as a row: indicator, unit, period, how it was tried, why not. */
export function withheldRow(
  report: PipelineReport,
  figure: WithheldFigure,
  indicators: ReadonlyMap<string, Indicator>,
  lang: Language,
): [string, string, string, string, string] {
  const rule = wordFor(AGGREGATION_WORDS, figure.rule, lang)
  return [
    indicators.get(figure.indicator)?.name[lang] ?? figure.indicator,
    unitLabel(report, figure.unit, lang),
    periodText(figure.period, lang),
    `${methodText(figure.method, lang)} (${rule})`,
    figure.reason.message[lang],
  ]
}

/** The report's indicators by id. */
export function indicatorsOf(report: PipelineReport): Map<string, Indicator> {
  return new Map(report.indicators.map((indicator) => [indicator.id, indicator]))
}
