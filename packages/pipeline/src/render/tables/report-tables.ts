/**
 * Every table of the report, in the order the workbook's sheets and the document's
 * appendices follow. @internal
 */

import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { issuesTable, rulesTable } from './check-tables'
import { derivedTable, figuresTable, withheldTable } from './figure-tables'
import { targetsTable, trendsTable } from './progress-tables'
import type { ReportTable } from './table-model'

/**
 * The report's tables: progress to targets, trends, rule results (every one), data issues,
 * every figure, the derived figures and those withheld.
 */
export function reportTables(report: PipelineReport, lang: Language): ReportTable[] {
  return [
    targetsTable(report, lang),
    trendsTable(report, lang),
    rulesTable(report, lang),
    issuesTable(report, lang),
    figuresTable(report, lang),
    derivedTable(report, lang),
    withheldTable(report, lang),
  ]
}
