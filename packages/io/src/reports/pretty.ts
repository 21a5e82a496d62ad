import type { Language, TiendoIssue } from '@tiendo/schema'
import { palette } from './color'
import { escapeControls } from './control-text'
import { issueLabel } from './issue-label'
import { locationText } from './location-text'
import { wrapText } from './table'
import type { ValidationReport } from './validation-report'
import { validationSummary } from './validation-summary'

const words = {
  vi: {
    valid: 'Hợp lệ',
    invalid: 'Không hợp lệ',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    fix: 'cách sửa',
  },
  en: {
    valid: 'Valid',
    invalid: 'Not valid',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: 'how to fix',
  },
} as const

/**
 * One issue for a terminal: location, severity, message, and the hint on the next line.
 * Given `width`, its lines are broken between words to fit it, the location staying first (an
 * editor's `file:row`), the rest indented under it; without, each stays one line.
 */
export function issueToPretty(
  issue: TiendoIssue,
  lang: Language,
  color = false,
  width?: number,
): string {
  const p = palette(color)
  const tint = issue.severity === 'error' ? p.red : issue.severity === 'warning' ? p.yellow : p.cyan
  // What the data and the pack say is shown, never obeyed: no escape sequence, no line break.
  const where = escapeControls(locationText(issue.location))
  const head = `${where ? `${p.bold(where)} ` : ''}${tint(words[lang].severity[issue.severity])} ${p.dim(issueLabel(issue))}: ${escapeControls(issue.message[lang])}`
  const hint = issue.hint
    ? `${p.dim(`${words[lang].fix}:`)} ${escapeControls(issue.hint[lang])}`
    : undefined
  if (width === undefined) return hint ? `${head}\n  ${hint}\n` : `${head}\n`
  // The hint sits two columns in, its own further lines two more.
  const hinted = hint
    ? wrapText(hint, width - 2, '  ')
        .split('\n')
        .slice(0, -1)
        .map((line) => `  ${line}\n`)
        .join('')
    : ''
  return `${wrapText(head, width, '  ')}${hinted}`
}

/** A validation report for a terminal; given `width`, every line fits it (see {@link issueToPretty}). */
export function validationReportToPretty(
  report: ValidationReport,
  lang: Language,
  color = false,
  width?: number,
): string {
  const p = palette(color)
  const w = words[lang]
  const verdict = report.valid ? p.green(`✔ ${w.valid}`) : p.red(`✘ ${w.invalid}`)
  const summary = `${verdict} — ${validationSummary(report.stats, lang)}`
  return `${report.issues.map((issue) => issueToPretty(issue, lang, color, width)).join('')}${width === undefined ? `${summary}\n` : wrapText(summary, width, '  ')}`
}
