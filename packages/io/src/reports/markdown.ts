import type { Language, TiendoIssue } from '@tiendo/schema'
import { escapeControls } from './control-text'
import { englishCount } from './english-count'
import { issueLabel } from './issue-label'
import { locationText } from './location-text'
import type { ValidationReport } from './validation-report'

/** Escapes text for a Markdown table cell; a control character is written as an escape. */
export function markdownCell(text: string): string {
  return escapeControls(text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>'))
}

/**
 * Text from a pack or a data file for Markdown: `|`, line breaks and backslashes escaped, and
 * no HTML getting through to the rendered page (packs and data are untrusted).
 */
export function markdownText(text: string): string {
  return markdownCell(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}

const words = {
  vi: {
    valid: '✅ Dữ liệu hợp lệ',
    invalid: '❌ Dữ liệu không hợp lệ',
    counts: (s: ValidationReport['stats']) => [
      `${s.files} tệp`,
      `${s.rows} dòng`,
      `${s.errors} lỗi`,
      `${s.warnings} cảnh báo`,
      ...(s.quarantined ? [`${s.quarantined} dòng bị loại (không dùng để tính toán)`] : []),
    ],
    columns: ['Mức', 'Vị trí', 'Mã', 'Vấn đề', 'Cách sửa'],
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  },
  en: {
    valid: '✅ The data is valid',
    invalid: '❌ The data is not valid',
    counts: (s: ValidationReport['stats']) => [
      englishCount(s.files, 'file'),
      englishCount(s.rows, 'row'),
      englishCount(s.errors, 'error'),
      englishCount(s.warnings, 'warning'),
      ...(s.quarantined
        ? [`${englishCount(s.quarantined, 'row')} refused (used in no figure)`]
        : []),
    ],
    columns: ['Severity', 'Where', 'Code', 'Problem', 'How to fix'],
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
} as const

/** A validation report as Markdown, for a pull-request comment or a CI job summary. */
export function validationReportToMarkdown(report: ValidationReport, lang: Language): string {
  const w = words[lang]
  const lines = [
    `## ${report.valid ? w.valid : w.invalid}`,
    '',
    w.counts(report.stats).join(' · '),
    '',
  ]
  if (report.issues.length > 0) lines.push(issuesToMarkdownTable(report.issues, lang), '')
  return `${lines.join('\n')}`
}

/**
 * Issues as a Markdown table. Locations, messages and hints quote the data and the pack,
 * which are untrusted: `&`, `<` and `>` are escaped, so no HTML gets through.
 */
export function issuesToMarkdownTable(issues: readonly TiendoIssue[], lang: Language): string {
  const w = words[lang]
  return [
    `| ${w.columns.join(' | ')} |`,
    `| ${w.columns.map(() => '---').join(' | ')} |`,
    ...issues.map(
      (issue) =>
        `| ${w.severity[issue.severity]} | ${markdownText(locationText(issue.location))} | \`${issueLabel(issue)}\` | ${markdownText(issue.message[lang])} | ${markdownText(issue.hint?.[lang] ?? '')} |`,
    ),
  ].join('\n')
}
