/**
 * One layer of a dataset's points — the submitted figures, or the derived ones — indexed
 * by indicator × unit key × period with the builder's rules: the first copy of a key is
 * indexed, a second copy with the same figure is a duplicate (warning, one copy kept), with
 * another figure a conflict (error, no copy used). Every copy has a row, so the rare issue
 * can name them all; only first copies of keys without conflict are ever answered. @internal
 */

import type { DataPoint } from '../data-point'
import { sameFigure } from '../data-point'
import type { Provenance } from '../derive/provenance'
import { conflictingObservation, duplicateObservation } from '../duplicates'
import type { IssueSink } from '../found-issues'
import { ByteColumn } from './columns'
import { KeyIndex } from './key-index'
import { type DerivedFields, PointTable, type SubmittedFields } from './point-table'
import type { TextTable } from './text-table'

/** A row's place among the copies of its key. */
const FIRST = 0
const COPY = 1

/** @internal */
export class PointLayer {
  readonly table: PointTable
  private readonly index = new KeyIndex(1024)
  private readonly state = new ByteColumn()
  /** First rows of keys whose copies conflict: nothing is answered for them. */
  private readonly conflicted = new Set<number>()
  /** Every copy of a key seen more than once (rare), by its first row; first copy first. */
  private readonly copies = new Map<number, DataPoint[]>()
  private indexedCount = 0

  constructor(texts: TextTable, provenance?: (ref: number) => Provenance) {
    this.table = new PointTable(texts, provenance)
  }

  /** Points answered: first copies of keys without conflict. */
  get size(): number {
    return this.indexedCount - this.conflicted.size
  }

  /** The row answered for a key (numbers of its texts), or -1. */
  rowOf(indicator: number, unit: number, period: number): number {
    const row = this.index.get(indicator, unit, period)
    return row === -1 || this.conflicted.has(row) ? -1 : row
  }

  /** Whether a row is answered (a first copy, without conflict). */
  answers(row: number): boolean {
    return this.state.get(row) === FIRST && !this.conflicted.has(row)
  }

  addSubmitted(fields: SubmittedFields, issues: IssueSink): void {
    this.place(this.table.addSubmitted(fields), issues)
  }

  addDerived(fields: DerivedFields, ref: number, issues: IssueSink): void {
    this.place(this.table.addDerived(fields, ref), issues)
  }

  addGiven(point: DataPoint, issues: IssueSink): void {
    this.place(this.table.addGiven(point), issues)
  }

  /** Indexes a row just added, reporting a duplicate or a conflict with one already indexed. */
  /** Gives back the room kept for rows not added yet: call when all are in. */
  trim(): void {
    this.table.trim()
    this.state.trim()
  }

  private place(row: number, issues: IssueSink): void {
    const table = this.table
    const indicator = table.indicator.get(row)
    const unit = table.unit.get(row)
    const period = table.period.get(row)
    const first = this.index.get(indicator, unit, period)
    if (first === -1) {
      this.index.set(indicator, unit, period, row)
      this.state.push(FIRST)
      this.indexedCount++
      return
    }
    this.state.push(COPY)
    let earlier = this.copies.get(first)
    if (earlier === undefined) {
      earlier = [table.point(first)]
      this.copies.set(first, earlier)
    }
    const point = table.point(row)
    if (!this.conflicted.has(first) && sameFigure(earlier[0]!, point)) {
      issues.push(duplicateObservation(earlier[0]!, point))
    } else {
      issues.push(conflictingObservation(earlier, point))
      this.conflicted.add(first)
    }
    earlier.push(point)
  }
}
