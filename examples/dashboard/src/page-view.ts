/**
 * What the page shows of a report, in one language: plain data (no `Decimal`, no `Map`), so
 * the worker that ran the pipeline can post it to the page as it is.
 */

import type { Language, LocalizedText, Severity } from '@tiendo/schema'

/** One data issue, located, with the CLI's message and hint in the page's language. */
export interface IssueView {
  /** Its place in the report's order (file, row, path, code): the table's default order. */
  readonly index: number
  readonly code: string
  /** The id of the pack's rule that failed, for `rule_failed`; `null` for any other code. */
  readonly rule: string | null
  readonly severity: Severity
  readonly message: string
  readonly hint: string
  readonly file: string | null
  readonly sheet: string | null
  readonly row: number | null
  readonly column: string | null
  /** A JSON Pointer, for JSON sources. */
  readonly path: string | null
  /** Where, as the CLI writes it (`quy-3.csv:12:value`). */
  readonly where: string
  readonly indicator: string | null
  readonly unit: string | null
  readonly period: string | null
  /** The key of its row in the data grid (the line, or `/3` in a JSON file), if it has one. */
  readonly rowKey: string | null
}

/** A rule's results by unit and period, the units with failures first. */
export interface RuleView {
  readonly id: string
  readonly description: string | null
  readonly severity: Severity
  readonly illustrative: boolean
  readonly periods: readonly string[]
  /** Each period as people read it (`năm 2024`). */
  readonly periodLabels: readonly string[]
  readonly units: readonly RuleUnitView[]
  readonly failed: number
}

/** One unit's row of a rule: the outcome in each period (`null` where not evaluated). */
export interface RuleUnitView {
  readonly key: string
  readonly label: string
  readonly outcomes: readonly (RuleCell | null)[]
  readonly failed: number
}

/** One unit × period result of a rule. */
export interface RuleCell {
  readonly outcome: 'passed' | 'failed' | 'skipped'
  /** The rule's message for a failure. */
  readonly message: string | null
}

/** A target of a series and how it stands. */
export interface TargetView {
  readonly text: string
  readonly outcome: string
  readonly outcomeLabel: string
}

/** One assessed series: an indicator for a unit, with its chart. */
export interface SeriesView {
  readonly key: string
  readonly indicatorId: string
  readonly indicator: string
  readonly unitKey: string
  readonly unit: string
  readonly status: string
  /** The assessment method (`cagr`, `linear`…). */
  readonly method: string
  readonly statusLabel: string
  readonly tone: string
  readonly latest: string | null
  readonly targets: readonly TargetView[]
  readonly explanation: string | null
  /** Some of its values were derived, not submitted. */
  readonly derived: boolean
  readonly illustrative: boolean
  /** Whether it has values to chart: its chart (`seriesChartSvg`) is drawn on demand. */
  readonly charted: boolean
}

/** A derived (or withheld) figure as the report lists it: indicator, unit, period, value, how. */
export interface DerivedView {
  readonly unitKey: string
  readonly cells: readonly [string, string, string, string, string]
}

/** A unit the report names, for the units filter. */
export interface UnitOption {
  readonly key: string
  readonly label: string
}

/** A source of the run, for the data grid's file chooser. */
export interface FileView {
  readonly name: string
  readonly kind: 'observations' | 'records'
  readonly issues: number
}

/** Everything the page shows of a run, in one language. */
export interface PageView {
  readonly lang: Language
  readonly valid: boolean
  readonly cannotRead: boolean
  readonly pack: { readonly id: string; readonly version: string; readonly title: string }
  readonly stats: {
    readonly files: number
    readonly rows: number
    readonly errors: number
    readonly warnings: number
    readonly quarantined: number
  }
  readonly rulesSummary: {
    readonly scopes: number
    readonly passed: number
    readonly failed: number
    readonly skipped: number
  }
  readonly issues: readonly IssueView[]
  readonly files: readonly FileView[]
  readonly rules: readonly RuleView[]
  /** Rules that could not be evaluated at all. */
  readonly ruleProblems: readonly string[]
  readonly series: readonly SeriesView[]
  /** The first derived figures (the JSON report has them all), and how many there are. */
  readonly derived: readonly DerivedView[]
  readonly derivedTotal: number
  /** The first figures withheld, with why, and how many there are. */
  readonly withheld: readonly DerivedView[]
  readonly withheldTotal: number
  readonly units: readonly UnitOption[]
}

/** Why a run could not start (a pack that cannot be used), in both languages. */
export interface RunFailure {
  readonly code: string
  readonly text: LocalizedText
  readonly hint: LocalizedText | null
  /** The pack's problems, each located (`tinh.pack.json /rules/0/severity`). */
  readonly problems: readonly { readonly where: string; readonly message: LocalizedText }[]
}
