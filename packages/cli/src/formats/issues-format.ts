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

/** Whether terminal output may be coloured: not into a file, and per NO_COLOR/FORCE_COLOR. */
export function colorFor(context: CommandContext): boolean {
  return typeof context.options.output !== 'string' && shouldUseColor(context.stdout, context.env)
}

/**
 * A validation report in a format: `json` is the contract's `{ valid, stats, issues }`;
 * `junit`, `sarif` and `github` for CI; `markdown` for a pull-request comment.
 */
export function renderValidation(
  report: ValidationReport,
  files: readonly string[],
  context: CommandContext,
): string {
  const sorted: ValidationReport = { ...report, issues: sortIssues(report.issues) }
  const { lang } = context
  switch (formatOf(context)) {
    case 'json':
      return validationReportToJson(sorted, lang)
    case 'junit':
      return issuesToJunit(files, sorted.issues, lang)
    case 'sarif':
      return issuesToSarif(sorted.issues, lang, {
        version,
        informationUri: 'https://github.com/tiendo-dev/tiendo',
      })
    case 'github':
      return issuesToGithubAnnotations(sorted.issues, lang)
    case 'markdown':
      return validationReportToMarkdown(sorted, lang)
    case 'pretty':
      return validationReportToPretty(sorted, lang, colorFor(context))
  }
}
