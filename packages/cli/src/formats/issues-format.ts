import type { ValidationReport } from '@tiendo/io'
import {
  issuesToGithubAnnotations,
  issuesToJunit,
  issuesToSarif,
  shouldUseColor,
  sortIssues,
  validationReportToJson,
  validationReportToMarkdown,
  validationReportToPretty,
} from '@tiendo/io'
import type { ValidationResult } from '@tiendo/pipeline'
import type { Language, TiendoIssue } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { version } from '../version'

/** The formats of commands whose result is a list of issues. */
export const ISSUE_FORMATS = ['pretty', 'json', 'junit', 'sarif', 'github', 'markdown'] as const

/** One of {@link ISSUE_FORMATS}. */
export type IssueFormat = (typeof ISSUE_FORMATS)[number]

/** The `--format` asked for, `pretty` by default. */
export function formatOf(context: CommandContext): IssueFormat {
  const format = context.options.format
  return typeof format === 'string' ? (format as IssueFormat) : 'pretty'
}

/** Issues for CI as `junit`, `sarif` or `github` say; `undefined` for any other format. */
export function ciIssues(
  format: string,
  files: readonly string[],
  issues: readonly TiendoIssue[],
  lang: Language,
): string | undefined {
  switch (format) {
    case 'junit':
      return issuesToJunit(files, issues, lang)
    case 'sarif':
      return issuesToSarif(issues, lang, { version })
    case 'github':
      return issuesToGithubAnnotations(issues, lang)
    default:
      return undefined
  }
}

/** Whether terminal output may be coloured: not into a file, and per NO_COLOR/FORCE_COLOR. */
export function colorFor(context: CommandContext): boolean {
  return typeof context.options.output !== 'string' && shouldUseColor(context.stdout, context.env)
}

/** The width tables wrap to: the terminal's, else `COLUMNS`, else 80. */
export function widthFor(context: CommandContext): number {
  const columns = (context.stdout as { columns?: unknown }).columns
  if (typeof columns === 'number' && columns > 0) return columns
  const fromEnv = Number(context.env.COLUMNS)
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80
}

/**
 * A validation in a format: `json` is the contract's `{ valid, stats, issues }`; `junit`,
 * `sarif` and `github` for CI; `markdown` for a pull-request comment.
 */
export function renderValidation(
  validation: ValidationResult,
  files: readonly string[],
  context: CommandContext,
): string {
  const report: ValidationReport = {
    valid: validation.valid,
    stats: { ...validation.stats },
    issues: sortIssues(validation.issues),
  }
  const { lang } = context
  switch (formatOf(context)) {
    case 'json':
      return validationReportToJson(report, lang)
    case 'junit':
      return issuesToJunit(files, report.issues, lang)
    case 'sarif':
      return issuesToSarif(report.issues, lang, {
        version,
        informationUri: 'https://github.com/tiendo-dev/tiendo',
      })
    case 'github':
      return issuesToGithubAnnotations(report.issues, lang)
    case 'markdown':
      return validationReportToMarkdown(report, lang)
    case 'pretty':
      return validationReportToPretty(report, lang, colorFor(context), widthFor(context))
  }
}
