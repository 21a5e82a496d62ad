/**
 * A figure derivation tried and did not produce, and why: never a silent gap.
 */

import type { FigureReason } from '../aggregate-reasons'
import type { DerivationMethod, DerivedCoverage } from './provenance'

/** A figure that was not derived: its indicator, unit and period, the method tried, and why. */
export interface WithheldFigure {
  readonly indicator: string
  /** The unit's key. */
  readonly unit: string
  /** The canonical period. */
  readonly period: string
  readonly method: DerivationMethod
  /** The aggregation method or carry rule that was followed. */
  readonly rule: string
  readonly reason: FigureReason
  /** Aggregates: how many children had a usable value. */
  readonly coverage?: DerivedCoverage | undefined
}
