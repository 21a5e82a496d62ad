/**
 * The issues table's filters and order: by severity and code, sorted by a column, both ways.
 */

import type { Severity } from '@tiendo/schema'
import type { IssueView } from './page-view'

/** A column the issues table sorts by. */
export type IssueSortKey = 'index' | 'severity' | 'file' | 'row' | 'column' | 'code' | 'message'

/** How the table is filtered and sorted. */
export interface IssueQuery {
  readonly severity: Severity | 'all'
  readonly code: string
  readonly sort: IssueSortKey
  readonly descending: boolean
}

/** The table as it opens: every issue, in the report's order (file, line, code). */
export const DEFAULT_QUERY: IssueQuery = {
  severity: 'all',
  code: 'all',
  sort: 'index',
  descending: false,
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function compare(a: IssueView, b: IssueView, key: IssueSortKey): number {
  switch (key) {
    case 'index':
      return a.index - b.index
    case 'severity':
      return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    case 'row':
      return (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER)
    default: {
      const x = a[key] ?? ''
      const y = b[key] ?? ''
      return x < y ? -1 : x > y ? 1 : 0
    }
  }
}

/** The issues the query keeps, in its order (ties keep the report's order). */
export function queryIssues(issues: readonly IssueView[], query: IssueQuery): IssueView[] {
  const kept = issues.filter(
    (issue) =>
      (query.severity === 'all' || issue.severity === query.severity) &&
      (query.code === 'all' || issueKind(issue) === query.code),
  )
  const sign = query.descending ? -1 : 1
  return kept.sort((a, b) => sign * compare(a, b, query.sort) || a.index - b.index)
}

/**
 * What the code filter tells apart: the code, and for a failed rule the rule too
 * (`rule_failed · fibre_no_fall`), so that each rule of the pack is a choice of its own.
 */
export function issueKind(issue: Pick<IssueView, 'code' | 'rule'>): string {
  return issue.rule === null ? issue.code : `${issue.code} · ${issue.rule}`
}

/** The kinds of issue present (see `issueKind`), each with how many, most frequent first. */
export function codeCounts(issues: readonly IssueView[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const issue of issues) {
    const kind = issueKind(issue)
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
