import type { Language, TiendoIssue } from '@tiendo/schema'
import { palette } from './color'
import { issueLabel } from './issue-label'
import { locationText } from './location-text'
import type { ValidationReport } from './validation-report'

/** `1 file`, `2 files`: English counts agree with their number (Vietnamese nouns do not change). */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

const words = {
  vi: {
    valid: 'Hợp lệ',
    invalid: 'Không hợp lệ',
    summary: (s: ValidationReport['stats']) =>
      `${s.files} tệp, ${s.rows} dòng, ${s.errors} lỗi, ${s.warnings} cảnh báo${s.quarantined ? `; ${s.quarantined} dòng bị loại, không dùng để tính toán` : ''}`,
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    fix: 'cách sửa',
  },
  en: {
    valid: 'Valid',
    invalid: 'Not valid',
    summary: (s: ValidationReport['stats']) =>
      `${count(s.files, 'file')}, ${count(s.rows, 'row')}, ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}${s.quarantined ? `; ${count(s.quarantined, 'row')} refused, used in no figure` : ''}`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: 'how to fix',
  },
} as const

/** One issue for a terminal: location, severity, message, and the hint on the next line. */
export function issueToPretty(issue: TiendoIssue, lang: Language, color = false): string {
  const p = palette(color)
  const tint = issue.severity === 'error' ? p.red : issue.severity === 'warning' ? p.yellow : p.cyan
  const where = locationText(issue.location)
  const head = `${where ? `${p.bold(where)} ` : ''}${tint(words[lang].severity[issue.severity])} ${p.dim(issueLabel(issue))}: ${issue.message[lang]}`
  return issue.hint
    ? `${head}\n  ${p.dim(`${words[lang].fix}:`)} ${issue.hint[lang]}\n`
    : `${head}\n`
}

/** A validation report for a terminal. */
export function validationReportToPretty(
  report: ValidationReport,
  lang: Language,
  color = false,
): string {
  const p = palette(color)
  const w = words[lang]
  const verdict = report.valid ? p.green(`✔ ${w.valid}`) : p.red(`✘ ${w.invalid}`)
  return `${report.issues.map((issue) => issueToPretty(issue, lang, color)).join('')}${verdict} — ${w.summary(report.stats)}\n`
}
