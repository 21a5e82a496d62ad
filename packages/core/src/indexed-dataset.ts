/**
 * The dataset as built: points indexed by indicator × unit key × period in nested maps,
 * series and periods sorted when first asked for.
 */

import type { ParsedPeriod } from '@tiendo/schema'
import type { DataPoint } from './data-point'
import type { Dataset } from './dataset'
import { canonicalPeriod, comparePeriods, type PeriodInput, toPeriod } from './period'
import type { RecordEntry, RecordIndex, RecordQuery } from './records'
import { type UnitRegistry, unitKey } from './units'

/**
 * Points by indicator → unit key → canonical period: the lookup rules make for every scope.
 * Nested maps of the strings given, rather than one joined key, so neither building nor a
 * lookup makes a string. @internal
 */
export type PointTree = Map<string, Map<string, Map<string, DataPoint>>>

/** A dataset over a built tree. @internal */
export class IndexedDataset implements Dataset {
  readonly size: number
  private readonly canonicalTexts = new Map<string, string>()
  /** Each series in period order, sorted the first time it is asked for. */
  private readonly sorted = new WeakMap<Map<string, DataPoint>, readonly DataPoint[]>()
  private byPeriod: Map<string, DataPoint[]> | undefined
  /** Each distinct period text parsed once, for sorting series. */
  private readonly parsed = new Map<string, ParsedPeriod>()

  /**
   * @param all Every point, in the order indexed.
   * @param tree The same points by indicator, unit key and period.
   */
  constructor(
    readonly units: UnitRegistry | undefined,
    private readonly all: readonly DataPoint[],
    private readonly tree: PointTree,
    private readonly recordIndex: RecordIndex,
  ) {
    this.size = all.length
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
    const text = this.canonical(period)
    return text === undefined ? undefined : this.tree.get(indicator)?.get(key)?.get(text)
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
    const periods = this.tree.get(indicator)?.get(unit)
    if (periods === undefined) return []
    let series = this.sorted.get(periods)
    if (series === undefined) {
      const points = [...periods.values()]
      if (points.length > 1) {
        points.sort((a, b) => comparePeriods(this.periodOf(a.period), this.periodOf(b.period)))
      }
      series = points
      this.sorted.set(periods, series)
    }
    return series
  }

  private periodOf(text: string): ParsedPeriod {
    let period = this.parsed.get(text)
    if (period === undefined) {
      period = toPeriod(text)
      this.parsed.set(text, period)
    }
    return period
  }

  unitsReporting(period: PeriodInput, indicator?: string): readonly string[] {
    if (this.byPeriod === undefined) {
      this.byPeriod = new Map()
      for (const point of this.all) push(this.byPeriod, point.period, point)
    }
    const points = this.byPeriod.get(canonicalPeriod(period)) ?? []
    const units = new Set<string>()
    for (const point of points) {
      if (indicator === undefined || point.indicator === indicator) units.add(point.unit)
    }
    return [...units].sort()
  }

  indicators(): readonly string[] {
    return [...new Set(this.all.map((point) => point.indicator))].sort()
  }

  points(): readonly DataPoint[] {
    return this.all
  }

  records(query?: RecordQuery): readonly RecordEntry[] {
    return this.recordIndex.query(query)
  }

  countRecords(query?: RecordQuery): number {
    return this.recordIndex.count(query)
  }
}

function safeCanonical(period: PeriodInput): string | undefined {
  try {
    return canonicalPeriod(period)
  } catch {
    return undefined
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
