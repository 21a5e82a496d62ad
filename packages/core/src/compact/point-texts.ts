/**
 * A point's period, value, qualifier and ends as plain decimal texts, and how it was derived:
 * what a series shows and an assessment reads, without the observation as given, where it
 * was read, or a decimal made. @internal
 */

import type { Qualifier } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { toDecimalString } from '../decimal'
import type { DerivationMethod } from '../derive/provenance'

/**
 * A point as a series shows it, its decimals as plain text: the shape of `ReportedPoint` in
 * `@tiendo/rules`, whose plans take these as they are. @internal
 */
export interface PointTexts {
  /** The period, as the dataset keys it. */
  readonly period: string
  /** As `toDecimalString` writes it; absent when the point has no value. */
  readonly value?: string | undefined
  /** Absent when `exact`. */
  readonly qualifier?: Exclude<Qualifier, 'exact'> | undefined
  /** A range's ends, as `value` is written. */
  readonly low?: string | undefined
  /** See `low`. */
  readonly high?: string | undefined
  /** How the point was derived; absent when it was submitted. */
  readonly derived?: DerivationMethod | undefined
}

/** What of a data point (a `DataPoint` of the main entry) its texts are written from. @internal */
export interface PointFields {
  readonly period: string
  readonly value?: Decimal | undefined
  readonly qualifier: Qualifier
  readonly low?: Decimal | undefined
  readonly high?: Decimal | undefined
  readonly derived?: { readonly method: DerivationMethod } | undefined
}

/** A point's texts, the fields given in this order and only when present. */
export function pointTextsOf(point: PointFields): PointTexts {
  return textsOf(
    point.period,
    point.value === undefined ? undefined : toDecimalString(point.value),
    point.qualifier,
    point.low === undefined ? undefined : toDecimalString(point.low),
    point.high === undefined ? undefined : toDecimalString(point.high),
    point.derived?.method,
  )
}

/** Texts with their fields set in the order a report writes them. @internal */
export function textsOf(
  period: string,
  value: string | undefined,
  qualifier: Qualifier,
  low: string | undefined,
  high: string | undefined,
  derived: DerivationMethod | undefined,
): PointTexts {
  const texts: { -readonly [K in keyof PointTexts]: PointTexts[K] } = { period }
  if (value !== undefined) texts.value = value
  if (qualifier !== 'exact') texts.qualifier = qualifier
  if (low !== undefined) texts.low = low
  if (high !== undefined) texts.high = high
  if (derived !== undefined) texts.derived = derived
  return texts
}

/** A dataset that writes a series' texts without making its points: Tiendo's own. */
interface SeriesTextsSource {
  seriesTexts(indicator: string, unit: string): readonly PointTexts[]
}

/**
 * The texts of a series' points, in period order: straight from the columns of a dataset
 * Tiendo built, else written from the points `series` makes. @internal
 */
export function seriesTextsOf(
  dataset: { series(indicator: string, unit: string): readonly PointFields[] },
  indicator: string,
  unit: string,
): readonly PointTexts[] {
  // Any dataset: the main entry's `Dataset`, which this entry does not name.
  const source = dataset as typeof dataset & Partial<SeriesTextsSource>
  return typeof source.seriesTexts === 'function'
    ? source.seriesTexts(indicator, unit)
    : dataset.series(indicator, unit).map(pointTextsOf)
}
