/**
 * The report of a run: everything the pipeline found, typed by the packages that produce it
 * (core's derived figures, the rules' evaluation and target reports, forecast's
 * assessments). Every renderer and every output format reads this one object.
 */

import type { DataPoint, Dataset, UnitRegistry, WithheldFigure } from '@tiendo/core'
import type { Evaluation, TargetReport } from '@tiendo/rules'
import type { Indicator, LocalizedText, Name, Severity, TiendoIssue } from '@tiendo/schema'

/** Counts that say how much was read and checked. */
export interface ValidationStats {
  /** Sources read. */
  readonly files: number
  /** Data rows read, header rows not counted. */
  readonly rows: number
  /** Rows read as observations (valid in shape; some may be refused later). */
  readonly observations: number
  /** Rows read as records. */
  readonly records: number
  /** Issues of severity `error`, counted whatever the cap on issues kept. */
  readonly errors: number
  readonly warnings: number
  /** Observations and records refused and left out of everything after validation. */
  readonly quarantined: number
}

/** Validation: what is wrong with the data, and whether anything is (`valid`). */
export interface ValidationResult {
  /** `true` when no data issue has severity `error`. Rule results never count here. */
  readonly valid: boolean
  readonly stats: ValidationStats
  /**
   * The data's issues in a stable order (file, row, path, code): reading, rows, references,
   * duplicates and conflicts, data-quality rules, and submitted figures that derived ones
   * contradict. Past the cap, one `too_many_issues` warning; later ones are only counted.
   */
  readonly issues: readonly TiendoIssue[]
}

/** The figures derived, and those tried and withheld. */
export interface DerivedFigures {
  /** Each derived figure, with its provenance in `derived`. */
  readonly figures: readonly DataPoint[]
  readonly withheld: readonly WithheldFigure[]
}

/** Rule outcomes (the data-quality rules are part of validation, not counted here). */
export interface RulesSummary {
  /** Distinct unit × period scopes evaluated. */
  readonly scopes: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
  readonly failedBySeverity: Readonly<Record<Severity, number>>
}

/** A source of the run, as reports name and label it. */
export interface ReportDataset {
  readonly id: string
  readonly title: LocalizedText
  readonly kind: 'observations' | 'records'
  /** Invented data: everything resting on it is labelled illustrative. */
  readonly illustrative: boolean
  /** Officially published figures. */
  readonly published: boolean
  readonly origin?: string | undefined
  /** Observation sources: the indicators it gave figures of. */
  readonly indicators: readonly string[]
  /** Record sources: the rules counting its records (their results rest on it). */
  readonly rules: readonly string[]
}

/** The part of the unit tree a run was limited to. */
export interface ReportScope {
  /**
   * The units named, as given: the run covered them, every unit under them and the units
   * they were formed from or became, and left out every row of other units.
   */
  readonly units: readonly string[]
}

/** Assessment statuses counted. */
export type StatusCounts = Readonly<Record<string, number>>

/** The one-line answers of a run. */
export interface ReportSummary {
  readonly valid: boolean
  readonly data: {
    readonly errors: number
    readonly warnings: number
    readonly quarantined: number
  }
  readonly rules: RulesSummary
  /** Series with a target, by status. */
  readonly targets: StatusCounts
  /** Series without a target, by status. */
  readonly trends: StatusCounts
  readonly derived: { readonly figures: number; readonly withheld: number }
}

/** Everything a run found. */
export interface PipelineReport {
  readonly title: LocalizedText
  readonly pack: {
    readonly id: string
    readonly version: string
    readonly title: LocalizedText
  }
  /** When the report was made (ISO date-time); absent for reproducible output. */
  readonly generatedAt?: string | undefined
  /** No data error: the same answer as `validation.valid`, in every command and format. */
  readonly valid: boolean
  /** A source could not be read, or not to its end: the data was not all checked. */
  readonly cannotRead: boolean
  /** The part of the unit tree the run was limited to (`units`); absent when it covered every unit. */
  readonly scope?: ReportScope | undefined
  readonly validation: ValidationResult
  readonly derived: DerivedFigures
  /**
   * Every rule's results, the data-quality rules' (run in validation over what was
   * submitted) among them; absent when rules were not evaluated.
   */
  readonly evaluation?: Evaluation | undefined
  /**
   * The ids of the pack's data-quality rules (`bounds`, `no_regression`…). Validation runs
   * them, and their failures are data issues in `validation.issues`.
   */
  readonly dataQualityRules: readonly string[]
  readonly rules: RulesSummary
  /** Progress to every target (and trends); empty when not assessed. */
  readonly targets: readonly TargetReport[]
  readonly datasets: readonly ReportDataset[]
  /** The pack's indicators, for the names and units of what the report shows. */
  readonly indicators: readonly Indicator[]
  /** The pack's description of each rule that has one, by rule id: what rule tables show. */
  readonly ruleDescriptions?: Readonly<Record<string, Partial<LocalizedText>>> | undefined
  /** Unit names by key, for results that name units by key. */
  readonly unitNames: Readonly<Record<string, Name>>
  readonly summary: ReportSummary
  /** The submitted figures that were not refused, the derived ones, and the records. */
  readonly dataset: Dataset
  readonly units: UnitRegistry
}
