/**
 * Submitted records (one completed DX product…) as datasets index and list them; the index
 * itself is column-wise (`compact/record-index.ts`).
 */

import type { SourceLocation, SubmittedRecord } from '@tiendo/schema'
import type { PeriodInput } from './period'

/** A record with where it was read (as `@tiendo/io` yields them). */
export interface LocatedRecord {
  readonly record: SubmittedRecord
  readonly location?: SourceLocation | undefined
}

/** A record as indexed: the record untouched, its unit's key, and where it was read. */
export interface RecordEntry {
  readonly record: SubmittedRecord
  /** The key of the unit the record belongs to on its date (see `unitKey`). */
  readonly unit: string
  readonly location?: SourceLocation | undefined
}

/** Which records to list; every field narrows the list, none is required. */
export interface RecordQuery {
  /** The record kind, e.g. `dx_product`. */
  readonly kind?: string
  /** A unit key (`58`, `56@2025-07-01`). */
  readonly unit?: string
  /** Records dated within this period. */
  readonly period?: PeriodInput
  /** Records dated on or after this day (`YYYY-MM-DD`). */
  readonly from?: string
  /** Records dated on or before this day (`YYYY-MM-DD`). */
  readonly to?: string
  /** Only these statuses, e.g. `['completed']`. Defaults to every status. */
  readonly statuses?: readonly string[]
}
