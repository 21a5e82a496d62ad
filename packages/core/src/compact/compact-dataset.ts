/**
 * The dataset over column-wise layers of points (the submitted figures, then the derived
 * ones) and the records. Lookups go through hash tables of numbers; a series is a run of an
 * order sorted once, when a series is first asked for; a `DataPoint` or `RecordEntry` is
 * made for each answer and kept by nobody. @internal
 */

import type { ParsedPeriod } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import type { CountList } from '../derive/count-provenance'
import { canonicalPeriod, comparePeriods, type PeriodInput, toPeriod } from '../period'
import type { RecordEntry, RecordQuery } from '../records'
import { type UnitRegistry, unitKey } from '../units'
import { KeyIndex } from './key-index'
import type { PointLayer } from './point-layer'
import type { PointTable } from './point-table'
import type { PointTexts } from './point-texts'
import type { RecordRows } from './record-index'
import type { TextTable } from './text-table'

/** Where a point lies: its layer and row. @internal */
export interface PointRef {
  readonly layer: number
  readonly row: number
}

/** @internal */
export class CompactDataset implements Dataset {
  readonly size: number
  private readonly canonicalTexts = new Map<string, string>()
  /** Every answered point, by indicator and unit, in period order: made on first use. */
  private seriesOrder:
    | { index: KeyIndex; starts: Int32Array; layers: Uint8Array; rows: Int32Array }
    | undefined

  constructor(
    readonly units: UnitRegistry | undefined,
    readonly texts: TextTable,
    readonly layers: readonly PointLayer[],
    readonly recordRows: RecordRows,
  ) {
    this.size = layers.reduce((sum, layer) => sum + layer.size, 0)
  }

  get(indicator: string, unit: string, period: PeriodInput): DataPoint | undefined {
    const text = this.canonical(period)
    if (text === undefined) return undefined
    if (this.units === undefined || unit.includes('@')) return this.getByKey(indicator, unit, text)
    // A bare code names the unit valid in the period (`56` in 2026 is the merged Khánh Hòa).
    const resolved = this.units.resolve(unit, text)
    if (resolved.ok) return this.getByKey(indicator, resolved.key, text)
    // No unit of that code existed then: a back-cast figure of a later unit (a carried one).
    for (const candidate of [...this.units.withCode(unit)].reverse()) {
      const point = this.getByKey(indicator, unitKey(candidate), text)
      if (point !== undefined) return point
    }
    return this.getByKey(indicator, unit, text)
  }

  getByKey(indicator: string, key: string, period: PeriodInput): DataPoint | undefined {
    const ref = this.find(indicator, key, period)
    return ref === undefined ? undefined : this.layers[ref.layer]!.table.point(ref.row)
  }

  /** The value of a point, without making the point: what rules ask most. */
  valueByKey(indicator: string, key: string, period: PeriodInput): Decimal | undefined {
    const ref = this.find(indicator, key, period)
    return ref === undefined ? undefined : this.layers[ref.layer]!.table.decimal(ref.row)
  }

  /** Where the point of a key lies, or `undefined`. */
  find(indicator: string, key: string, period: PeriodInput): PointRef | undefined {
    const text = this.canonical(period)
    if (text === undefined) return undefined
    const texts = this.texts
    const i = texts.find(indicator)
    const u = texts.find(key)
    const p = texts.find(text)
    if (i === -1 || u === -1 || p === -1) return undefined
    for (let layer = 0; layer < this.layers.length; layer++) {
      const row = this.layers[layer]!.rowOf(i, u, p)
      if (row !== -1) return { layer, row }
    }
    return undefined
  }

  /**
   * The canonical text of a period, or `undefined` for no period. Rules ask for the same few
   * periods hundreds of thousands of times: each text is parsed once.
   */
  private canonical(period: PeriodInput): string | undefined {
    if (typeof period !== 'string') return safeCanonical(period)
    let text = this.canonicalTexts.get(period)
    if (text === undefined) {
      text = safeCanonical(period)
      // Bounded: only texts that are periods are kept (there are few), never arbitrary input.
      if (text !== undefined) this.canonicalTexts.set(period, text)
    }
    return text
  }

  series(indicator: string, unit: string): readonly DataPoint[] {
    return this.eachOfSeries(indicator, unit, (table, row) => table.point(row))
  }

  /**
   * The texts of a series' points, in period order, as `series` would give them with their
   * decimals written out: what a plan of assessments reads, with no point made. @internal
   */
  seriesTexts(indicator: string, unit: string): PointTexts[] {
    return this.eachOfSeries(indicator, unit, (table, row) => table.pointTexts(row))
  }

