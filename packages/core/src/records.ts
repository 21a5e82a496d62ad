/**
 * Submitted records (one completed DX product…) indexed by kind and unit, so indicators
 * can count them by period and status.
 */

import type { SourceLocation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { recordIssue } from './duplicates'
import { type PeriodInput, periodEndDate, periodStartDate } from './period'

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

/** Records indexed by kind and unit; duplicates are reported, never counted twice. @internal */
export class RecordIndex {
  private readonly entries: RecordEntry[] = []
  /** The entries of each kind × unit, in the order given: quotas ask one unit at a time. */
  private readonly byKindUnit = new Map<string, RecordEntry[]>()
  private readonly seen = new Map<string, { entry: RecordEntry; content: string }>()
  private readonly conflicted = new Set<RecordEntry>()

  /** Adds a record, returning the issue its duplicate raises, if any. */
  add(entry: RecordEntry): TiendoIssue | undefined {
    const { record } = entry
    const content = JSON.stringify(record, Object.keys(record).sort())
    // With an id, the id names the record; without one, its whole content does.
    const identity = `${record.kind}\u0000${entry.unit}\u0000${record.id ?? content}`
    const label =
      record.id !== undefined ? `\`${record.id}\`` : `“${record.title}” (${record.date})`
    const earlier = this.seen.get(identity)
    if (earlier === undefined) {
      this.seen.set(identity, { entry, content })
      this.entries.push(entry)
      const key = kindUnitKey(record.kind, entry.unit)
      const list = this.byKindUnit.get(key)
      if (list === undefined) this.byKindUnit.set(key, [entry])
      else list.push(entry)
      return undefined
    }
    if (earlier.content === content) {
      return recordIssue(
        'duplicate_record',
        label,
        entry.unit,
        entry.location,
        earlier.entry.location,
      )
    }
    this.conflicted.add(earlier.entry)
    return recordIssue(
      'conflicting_record',
      label,
      entry.unit,
      entry.location,
      earlier.entry.location,
    )
  }

  /** The records matching a query, by date then in the order given. */
  query(query: RecordQuery = {}): RecordEntry[] {
    const from = max(
      query.from,
      query.period === undefined ? undefined : periodStartDate(query.period),
    )
    const to = min(query.to, query.period === undefined ? undefined : periodEndDate(query.period))
    const statuses = query.statuses === undefined ? undefined : new Set(query.statuses)
    // A kind and a unit narrow the candidates to one list (same order as `entries`).
    const candidates =
      query.kind !== undefined && query.unit !== undefined
        ? (this.byKindUnit.get(kindUnitKey(query.kind, query.unit)) ?? [])
        : this.entries
    return candidates
      .filter(
        (entry) =>
          !this.conflicted.has(entry) &&
          (query.kind === undefined || entry.record.kind === query.kind) &&
          (query.unit === undefined || entry.unit === query.unit) &&
          (from === undefined || entry.record.date >= from) &&
          (to === undefined || entry.record.date <= to) &&
          (statuses === undefined || statuses.has(entry.record.status)),
      )
      .sort((a, b) => a.record.date.localeCompare(b.record.date))
  }
}

function kindUnitKey(kind: string, unit: string): string {
  return `${kind}\u0000${unit}`
}

function max(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b
}

function min(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a < b ? a : b
}
