import type { ValidationStats } from '@tiendo/io'
import {
  flattenIssue,
  issuesToGithubAnnotations,
  issuesToJunit,
  issuesToMarkdownTable,
  issuesToSarif,
  issueToPretty,
  palette,
  renderTable,
  sortIssues,
} from '@tiendo/io'
import type { Evaluation } from '@tiendo/rules'
import type { Language, TiendoIssue } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { version } from '../version'
import { colorFor, formatOf } from './issues-format'

/** What `evaluate` found: the data's issues and the rules' results. */
export interface EvaluationReport {
  readonly valid: boolean
  readonly stats: ValidationStats
  readonly evaluation: Evaluation
  /** Data issues, then one issue per failed rule and scope. */
  readonly issues: readonly TiendoIssue[]
}

const words = {
  vi: {
    header: ['Quy tắc', 'Mức', 'Đạt', 'Không đạt', 'Bỏ qua'],
    pass: '✔ Mọi quy tắc mức error đều đạt',
    fail: '✘ Có quy tắc mức error không đạt',
    summary: (e: Evaluation) =>
      `${e.summary.scopes} phạm vi (đơn vị × kỳ), ${e.summary.passed} đạt, ${e.summary.failed} không đạt, ${e.summary.skipped} bỏ qua`,
    title: 'Kết quả đánh giá quy tắc',
  },
  en: {
    header: ['Rule', 'Severity', 'Passed', 'Failed', 'Skipped'],
    pass: '✔ Every error-severity rule passed',
    fail: '✘ An error-severity rule failed',
    summary: (e: Evaluation) =>
      `${e.summary.scopes} scopes (unit × period), ${e.summary.passed} passed, ${e.summary.failed} failed, ${e.summary.skipped} skipped`,
    title: 'Rule evaluation',
  },
} as const

/** Counts of outcomes per rule, in pack order. */
function perRule(evaluation: Evaluation) {
  const rows = new Map<
    string,
    { severity: string; passed: number; failed: number; skipped: number }
  >()
  for (const result of evaluation.results) {
    let row = rows.get(result.ruleId)
    if (row === undefined) {
      row = { severity: result.severity, passed: 0, failed: 0, skipped: 0 }
      rows.set(result.ruleId, row)
    }
    row[result.outcome]++
  }
  return [...rows].map(([rule, row]) => [
    rule,
    row.severity,
    String(row.passed),
    String(row.failed),
    String(row.skipped),
  ])
}

/** `evaluate --format json`: verdict, counts, every result, and the issues in the contract's flat form. */
function toJson(report: EvaluationReport, lang: Language): string {
  const { evaluation } = report
  const body = {
    valid: report.valid,
    pack: evaluation.pack,
    stats: report.stats,
    summary: evaluation.summary,
    results: evaluation.results.map((result) => ({
      rule: result.ruleId,
      unit: result.unit,
      period: result.period,
      outcome: result.outcome,
      severity: result.severity,
      ...(result.message ? { message: result.message[lang] } : {}),
      ...(result.skipReason ? { skipped: result.skipReason.code } : {}),
      conditions: result.conditions,
    })),
    issues: report.issues.map((issue) => flattenIssue(issue, lang)),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** An evaluation report in the `--format` asked for. */
export function renderEvaluation(
  report: EvaluationReport,
  files: readonly string[],
  context: CommandContext,
): string {
  const { lang } = context
  const w = words[lang]
  const issues = sortIssues(report.issues)
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
      const table = perRule(report.evaluation)
      const lines = [
        `## ${w.title}: ${report.valid ? w.pass : w.fail}`,
        '',
        w.summary(report.evaluation),
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
      const table = renderTable(w.header, perRule(report.evaluation), [
        'left',
        'left',
        'right',
        'right',
        'right',
      ])
      const verdict = report.valid ? p.green(w.pass) : p.red(w.fail)
      return `${table}\n${issues.map((issue) => issueToPretty(issue, lang, color)).join('')}${verdict} — ${w.summary(report.evaluation)}\n`
    }
  }
}
