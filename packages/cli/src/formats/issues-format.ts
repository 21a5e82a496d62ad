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
import { BUILT_IN_PACK_IDS } from '@tiendo/packs'
import type { PipelineReport, ValidationResult } from '@tiendo/pipeline'
import type { TiendoIssue } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { stringOption } from '../options'
import { terminalWidth } from '../terminal-width'
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

/** Where users read about Tiendo: SARIF's `informationUri`. */
const INFORMATION_URI = 'https://github.com/tiendo-dev/tiendo'

/** Issues for CI as `junit`, `sarif` or `github` say; `undefined` for any other format. */
export function ciIssues(
  format: string,
  files: readonly string[],
  issues: readonly TiendoIssue[],
  context: CommandContext,
  report?: Pick<PipelineReport, 'datasets'>,
): string | undefined {
  const { lang } = context
  switch (format) {
    case 'junit':
      return issuesToJunit(files, issues, lang)
    case 'sarif':
      return sarif(issues, files, context, report)
    case 'github':
      return issuesToGithubAnnotations(issues, lang)
    default:
      return undefined
  }
}

/**
 * Issues as SARIF, every result with a file, as GitHub code scanning requires: its own, else
 * the records a failed rule counted, the data that gave its indicator, the pack file, or the
 * first file given. Paths inside the working folder are relative to it, others `file://` URIs.
 */
function sarif(
  issues: readonly TiendoIssue[],
  files: readonly string[],
  context: CommandContext,
  report?: Pick<PipelineReport, 'datasets'>,
): string {
  const datasets = report?.datasets ?? []
  const pack = stringOption(context.options.pack)
  const packFile =
    pack !== undefined && !(BUILT_IN_PACK_IDS as readonly string[]).includes(pack)
      ? pack
      : undefined
  const fileOf = (issue: TiendoIssue): string | undefined => {
    const rule = (issue as { rule?: unknown }).rule
    const counted =
      typeof rule === 'string'
        ? datasets.find((d) => d.kind === 'records' && d.rules.includes(rule))
        : undefined
    const indicator = issue.indicator
    const figures =
      indicator === undefined
        ? undefined
        : datasets.find((d) => d.kind === 'observations' && d.indicators.includes(indicator))
    return counted?.id ?? figures?.id ?? packFile ?? files[0] ?? datasets[0]?.id
  }
  return issuesToSarif(
    issues,
    context.lang,
    { version, informationUri: INFORMATION_URI },
    { cwd: context.cwd, fileOf },
  )
}

/** Whether terminal output may be coloured: not into a file, and per NO_COLOR/FORCE_COLOR/TERM. */
export function colorFor(context: CommandContext): boolean {
  return typeof context.options.output !== 'string' && shouldUseColor(context.stdout, context.env)
}

/** The width tables wrap to: the terminal's, else `COLUMNS`, else 80. */
export function widthFor(context: CommandContext): number {
  return terminalWidth(context.stdout, context.env)
}

/**
 * A validation in a format: `json` is the contract's `{ valid, stats, issues }`; `junit`,
 * `sarif` and `github` for CI; `markdown` for a pull-request comment.
 */
export function renderValidation(
  validation: ValidationResult,
  files: readonly string[],
  context: CommandContext,
  sources?: Pick<PipelineReport, 'datasets'>,
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
      return sarif(report.issues, files, context, sources)
    case 'github':
      return issuesToGithubAnnotations(report.issues, lang)
    case 'markdown':
      return validationReportToMarkdown(report, lang)
    case 'pretty':
      return validationReportToPretty(report, lang, colorFor(context), widthFor(context))
  }
}
