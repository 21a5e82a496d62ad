import type { DecimalInput, Qualifier, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'

/** A value as a fact source gives it: a decimal string, a finite number or a `Decimal`. */
export type SourceValue = DecimalInput | Decimal

/**
 * One value of a series: a period and its value, with how exact it is (as observations
 * say: `more_than 90` is a lower bound, a `range` has `low` and `high` and perhaps no value).
 * Assessments take qualified values for what they are.
 */
export interface SeriesPoint {
  readonly period: string
  readonly value?: SourceValue | undefined
  readonly qualifier?: Qualifier | undefined
  readonly low?: SourceValue | undefined
  readonly high?: SourceValue | undefined
}

/** Which records to count: one kind, of one unit, dated within a period, with these statuses. */
export interface RecordCountQuery {
  readonly kind: string
  readonly unit: Unit
  /** A period string; a record counts when its date lies within the period. */
  readonly period: string
  /** The statuses that count, e.g. `['completed']`. */
  readonly statuses: readonly string[]
}

/**
 * The data rules are evaluated over: units, values and records, read synchronously (load
 * the data first; rules never wait on I/O). `@tiendo/rules` computes every fact from these
 * few questions, caching answers per scope, so any store can back it:
 * {@link createMemoryFactSource} for plain arrays, {@link datasetFactSource} for a
 * `@tiendo/core` dataset and unit registry.
 *
 * Units are the schema's `Unit` objects. A source must give back the same object for the
 * same unit each time: facts compare units by identity.
 */
export interface FactSource {
  /**
   * The units valid at some time during a period, optionally only those of some kinds, in
   * a stable order.
   */
  units(period: string, kinds?: readonly string[]): readonly Unit[]
  /**
   * The unit a reference names in a period: a code resolves to the unit valid then (`56` in
   * 2024 is the old Khánh Hòa), `code@YYYY-MM-DD` to the unit starting that day.
   * `undefined` when none.
   */
  unit(ref: string, period: string): Unit | undefined
  /** The units whose parent is this unit, valid at some time during a period. */
  children(unit: Unit, period: string): readonly Unit[]
  /**
   * The kinds of the units with a value of any of these indicators, in any period, and the
   * kinds of every unit above them: which of a unit's children facts that combine them
   * (`coverage`, `children_sum`) count, as the pipeline's aggregates do — a province's own
   * departments are not missing communes. Optional: without it, every child counts.
   */
  reportingKinds?(indicators: readonly string[]): ReadonlySet<string>
  /** The value of an indicator for a unit and exactly this period; `undefined` when none. */
  value(indicator: string, unit: Unit, period: string): SourceValue | undefined
  /**
   * The figure of an indicator for a unit and exactly this period, with its qualifier (a
   * bound, a range): what facts that combine units read, so "more than 90" stays a bound.
   * Optional: without it, `value` is read as an exact figure.
   */
  point?(indicator: string, unit: Unit, period: string): SeriesPoint | undefined
  /** Every value of an indicator for a unit, any period (facts select and order them). */
  series(indicator: string, unit: Unit): readonly SeriesPoint[]
  /** How many records match a query. */
  recordCount(query: RecordCountQuery): number
  /**
   * The first and last periods that hold data, used for rules whose scope names no
   * periods when the evaluation does not either. Optional.
   */
  periodRange?(): { readonly from: string; readonly to: string } | undefined
  /**
   * The first and last years (`2022`, `2024`) of the records of a kind, used for rules that
   * count records and name no periods. Optional: without it, `periodRange` is used.
   */
  recordRange?(kind: string): { readonly from: string; readonly to: string } | undefined
}
