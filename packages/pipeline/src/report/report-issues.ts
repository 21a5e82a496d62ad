import { sortIssues } from '@tiendo/io/parse'
import { ruleIssue } from '@tiendo/rules/internal'
import type { TiendoIssue } from '@tiendo/schema'
import type { PipelineReport } from './report'

/**
 * Every issue a CI format lists for a report: the data's issues, then one per rule that
 * failed in a scope (`rule_failed`, the rule's id in `rule`; severity: the rule's), located at the
 * observations it read, in a stable order (file, row, path, code). A data-quality rule's
 * failure is listed once, among the data's issues.
 */
export function reportIssues(report: PipelineReport): TiendoIssue[] {
  const dataQuality = new Set(report.dataQualityRules)
  const failed = (report.evaluation?.results ?? [])
    .filter((result) => result.outcome === 'failed' && !dataQuality.has(result.ruleId))
    .map((result) => ruleIssue(result, report.dataset, report.indicators))
  return sortIssues([...report.validation.issues, ...(report.evaluation?.issues ?? []), ...failed])
}
