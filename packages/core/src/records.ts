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

/** The records of one kind and unit. */
interface Group {
  /** In the order given: quotas ask one unit at a time. */
  readonly entries: RecordEntry[]
  /** Each record by its id, or its content when it has none. */
  readonly byName: Map<string, RecordEntry>
}

/** Records indexed by kind and unit; duplicates are reported, never counted twice. @internal */
export class RecordIndex {
  private readonly entries: RecordEntry[] = []
  /** kind → unit key → its records. Nested maps: no key string is made per record. */
  private readonly groups = new Map<string, Map<string, Group>>()
  private readonly conflicted = new Set<RecordEntry>()
  /** Each list sorted by date, made on first query; adding a record clears it. */
  private readonly sortedLists = new Map<readonly RecordEntry[], readonly RecordEntry[]>()

  /** Adds a record, returning the issue its duplicate raises, if any. */
  add(entry: RecordEntry): TiendoIssue | undefined {
    const { record } = entry
    const group = this.groupOf(record.kind, entry.unit)
    if (this.sortedLists.size > 0) this.sortedLists.clear()
    // With an id, the id names the record; without one, its whole content does.
    const name = record.id ?? contentOf(record)
    const earlier = group.byName.get(name)
    if (earlier === undefined) {
      group.byName.set(name, entry)
      group.entries.push(entry)
      this.entries.push(entry)
      return undefined
    }
    // Contents are compared only for the rare record named twice.
    const label =
      record.id !== undefined ? `\`${record.id}\`` : `“${record.title}” (${record.date})`
    if (contentOf(earlier.record) === contentOf(record)) {
      return recordIssue('duplicate_record', label, entry.unit, entry.location, earlier.location)
    }
    this.conflicted.add(earlier)
    return recordIssue('conflicting_record', label, entry.unit, entry.location, earlier.location)
  }

  private groupOf(kind: string, unit: string): Group {
    let byUnit = this.groups.get(kind)
    if (byUnit === undefined) {
      byUnit = new Map()
      this.groups.set(kind, byUnit)
    }
    let group = byUnit.get(unit)
    if (group === undefined) {
      group = { entries: [], byName: new Map() }
      byUnit.set(unit, group)
    }
    return group
  }

  /** The records matching a query, by date then in the order given. */
  query(query: RecordQuery = {}): RecordEntry[] {
    const { candidates, matches } = this.matching(query)
    // Sorting once per list, not per query: rules ask for the same kind many times.
    let sorted = this.sortedLists.get(candidates)
    if (sorted === undefined) {
      sorted = [...candidates].sort(byDate)
      this.sortedLists.set(candidates, sorted)
    }
    return sorted.filter(matches)
  }

  /** How many records match a query: `query(query).length`, without listing them. */
  count(query: RecordQuery = {}): number {
    const { candidates, matches } = this.matching(query)
    let count = 0
    for (const entry of candidates) if (matches(entry)) count++
    return count
  }

  private matching(query: RecordQuery): {
    candidates: readonly RecordEntry[]
    matches: (entry: RecordEntry) => boolean
  } {
    const from = max(
      query.from,
      query.period === undefined ? undefined : periodStartDate(query.period),
    )
    const to = min(query.to, query.period === undefined ? undefined : periodEndDate(query.period))
    const statuses = query.statuses
    // A kind and a unit narrow the candidates to one list (same order as `entries`).
    const candidates =
      query.kind !== undefined && query.unit !== undefined
        ? (this.groups.get(query.kind)?.get(query.unit)?.entries ?? [])
        : this.entries
    const conflicted = this.conflicted.size === 0 ? undefined : this.conflicted
    const matches = (entry: RecordEntry) =>
      (conflicted === undefined || !conflicted.has(entry)) &&
      (query.kind === undefined || entry.record.kind === query.kind) &&
      (query.unit === undefined || entry.unit === query.unit) &&
      (from === undefined || entry.record.date >= from) &&
      (to === undefined || entry.record.date <= to) &&
      (statuses === undefined || statuses.includes(entry.record.status))
    return { candidates, matches }
  }
}

/** A record's fields as JSON, keys sorted: equal records give equal text. */
function contentOf(record: SubmittedRecord): string {
  return JSON.stringify(record, Object.keys(record).sort())
}

function max(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b
}

function min(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a < b ? a : b
}

/** ISO dates (`YYYY-MM-DD`) sort as their text: code units, not the locale's collation. */
function byDate(a: RecordEntry, b: RecordEntry): number {
  const x = a.record.date
  const y = b.record.date
  return x < y ? -1 : x > y ? 1 : 0
}
