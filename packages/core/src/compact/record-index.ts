/**
 * Records indexed by kind and unit over a {@link RecordTable}, with the same answers as
 * `RecordIndex`: a record named twice (by its id, or by its whole content when it has
 * none) is a duplicate or a conflict, never counted twice; queries list by date, then in
 * the order given. Names are found through a hash table of row numbers, so no key text is
 * kept per record. @internal
 */

import type { SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { memoizeText } from '@tiendo/schema/internal'
import { recordIssue } from '../duplicates'
import { firstOnOrAfter } from '../first-on-or-after'
import { type PeriodInput, periodEndDate, periodStartDate } from '../period'
import type { RecordEntry, RecordQuery } from '../records'
import { KeyIndex } from './key-index'
import { RecordTable } from './record-table'
import type { TextTable } from './text-table'

/**
 * Fewest candidate rows a dated count searches by date for: below, reading them all is as
 * quick as sorting them once.
 */
const SORTED_COUNT = 8

/** @internal */
export class RecordRows {
  readonly table: RecordTable
  /** Every row kept, in the order given. */
  private readonly kept: number[] = []
  /** (kind, unit) → its group; each group's rows in the order given. */
  private readonly groupIndex = new KeyIndex(256)
  private readonly groups: number[][] = []
  /** Rows whose record conflicts with a later one of the same name: left out of answers. */
  private readonly conflicted = new Set<number>()
  /** Open addressing over name hashes: row + 1, 0 for an empty slot. */
  private names = new Int32Array(1024)
  private named = 0
  /** Lists sorted by date, made on first query; adding a record clears them. */
  private readonly sorted = new Map<readonly number[], readonly number[]>()

  constructor(texts: TextTable) {
    this.table = new RecordTable(texts)
  }

  get size(): number {
    return this.kept.length
  }

  /** Adds a record, returning the issue its duplicate raises, if any. */
  add(entry: RecordEntry): TiendoIssue | undefined {
    const { record } = entry
    const texts = this.table.texts
    const kind = texts.intern(String(record.kind))
    const unit = texts.intern(entry.unit)
    const name = record.id ?? contentOf(record)
    const earlier = this.findName(kind, unit, name)
    if (earlier === -1) {
      const row = this.table.add(entry)
      this.insertName(row, kind, unit, name)
      this.kept.push(row)
      this.groupOf(kind, unit).push(row)
      if (this.sorted.size > 0) this.sorted.clear()
      return undefined
    }
    const first = this.table.entry(earlier)
    if (contentOf(first.record) === contentOf(record)) {
      return recordIssue('duplicate_record', record, entry.unit, entry.location, first.location)
    }
    this.conflicted.add(earlier)
    if (this.sorted.size > 0) this.sorted.clear()
    return recordIssue('conflicting_record', record, entry.unit, entry.location, first.location)
  }

  /** Gives back the room kept for records not added yet: call when all are in. */
  trim(): void {
    this.table.trim()
  }

  private groupOf(kind: number, unit: number): number[] {
    let group = this.groupIndex.get(kind, unit)
    if (group === -1) {
      group = this.groups.length
      this.groups.push([])
      this.groupIndex.set(kind, unit, 0, group)
    }
    return this.groups[group]!
  }

  /** The rows of a kind (and unit), in the order given; conflicted ones included. */
  private candidates(query: RecordQuery): readonly number[] {
    if (query.kind === undefined || query.unit === undefined) return this.kept
    const texts = this.table.texts
    const kind = texts.find(query.kind)
    const unit = texts.find(query.unit)
    if (kind === -1 || unit === -1) return []
    const group = this.groupIndex.get(kind, unit)
    return group === -1 ? [] : this.groups[group]!
  }

  /** The records matching a query, by date then in the order given. */
  query(query: RecordQuery = {}): RecordEntry[] {
    return this.rows(query).map((row) => this.table.entry(row))
  }

  /** The rows of the records matching a query, by date then in the order given. */
  rows(query: RecordQuery = {}): number[] {
    const matches = this.matcher(query)
    return this.byDate(this.candidates(query)).filter(matches)
  }

  /** Rows sorted by date, then in the order given; kept until a record is added. */
  private byDate(rows: readonly number[]): readonly number[] {
    let sorted = this.sorted.get(rows)
    if (sorted === undefined) {
      const table = this.table
      sorted = [...rows].sort((a, b) => {
        const x = table.dateText(a)
        const y = table.dateText(b)
        return x < y ? -1 : x > y ? 1 : a - b
      })
      this.sorted.set(rows, sorted)
    }
    return sorted
  }

  /** Calls `visit` with each row matching a query, in the order given. */
  forEachRow(query: RecordQuery, visit: (row: number) => void): void {
    const matches = this.matcher(query)
    for (const row of this.candidates(query)) if (matches(row)) visit(row)
  }

  /** How many records match a query, without making them. */
  count(query: RecordQuery = {}): number {
    // Rules ask once per unit and period: most units have a few records, many none.
    const rows = this.candidates(query)
    if (rows.length === 0) return 0
    const bounds = this.dateBounds(query)
    const matches = this.matcher(query, bounds)
    const [from, to] = bounds
    if (from === undefined || rows.length < SORTED_COUNT) {
      let count = 0
      for (const row of rows) if (matches(row)) count++
      return count
    }
    // A unit's records over many years, asked about year by year: from the first on or
    // after `from`, in date order, until past the period.
    const sorted = this.byDate(rows)
    const table = this.table
    const first = firstOnOrAfter(sorted.length, (i) => table.dateText(sorted[i]!), from)
    let count = 0
    for (let i = first; i < sorted.length; i++) {
      const row = sorted[i]!
      if (to !== undefined && table.dateText(row) > to) break
      if (matches(row)) count++
    }
    return count
  }

  /** First and last dates of a period, by its text (a run asks about a few periods). */
  private readonly periodDates = memoizeText(datesOf)

  private datesOf(period: PeriodInput): readonly [string, string] {
    return typeof period === 'string' ? this.periodDates(period) : datesOf(period)
  }

  /** The first and last dates a query asks for: its period's, within its own `from` and `to`. */
  private dateBounds(query: RecordQuery): readonly [string | undefined, string | undefined] {
    const dates = query.period === undefined ? undefined : this.datesOf(query.period)
    return [max(query.from, dates?.[0]), min(query.to, dates?.[1])]
  }

  private matcher(
    query: RecordQuery,
    [from, to] = this.dateBounds(query),
  ): (row: number) => boolean {
    const table = this.table
    const texts = table.texts
    const kind = query.kind === undefined ? undefined : texts.find(query.kind)
    const unit = query.unit === undefined ? undefined : texts.find(query.unit)
    const statuses = query.statuses?.map((status) => texts.find(status))
    const conflicted = this.conflicted.size === 0 ? undefined : this.conflicted
    return (row) => {
      if (conflicted?.has(row) === true) return false
      if (kind !== undefined && table.kind.get(row) !== kind) return false
      if (unit !== undefined && table.unit.get(row) !== unit) return false
      if (statuses !== undefined && !statuses.includes(table.status.get(row))) return false
      if (from === undefined && to === undefined) return true
      const date = table.dateText(row)
      return (from === undefined || date >= from) && (to === undefined || date <= to)
    }
  }

  private findName(kind: number, unit: number, name: string): number {
    const mask = this.names.length - 1
    let slot = hashName(kind, unit, name) & mask
    for (;;) {
      const stored = this.names[slot]!
      if (stored === 0) return -1
      const row = stored - 1
      const table = this.table
      if (
        table.kind.get(row) === kind &&
        table.unit.get(row) === unit &&
        (table.id(row) ?? contentOf(table.record(row))) === name
      ) {
        return row
      }
      slot = (slot + 1) & mask
    }
  }

  private insertName(row: number, kind: number, unit: number, name: string): void {
    if (++this.named * 2 > this.names.length) this.growNames()
    const mask = this.names.length - 1
    let slot = hashName(kind, unit, name) & mask
    while (this.names[slot] !== 0) slot = (slot + 1) & mask
    this.names[slot] = row + 1
  }

  private growNames(): void {
    const old = this.names
    this.names = new Int32Array(old.length * 2)
    const mask = this.names.length - 1
    const table = this.table
    for (const stored of old) {
      if (stored === 0) continue
      const row = stored - 1
      const name = table.id(row) ?? contentOf(table.record(row))
      let slot = hashName(table.kind.get(row), table.unit.get(row), name) & mask
      while (this.names[slot] !== 0) slot = (slot + 1) & mask
      this.names[slot] = stored
    }
  }
}

/** A record's fields as JSON, keys sorted: equal records give equal text. */
function contentOf(record: SubmittedRecord): string {
  return JSON.stringify(record, Object.keys(record).sort())
}

/** FNV-1a over the name, mixed with the kind and unit numbers. */
function hashName(kind: number, unit: number, name: string): number {
  let h = 0x811c9dc5 ^ Math.imul(kind, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 15
  return h >>> 0
}

function datesOf(period: PeriodInput): readonly [string, string] {
  return [periodStartDate(period), periodEndDate(period)]
}

function max(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b
}

function min(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a < b ? a : b
}
