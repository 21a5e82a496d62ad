import {
  flattenIssue,
  issuesToGithubAnnotations,
  issuesToJunit,
  issuesToMarkdownTable,
  issuesToSarif,
  issueToPretty,
} from '@tiendo/io'
import { palette, renderTable } from '@tiendo/io/internal'
import type { PipelineReport, RulesSummary } from '@tiendo/pipeline'
import { reportIssues } from '@tiendo/pipeline'
import type { Evaluation } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { version } from '../version'
import { colorFor, formatOf, widthFor } from './issues-format'

const words = {
  vi: {
    header: ['Quy tắc', 'Mức', 'Đạt', 'Không đạt', 'Bỏ qua'],
    severities: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    rulesPass: '✔ Mọi quy tắc mức lỗi đều đạt',
    rulesFail: '✘ Có quy tắc mức lỗi không đạt',
    dataValid: '✔ Dữ liệu hợp lệ',
    dataInvalid: '✘ Dữ liệu không hợp lệ',
    summary: (s: RulesSummary) =>
      `${s.scopes} phạm vi (đơn vị × kỳ), ${s.passed} đạt, ${s.failed} không đạt, ${s.skipped} bỏ qua`,
    data: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    title: 'Kết quả đánh giá quy tắc',
  },
  en: {
    header: ['Rule', 'Severity', 'Passed', 'Failed', 'Skipped'],
    severities: { error: 'error', warning: 'warning', info: 'info' },
    rulesPass: '✔ Every error-severity rule passed',
    rulesFail: '✘ An error-severity rule failed',
    dataValid: '✔ The data is valid',
    dataInvalid: '✘ The data is not valid',
    summary: (s: RulesSummary) =>
      `${s.scopes} scopes (unit × period), ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`,
    data: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    title: 'Rule evaluation',
  },
} as const

/** Counts of outcomes per rule, in pack order. */
function perRule(evaluation: Evaluation | undefined, lang: Language) {
  const rows = new Map<
    string,
    { severity: 'error' | 'warning' | 'info'; passed: number; failed: number; skipped: number }
  >()
  for (const result of evaluation?.results ?? []) {
    let row = rows.get(result.ruleId)
    if (row === undefined) {
      row = { severity: result.severity, passed: 0, failed: 0, skipped: 0 }
      rows.set(result.ruleId, row)
    }
    row[result.outcome]++
  }
  return [...rows].map(([rule, row]) => [
    rule,
    words[lang].severities[row.severity],
    String(row.passed),
    String(row.failed),
    String(row.skipped),
  ])
}

/**
 * `evaluate --format json`: the data's validity (`valid`: no data error, as in every
 * command), the rules' summary apart from it, every result, and every issue in the
 * contract's flat form.
 */
function toJson(report: PipelineReport, lang: Language): string {
  const results = report.evaluation?.results ?? []
  const body = {
    valid: report.valid,
    pack: { id: report.pack.id, version: report.pack.version },
    stats: report.validation.stats,
    rules: report.rules,
    results: results.map((result) => ({
      rule: result.ruleId,
      unit: result.unit,
      period: result.period,
      outcome: result.outcome,
      severity: result.severity,
      ...(result.message ? { message: result.message[lang] } : {}),
      ...(result.skipReason ? { skipped: result.skipReason.code } : {}),
      conditions: result.conditions,
    })),
    issues: reportIssues(report).map((issue) => flattenIssue(issue, lang)),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** An evaluation in the `--format` asked for: data issues and rule failures, then the verdicts. */
export function renderEvaluation(
  report: PipelineReport,
  files: readonly string[],
  context: CommandContext,
): string {
  const { lang } = context
  const w = words[lang]
  const issues = reportIssues(report)
  const rulesPassed = report.rules.failedBySeverity.error === 0
  switch (formatOf(context)) {
    case 'json':
      return toJson(report, lang)
    case 'junit':
      return issuesToJunit(files, issues, lang)
    case 'sarif':
      return issuesToSarif(issues, lang, { version })
    case 'github':
      return issuesToGithubAnnotations(issues, lang)
    case 'markdown': {
      const table = perRule(report.evaluation, lang)
      const lines = [
        `## ${w.title}: ${rulesPassed ? w.rulesPass : w.rulesFail}`,
        '',
        w.summary(report.rules),
        '',
        `${report.valid ? w.dataValid : w.dataInvalid} — ${w.data(report.summary.data.errors, report.summary.data.warnings)}`,
        '',
        `| ${w.header.join(' | ')} |`,
        `| ${w.header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
        ...table.map((row) => `| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`),
        '',
      ]
      if (issues.length > 0) lines.push(issuesToMarkdownTable(issues, lang), '')
      return lines.join('\n')
    }
    case 'pretty': {
      const color = colorFor(context)
      const p = palette(color)
      const table = renderTable(
        w.header,
        perRule(report.evaluation, lang),
        ['left', 'left', 'right', 'right', 'right'],
        { width: widthFor(context) },
      )
      const rules = rulesPassed ? p.green(w.rulesPass) : p.red(w.rulesFail)
      const data = report.valid ? p.green(w.dataValid) : p.red(w.dataInvalid)
      return `${table}\n${issues.map((issue) => issueToPretty(issue, lang, color)).join('')}${rules} — ${w.summary(report.rules)}\n${data} — ${w.data(report.summary.data.errors, report.summary.data.warnings)}\n`
    }
  }
}