  /** What `make` makes of each point of a series, in period order. */
  private eachOfSeries<T>(
    indicator: string,
    unit: string,
    make: (table: PointTable, row: number) => T,
  ): T[] {
    const refs = this.seriesRefs(indicator, unit)
    const made: T[] = new Array(refs.length)
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!
      made[i] = make(this.layers[ref.layer]!.table, ref.row)
    }
    return made
  }

  /** Where the points of a series lie, in period order. */
  seriesRefs(indicator: string, unit: string): PointRef[] {
    const order = this.order()
    const i = this.texts.find(indicator)
    const u = this.texts.find(unit)
    if (i === -1 || u === -1) return []
    const at = order.index.get(i, u)
    if (at === -1) return []
    const refs: PointRef[] = []
    for (let k = order.starts[at]!; k < order.starts[at + 1]!; k++) {
      refs.push({ layer: order.layers[k]!, row: order.rows[k]! })
    }
    return refs
  }

  forEachKey(visit: (indicator: string, unit: string, period: string) => void): void {
    const texts = this.texts
    this.forEachRow((i, u, p) => visit(texts.text(i), texts.text(u), texts.text(p)))
  }

  /** Calls `visit` with every answered point's texts' numbers, layer by layer, in row order. */
  private forEachRow(
    visit: (indicator: number, unit: number, period: number, ref: PointRef) => void,
  ): void {
    this.layers.forEach((layer, l) => {
      const table = layer.table
      for (let row = 0; row < table.length; row++) {
        if (!layer.answers(row)) continue
        visit(table.indicator.get(row), table.unit.get(row), table.period.get(row), {
          layer: l,
          row,
        })
      }
    })
  }

  unitsReporting(period: PeriodInput, indicator?: string): readonly string[] {
    const p = this.texts.find(canonicalPeriod(period))
    const i = indicator === undefined ? undefined : this.texts.find(indicator)
    const units = new Set<string>()
    if (p !== -1 && i !== -1) {
      this.forEachRow((ind, unit, per) => {
        if (per === p && (i === undefined || ind === i)) units.add(this.texts.text(unit))
      })
    }
    return [...units].sort()
  }

  indicators(): readonly string[] {
    const ids = new Set<number>()
    this.forEachRow((indicator) => ids.add(indicator))
    return [...ids].map((id) => this.texts.text(id)).sort()
  }

  points(): readonly DataPoint[] {
    const points: DataPoint[] = []
    this.forEachRow((_i, _u, _p, ref) => points.push(this.layers[ref.layer]!.table.point(ref.row)))
    return points
  }

  records(query?: RecordQuery): readonly RecordEntry[] {
    return this.recordRows.query(query)
  }

  /**
   * The records matching a query as inputs of a count, by date then in the order given,
   * each made from the columns when asked for, without the record: a report lists every
   * record counted. @internal
   */
  recordCountList(query: RecordQuery): CountList {
    const { table } = this.recordRows
    const rows = this.recordRows.rows(query)
    return {
      dates: rows.map((row) => table.dateText(row)),
      input: (index) => table.countInput(rows[index]!),
      inputJsonText: (index) => table.countInputJsonText(rows[index]!),
    }
  }

  countRecords(query?: RecordQuery): number {
    return this.recordRows.count(query)
  }

  forEachRecord(
    query: RecordQuery,
    visit: (unit: string, date: string, status: string) => void,
  ): void {
    const { table } = this.recordRows
    const { texts } = table
    this.recordRows.forEachRow(query, (row) =>
      visit(
        texts.text(table.unit.get(row)),
        table.dateText(row),
        texts.text(table.status.get(row)),
      ),
    )
  }

  /** Every answered point sorted by indicator, unit, period, then layer and row. */
  private order() {
    if (this.seriesOrder !== undefined) return this.seriesOrder
    const count = this.size
    const ind = new Int32Array(count)
    const unit = new Int32Array(count)
    const per = new Int32Array(count)
    const layers = new Uint8Array(count)
    const rows = new Int32Array(count)
    let n = 0
    this.forEachRow((i, u, p, ref) => {
      ind[n] = i
      unit[n] = u
      per[n] = p
      layers[n] = ref.layer
      rows[n] = ref.row
      n++
    })
    const ranks = periodRanks(this.texts, per)
    const rank = per.map((p) => ranks.get(p)!)
    // Points were visited layer by layer in row order: ties keep that order.
    const sorted = new Uint32Array(count).map((_, k) => k)
    sorted.sort((a, b) => ind[a]! - ind[b]! || unit[a]! - unit[b]! || rank[a]! - rank[b]! || a - b)
    const sameSeries = (a: number, b: number) => ind[a] === ind[b] && unit[a] === unit[b]
    let series = 0
    for (let k = 0; k < count; k++) {
      if (k === 0 || !sameSeries(sorted[k - 1]!, sorted[k]!)) series++
    }
    // Sized by series, not points: a national dataset has ten points or so a series.
    const index = new KeyIndex(series)
    const starts: number[] = []
    const sortedLayers = new Uint8Array(count)
    const sortedRows = new Int32Array(count)
    for (let k = 0; k < count; k++) {
      const at = sorted[k]!
      if (k === 0 || !sameSeries(sorted[k - 1]!, at)) {
        index.set(ind[at]!, unit[at]!, 0, starts.length)
        starts.push(k)
      }
      sortedLayers[k] = layers[at]!
      sortedRows[k] = rows[at]!
    }
    starts.push(count)
    this.seriesOrder = {
      index,
      starts: Int32Array.from(starts),
      layers: sortedLayers,
      rows: sortedRows,
    }
    return this.seriesOrder
  }
}

/** Each period's rank in period order; periods that compare equal share a rank. */
function periodRanks(texts: TextTable, ids: Iterable<number>): Map<number, number> {
  const parsed = [...new Set(ids)].map((id): [number, ParsedPeriod] => [
    id,
    toPeriod(texts.text(id)),
  ])
  parsed.sort((a, b) => comparePeriods(a[1], b[1]))
  const ranks = new Map<number, number>()
  let rank = 0
  parsed.forEach(([id, period], k) => {
    if (k > 0 && comparePeriods(parsed[k - 1]![1], period) !== 0) rank++
    ranks.set(id, rank)
  })
  return ranks
}

function safeCanonical(period: PeriodInput): string | undefined {
  try {
    return canonicalPeriod(period)
  } catch {
    return undefined
  }
}
