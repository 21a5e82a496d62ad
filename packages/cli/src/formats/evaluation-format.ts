import { flattenIssue, issuesToMarkdownTable, issueToPretty } from '@tiendo/io'
import { englishCount, palette, renderTable, wrapText } from '@tiendo/io/internal'
import type { PipelineReport, RulesSummary } from '@tiendo/pipeline'
import { JsonList, jsonChunks, reportIssues, ruleResultJson } from '@tiendo/pipeline'
import type { Evaluation, RuleOutcome } from '@tiendo/rules'
import type { Language, TiendoIssue } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { ciIssues, colorFor, formatOf, ISSUE_FORMATS, widthFor } from './issues-format'
import { scopeAbove } from './scope-above'

/** The formats of `evaluate`: those of issues, and NDJSON of the rule results. */
export const EVALUATION_FORMATS = [...ISSUE_FORMATS, 'ndjson'] as const

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
      `${englishCount(s.scopes, 'scope')} (unit × period), ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`,
    data: (errors: number, warnings: number) =>
      `${englishCount(errors, 'error')}, ${englishCount(warnings, 'warning')}`,
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
 * contract's flat form — written as it is made, a result at a time.
 */
function* toJson(report: PipelineReport, lang: Language): Generator<string> {
  const body = {
    valid: report.valid,
    pack: { id: report.pack.id, version: report.pack.version },
    stats: report.validation.stats,
    rules: report.rules,
    results: new JsonList(report.evaluation?.results ?? [], (result: RuleOutcome) =>
      ruleResultJson(result, lang),
    ),
    issues: new JsonList(reportIssues(report), (issue: TiendoIssue) => flattenIssue(issue, lang)),
  }
  yield* jsonChunks(body, 2, { lines: true })
  yield '\n'
}

/**
 * `evaluate --format ndjson`, for machines: one rule result a line (as in `json`'s
 * `results`), then one line per data issue with `"issue": true`; written a line at a time.
 */
function* toNdjson(report: PipelineReport, lang: Language): Generator<string> {
  for (const result of report.evaluation?.results ?? []) {
    yield `${JSON.stringify(ruleResultJson(result, lang))}\n`
  }
  for (const issue of reportIssues(report)) {
    yield `${JSON.stringify({ issue: true, ...flattenIssue(issue, lang) })}\n`
  }
}

/** An evaluation in the `--format` asked for: data issues and rule failures, then the verdicts. */
export function renderEvaluation(
  report: PipelineReport,
  files: readonly string[],
  context: CommandContext,
): string | Iterable<string> {
  const { lang } = context
  const w = words[lang]
  const issues = reportIssues(report)
  const rulesPassed = report.rules.failedBySeverity.error === 0
  const format = formatOf(context) as (typeof EVALUATION_FORMATS)[number]
  const ci = ciIssues(format, files, issues, context, report)
  if (ci !== undefined) return ci
  switch (format) {
    case 'json':
      return toJson(report, lang)
    case 'ndjson':
      return toNdjson(report, lang)
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
      return scopeAbove(lines.join('\n'), report, 'markdown', context)
    }
    default: {
      // pretty
      const color = colorFor(context)
      const p = palette(color)
      const width = widthFor(context)
      const table = renderTable(
        w.header,
        perRule(report.evaluation, lang),
        ['left', 'left', 'right', 'right', 'right'],
        { width },
      )
      const rules = rulesPassed ? p.green(w.rulesPass) : p.red(w.rulesFail)
      const data = report.valid ? p.green(w.dataValid) : p.red(w.dataInvalid)
      return scopeAbove(
        `${table}\n${issues.map((issue) => issueToPretty(issue, lang, color, width)).join('')}${wrapText(`${rules} — ${w.summary(report.rules)}`, width, '  ')}${wrapText(`${data} — ${w.data(report.summary.data.errors, report.summary.data.warnings)}`, width, '  ')}`,
        report,
        'pretty',
        context,
      )
    }
  }
}
