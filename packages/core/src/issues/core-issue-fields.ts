import type { IssueUnion, Name, SourceLocation, TiendoIssue } from '@tiendo/schema'
import type { DerivationMethod } from '../derive/provenance'

/** The typed fields of an `unknown_unit` error (the reference is the issue's `unit`). */
export interface UnknownUnitFields {
  /** The keys of the units the reference most likely meant (`85` for `58`), best first; empty when none is close. */
  readonly suggestions: readonly string[]
  /** The names of the units in `suggestions`, in the same order, as the pack gives them. */
  readonly suggestionNames: readonly Name[]
  /**
   * For a dated reference (`56@2025-07-01`) whose code is known: the days the units with this
   * code start on (`null` for one valid from the start). Left out otherwise.
   */
  readonly starts?: readonly (string | null)[] | undefined
}

/** A unit named in an issue: its name and its validity, as the pack gives them. */
export interface UnitValidity {
  /** The unit's name. */
  readonly name: Name
  /** The first day the unit exists (`YYYY-MM-DD`); left out when it always has. */
  readonly validFrom?: string | undefined
  /** The last day the unit exists (`YYYY-MM-DD`); left out when it still does. */
  readonly validTo?: string | undefined
}

/**
 * The typed fields of a `unit_not_valid_in_period` error: no unit the reference (the issue's
 * `unit`) names exists during the period (the issue's `period`).
 */
export interface UnitNotValidInPeriodFields {
  /** The units the reference names, with their validity. */
  readonly units: readonly UnitValidity[]
  /** The keys of the units that took over from them, where the figure belongs. */
  readonly successors: readonly string[]
  /** The names of the units in `successors`, in the same order. */
  readonly successorNames: readonly Name[]
  /**
   * The keys of the units with this code formed after the period: writing one reads the
   * figure as recomputed for its territory.
   */
  readonly laterUnits: readonly string[]
}

/**
 * The typed fields of a `unit_validity_straddles_period` warning: the period (the issue's
 * `period`) is only partly inside the validity of the unit the figure is attached to.
 */
export interface UnitValidityStraddlesPeriodFields {
  /** The unit's name. */
  readonly unitName: Name
  /** The first day the unit exists (`YYYY-MM-DD`); left out when it always has. */
  readonly validFrom?: string | undefined
  /** The last day the unit exists (`YYYY-MM-DD`); left out when it still does. */
  readonly validTo?: string | undefined
  /** The part of the period the unit exists, as a period (`2025-07/2025-12`). */
  readonly validPart: string
}

/**
 * The typed fields of a `unit_backcast` note: a dated reference names a unit for a period
 * before it was formed.
 */
export interface UnitBackcastFields {
  /** The unit's name. */
  readonly unitName: Name
  /** The first day the unit exists (`YYYY-MM-DD`). */
  readonly validFrom?: string | undefined
  /** The last day the unit exists (`YYYY-MM-DD`); left out when it still does. */
  readonly validTo?: string | undefined
}

/**
 * The typed fields of a `duplicate_observation` warning (the first copy's location is the
 * issue's `related`).
 */
export interface DuplicateObservationFields {
  /** The figure both rows give, as Tiendo writes it: `71.5`, `≥ 5`, `10–20`. */
  readonly value: string
}

/** One of the figures given for the same indicator × unit × period, and where. */
export interface LocatedValue {
  /** The figure as Tiendo writes it: `61.12`, `≥ 5`, `10–20`. */
  readonly value: string
  /** The row that gives it, where known. */
  readonly location?: SourceLocation | undefined
}

/** The typed fields of a `conflicting_observation` error. */
export interface ConflictingObservationFields {
  /** Every figure given, in the order read: this row's last. */
  readonly values: readonly LocatedValue[]
}

/**
 * The typed fields of a `duplicate_record` warning and a `conflicting_record` error (the
 * first record's location is the issue's `related`, its unit the issue's `unit`).
 */
export interface RecordFields {
  /** The record's `kind`. */
  readonly kind: string
  /** The record's `id`; left out when it has none (it is then told by its title and date). */
  readonly id?: string | undefined
  /** The record's title. */
  readonly title: string
  /** The record's date (`YYYY-MM-DD`). */
  readonly date: string
}

/**
 * The typed fields of a `derived_value_differs` warning: a submitted figure and the one
 * derived from its parts differ beyond the indicator's `tolerance`.
 */
export interface DerivedValueDiffersFields {
  /** The submitted figure, as Tiendo writes it (`87.5`, `≥ 5`). */
  readonly value: string
  /** The derived figure, to 12 significant digits. */
  readonly derived: string
  /** How the figure was derived. */
  readonly method: DerivationMethod
  /** The derivation that gave it (an indicator's derivation, or the aggregation's rule). */
  readonly rule: string
  /** The relative difference allowed, as a decimal (`0.01` for 1%). */
  readonly tolerance: string
  /**
   * The relative difference between the two figures, as a decimal to 3 significant digits
   * (`0.0523`); left out when the submitted figure is 0 (any difference is then too much).
   */
  readonly difference?: string | undefined
}

/** The typed fields of each code `@tiendo/core` reports about submitted data. */
export interface CoreIssueFields {
  readonly unknown_unit: UnknownUnitFields
  readonly unit_not_valid_in_period: UnitNotValidInPeriodFields
  readonly unit_validity_straddles_period: UnitValidityStraddlesPeriodFields
  readonly unit_backcast: UnitBackcastFields
  readonly duplicate_observation: DuplicateObservationFields
  readonly conflicting_observation: ConflictingObservationFields
  readonly duplicate_record: RecordFields
  readonly conflicting_record: RecordFields
  readonly derived_value_differs: DerivedValueDiffersFields
}

/**
 * An issue `@tiendo/core` reports about submitted data, as a union keyed on `code`:
 * narrowing on `code` gives the code's typed fields.
 */
export type CoreIssue = IssueUnion<CoreIssueFields>

/**
 * Whether an issue has a given code of `@tiendo/core`, narrowing it to that code's fields.
 *
 * @example
 * if (isCoreIssue(issue, 'unknown_unit')) console.log(issue.suggestions)
 */
export function isCoreIssue<Code extends keyof CoreIssueFields & string>(
  issue: TiendoIssue,
  code: Code,
): issue is Extract<CoreIssue, { code: Code }> {
  return issue.code === code
}
