import type { LocalizedText, Severity, SourceLocation, TiendoIssue } from '@tiendo/schema'

/** What an issue of this package says, in both languages. @internal */
export interface IssueWording {
  readonly message: LocalizedText
  readonly hint?: LocalizedText
}

/** Where and about what an issue is. @internal */
export interface IssueContext {
  readonly location?: SourceLocation | undefined
  readonly related?: readonly SourceLocation[] | undefined
  readonly indicator?: string | undefined
  readonly unit?: string | undefined
  readonly period?: string | undefined
}

/** Builds a {@link TiendoIssue}, leaving out what is unknown. @internal */
export function makeIssue(
  code: string,
  severity: Severity,
  wording: IssueWording,
  context: IssueContext = {},
): TiendoIssue {
  const issue: TiendoIssue = { code, severity, message: wording.message }
  if (wording.hint !== undefined) issue.hint = wording.hint
  if (context.location !== undefined) issue.location = context.location
  if (context.indicator !== undefined) issue.indicator = context.indicator
  if (context.unit !== undefined) issue.unit = context.unit
  if (context.period !== undefined) issue.period = context.period
  if (context.related !== undefined && context.related.length > 0) {
    issue.related = [...context.related]
  }
  return issue
}

/** A location as text for messages: `data.csv:12 (value)`, or `a JSON path`. @internal */
export function describeLocation(location: SourceLocation | undefined): string {
  if (location === undefined) return '?'
  const file = location.file ?? ''
  const sheet = location.sheet !== undefined ? `[${location.sheet}]` : ''
  if (location.row !== undefined) return `${file}${sheet}:${location.row}`
  if (location.path !== undefined) return `${file}${sheet}#${location.path}`
  return file === '' ? '?' : `${file}${sheet}`
}
