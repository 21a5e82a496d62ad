/**
 * The check tables: rule results (unit × period, with the actual and expected values of the
 * condition that decided) and the data's issues. @internal
 */

import { flattenIssue } from '@tiendo/io/parse'
import type { RuleOutcome } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { failedRules, isIllustrativeRule, unitLabel } from '../report-view'
import { PROGRESS_WORDS } from '../words'
import {
  numberCell,
  type ReportTable,
  type TableCell,
  type TableColumn,
  textCell,
} from './table-model'
import { TABLE_WORDS } from './table-words'

const columns = (list: [string, string, number][]): TableColumn[] =>
  list.map(([id, header, width]) => ({ id, header, width }))

/** A JSON value from a rule's explanation as a cell: a number when it is one. */
function jsonCell(value: unknown, lang: Language): TableCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') {
    const cell = numberCell(String(value), lang)
    return cell ?? textCell(String(value))
  }
  return textCell(JSON.stringify(value))
}

/** Options of {@link rulesTable}. */
export interface RulesTableOptions {
  /** Only the failed results (errors first). Defaults to `false`: every result. */
  readonly failedOnly?: boolean | undefined
}

/** The rule results: every unit × period evaluated, or only those that failed. */
export function rulesTable(
  report: PipelineReport,
  lang: Language,
  options: RulesTableOptions = {},
): ReportTable {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const results: readonly RuleOutcome[] = options.failedOnly
    ? failedRules(report)
    : (report.evaluation?.results ?? [])
  const rows = results.map((result): TableCell[] => {
    // The condition that decided: the first that failed, else the first.
    const decisive = result.conditions.find((c) => c.result === false) ?? result.conditions[0]
    return [
      textCell(result.ruleId),
      textCell(w.severities[result.severity]),
      textCell(unitLabel(report, result.unit, lang)),
      textCell(result.unit),
      textCell(result.period),
      textCell(t.outcomeWords[result.outcome]),
      decisive === undefined ? null : jsonCell(decisive.actual, lang),
      decisive === undefined ? null : jsonCell(decisive.expected, lang),
      textCell(result.outcome === 'failed' ? (result.message?.[lang] ?? '') : ''),
      textCell(isIllustrativeRule(report, result.ruleId) ? w.illustrative : ''),
    ]
  })
  return {
    id: 'rules',
    title: t.rulesTable,
    columns: columns([
      ['rule', w.rule, 26],
      ['severity', w.severity, 10],
      ['unit', w.unit, 36],
      ['unitCode', t.unitCode, 12],
      ['period', w.period, 10],
      ['outcome', w.outcome, 12],
      ['actual', t.actual, 10],
      ['expected', t.expected, 10],
      ['message', w.message, 70],
      ['labels', t.labels, 12],
    ]),
    rows,
  }
}

/** The data's issues, as `validate --format json` gives them. */
export function issuesTable(report: PipelineReport, lang: Language): ReportTable {
  const w = PROGRESS_WORDS[lang]
  const t = TABLE_WORDS[lang]
  const rows = report.validation.issues.map((issue): TableCell[] => {
    const flat = flattenIssue(issue, lang)
    return [
      textCell(w.severities[flat.severity]),
      textCell(flat.code),
      textCell(flat.file),
      // A row number is a number, shown as an editor shows it (no thousands grouping).
      flat.row === null
        ? null
        : { kind: 'number', value: String(flat.row), text: String(flat.row), places: 0 },
      textCell(flat.column),
      textCell(flat.indicator),
      textCell(flat.unit),
      textCell(flat.period),
      textCell(flat.message),
      textCell(flat.hint),
    ]
  })
  return {
    id: 'issues',
    title: t.issuesTable,
    columns: columns([
      ['severity', w.severity, 10],
      ['code', w.code, 22],
      ['file', t.file, 28],
      ['row', t.row, 8],
      ['column', t.column, 14],
      ['indicator', w.indicator, 24],
      ['unit', w.unit, 10],
      ['period', w.period, 10],
      ['message', w.message, 70],
      ['fix', w.fix, 50],
    ]),
    rows,
  }
}
