import type { Name } from '@tiendo/schema'

/**
 * The typed fields of an `unknown_indicator` error: a row names an indicator the pack does
 * not declare (the row's id is the issue's `indicator`).
 */
export interface UnknownIndicatorFields {
  /** The id of the pack the row was checked against (`ninh-thuan`). */
  readonly pack: string
  /** The pack's indicator ids the row most likely meant, best first (none when none is close). */
  readonly suggestions: readonly string[]
}

/** Which figure of an observation a bound applies to. */
export type BoundedFigure = 'value' | 'low' | 'high'

/**
 * The typed fields of a `value_out_of_bounds` issue: a figure of a row lies outside its
 * indicator's `bounds` (the indicator's own severity for them, `error` by default).
 */
export interface ValueOutOfBoundsFields {
  /** The figure outside the bounds: the value, or an end of a range (`low`, `high`). */
  readonly field: BoundedFigure
  /** The figure as written in the row (`875`). */
  readonly value: string
  /** The indicator's lower bound as a decimal (`0`); left out when it has none. */
  readonly min?: string | undefined
  /** The indicator's upper bound as a decimal (`100`); left out when it has none. */
  readonly max?: string | undefined
  /** The indicator's name, as the pack gives it. */
  readonly indicatorName: Name
  /** The indicator's unit of measure, as the pack gives it (`percent`, `count`…). */
  readonly indicatorUnit: string
}

/**
 * The typed fields of a `value_not_whole` error: a figure of a row has decimals, or dots
 * between thousands, and its indicator takes whole numbers (a `count`, a `rank`, or
 * `wholeNumbers: true`).
 */
export interface ValueNotWholeFields {
  /** The figure that is not whole: the value, or an end of a range (`low`, `high`). */
  readonly field: BoundedFigure
  /** The figure as written in the row (`1.250`). */
  readonly value: string
  /**
   * The whole number the figure reads as when its dots stand between thousands (`1250` for
   * `1.250`); left out when it cannot be read so (`1.5`).
   */
  readonly thousands?: string | undefined
  /**
   * The whole number the figure is within a calculation's floating-point noise of, as Excel
   * shows it (`75` for `75.00000000000001`); left out otherwise.
   */
  readonly rounded?: string | undefined
  /** The indicator's name, as the pack gives it. */
  readonly indicatorName: Name
  /** The indicator's unit of measure, as the pack gives it (`count`, `rank`…). */
  readonly indicatorUnit: string
}

/** The typed fields of an `observation_in_future` error (the row's period is its `period`). */
export interface ObservationInFutureFields {
  /** The day of the check (`YYYY-MM-DD`): the period starts after it. */
  readonly today: string
}

/** The typed fields of a `record_in_future` error. */
export interface RecordInFutureFields {
  /** The record's date (`YYYY-MM-DD`). */
  readonly date: string
  /** The day of the check (`YYYY-MM-DD`): the record is dated after it. */
  readonly today: string
}

/** The typed fields of an `unknown_record_kind` warning: no indicator or rule counts the kind. */
export interface UnknownRecordKindFields {
  /** The record's `kind`. */
  readonly kind: string
  /** The id of the pack the record was checked against. */
  readonly pack: string
  /** The kinds the record most likely meant, best first (none when none is close). */
  readonly suggestions: readonly string[]
  /** Every record kind the pack's indicators and rules count. */
  readonly kinds: readonly string[]
}

/**
 * The typed fields of each code the checks of submitted rows report. `unknown_indicator` is
 * also a problem of a pack whose rule names an unknown indicator: its fields are then left out.
 */
export interface RowCheckIssueFields {
  readonly unknown_indicator: Partial<UnknownIndicatorFields>
  readonly value_out_of_bounds: ValueOutOfBoundsFields
  readonly value_not_whole: ValueNotWholeFields
  readonly observation_in_future: ObservationInFutureFields
  readonly record_in_future: RecordInFutureFields
  readonly unknown_record_kind: UnknownRecordKindFields
}
