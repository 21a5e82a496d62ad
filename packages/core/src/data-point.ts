/**
 * One indexed value of a dataset, and the reference back to the observation it came from.
 */

import type { Observation, Qualifier, SourceLocation } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { Provenance } from './derive/provenance'

/** An observation with where it was read (as `@tiendo/io` yields them). */
export interface LocatedObservation {
  readonly observation: Observation
  readonly location?: SourceLocation | undefined
}

/** Which observation a value came from: as written in its file, and where. */
export interface ObservationRef {
  readonly indicator: string
  /** The unit reference as written (`56`, `56@2025-07-01`). */
  readonly unit: string
  /** The period as written. */
  readonly period: string
  readonly location?: SourceLocation | undefined
}

/** One value of an indicator for a unit and period, indexed. */
export interface DataPoint {
  readonly indicator: string
  /** The unit's key: its code, or `code@validFrom` when it has a validity start (see `unitKey`). */
  readonly unit: string
  /** The canonical period (see `canonicalPeriod`): `2024-Q1/2024-Q4` is indexed as `2024`. */
  readonly period: string
  /** The value; `undefined` only for a `range` given without one. */
  readonly value: Decimal | undefined
  /** How exact the value is; `exact` when the observation gives no qualifier. */
  readonly qualifier: Qualifier
  /** The ends of a `range`. */
  readonly low?: Decimal | undefined
  readonly high?: Decimal | undefined
  /** The observation as given, untouched. */
  readonly observation: Observation
  readonly location?: SourceLocation | undefined
  /** The observations this value was computed from, when it was carried or aggregated. */
  readonly from?: readonly ObservationRef[] | undefined
  /**
   * How the value was derived, when nobody submitted it: aggregated up the unit tree,
   * carried from predecessors, scored as a composite, or counted from records.
   */
  readonly derived?: Provenance | undefined
}

/** The reference to the observation behind a point. */
export function observationRef(point: DataPoint): ObservationRef {
  const { indicator, unit, period } = point.observation
  return point.location === undefined
    ? { indicator, unit, period }
    : { indicator, unit, period, location: point.location }
}

/** The source observations of a point: those it was computed from, or itself. @internal */
export function sourcesOf(point: DataPoint): readonly ObservationRef[] {
  return point.from ?? [observationRef(point)]
}

/** A value as people read it: `87.5`, `> 90`, `≥ 90`, `25–30`, `≈ 10`. @internal */
export function showValue(point: {
  value?: Decimal | undefined
  qualifier: Qualifier
  low?: Decimal | undefined
  high?: Decimal | undefined
}): string {
  const value = point.value?.toFixed() ?? '?'
  switch (point.qualifier) {
    case 'more_than':
      return `> ${value}`
    case 'at_least':
      return `≥ ${value}`
    case 'less_than':
      return `< ${value}`
    case 'at_most':
      return `≤ ${value}`
    case 'approx':
      return `≈ ${value}`
    case 'range':
      return `${point.low?.toFixed() ?? '?'}–${point.high?.toFixed() ?? '?'}`
    case 'exact':
      return value
  }
}

/** Whether two points state the same figure: equal as decimals, with the same qualifier and ends. @internal */
export function sameFigure(a: DataPoint, b: DataPoint): boolean {
  return (
    a.qualifier === b.qualifier &&
    sameDecimal(a.value, b.value) &&
    sameDecimal(a.low, b.low) &&
    sameDecimal(a.high, b.high)
  )
}

function sameDecimal(a: Decimal | undefined, b: Decimal | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.eq(b)
}
