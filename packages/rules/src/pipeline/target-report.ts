/** What assessing a series gives: its values, its targets and the assessment. */

import type { DerivationMethod } from '@tiendo/core'
import type { Assessment } from '@tiendo/forecast'
import type { Indicator, Qualifier, Target, Unit } from '@tiendo/schema'

/** One value of an assessed series, decimals as strings (exactly as indexed). */
export interface ReportedPoint {
  readonly period: string
  /** Absent only for a range given without a point value. */
  readonly value?: string | undefined
  /** How exact the value is; absent when exact. */
  readonly qualifier?: Exclude<Qualifier, 'exact'> | undefined
  readonly low?: string | undefined
  readonly high?: string | undefined
  /**
   * How the value was derived, when nobody submitted it (aggregated from child units, carried
   * from predecessors…); its full provenance is on the dataset's point. Absent when submitted.
   */
  readonly derived?: DerivationMethod | undefined
}

/** Progress of one series (an indicator for a unit) to its targets, or its trend. */
export interface TargetReport {
  /**
   * The target assessed against: the next one still ahead and not yet met, else the last
   * one due; `undefined` for a series assessed on its trend alone.
   */
  readonly target: Target | undefined
  /** Every target of the series, by due period (their outcomes are in `assessment.targets`). */
  readonly targets: readonly Target[]
  /** The indicator's id. */
  readonly indicatorId: string
  readonly indicator: Indicator
  /** The unit's key: the reference naming exactly it (`58`, `56@2025-07-01`). */
  readonly unit: string
  readonly unitName: Unit['name']
  /** The observed values, in period order: submitted, or derived where marked. */
  readonly series: readonly ReportedPoint[]
  /** The assessment (`@tiendo/forecast`'s `assessProgress`); decimals are `Decimal`s. */
  readonly assessment: Assessment
}
