import type { Language, TiendoIssue } from '@tiendo/schema'
import { typedFields } from '@tiendo/schema'

/** What `validate` found in a set of files. */
export interface ValidationReport {
  /** `true` when no issue has severity `error`. */
  valid: boolean
  stats: ValidationStats
  issues: TiendoIssue[]
}

/** Counts that say how much was checked. */
export interface ValidationStats {
  files: number
  rows: number
  observations: number
  records: number
  errors: number
  warnings: number
  /** Rows refused by validation and left out of every figure after it. Defaults to none. */
  quarantined?: number | undefined
}

/**
 * One issue as `validate --format json` prints it: flat, in one language (the CLI contract).
 * The typed fields of its code follow `code` (`"rule": "fibre_no_fall"` for `rule_failed`;
 * `"limit"`, `"max"`, `"stoppedReading"`… for `limit_exceeded`): a program reads them, not
 * the message.
 */
export interface FlatIssue {
  code: string
  /** The typed fields of the code (see the issue-code reference). */
  [field: string]: unknown
  severity: TiendoIssue['severity']
  message: string
  file: string | null
  row: number | null
  column: string | null
  path?: string
  sheet?: string
  indicator: string | null
  unit: string | null
  period: string | null
  hint: string | null
  related?: Array<{ file: string | null; row: number | null; path?: string }>
}

/** Flattens an issue for JSON output in one language. */
export function flattenIssue(issue: TiendoIssue, lang: Language): FlatIssue {
  const location = issue.location ?? {}
  const flat: FlatIssue = {
    code: issue.code,
    ...typedFields(issue),
    severity: issue.severity,
    message: issue.message[lang],
    file: location.file ?? null,
    row: location.row ?? null,
    column: location.column ?? null,
    indicator: issue.indicator ?? null,
    unit: issue.unit ?? null,
    period: issue.period ?? null,
    hint: issue.hint?.[lang] ?? null,
  }
  if (location.path !== undefined) flat.path = location.path
  if (location.sheet !== undefined) flat.sheet = location.sheet
  if (issue.related?.length) {
    flat.related = issue.related.map((place) => ({
      file: place.file ?? null,
      row: place.row ?? null,
      ...(place.path === undefined ? {} : { path: place.path }),
    }))
  }
  return flat
}

/** `validate --format json`: `{ valid, stats, issues: [...] }`. */
export function validationReportToJson(report: ValidationReport, lang: Language): string {
  const body = {
    valid: report.valid,
    stats: report.stats,
    issues: report.issues.map((issue) => flattenIssue(issue, lang)),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** Issues in a stable order: by file, then row, then JSON path, then code. */
export function sortIssues(issues: readonly TiendoIssue[]): TiendoIssue[] {
  return [...issues].sort((a, b) => {
    const fa = a.location?.file ?? ''
    const fb = b.location?.file ?? ''
    if (fa !== fb) return fa < fb ? -1 : 1
    const ra = a.location?.row ?? 0
    const rb = b.location?.row ?? 0
    if (ra !== rb) return ra - rb
    const pa = a.location?.path ?? ''
    const pb = b.location?.path ?? ''
    if (pa !== pb) return pa < pb ? -1 : 1
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
  })
}
