/**
 * The dataset as it was built before it was made faster (one joined key per point, every
 * series sorted up front, records keyed by joined strings with their content computed for
 * each): the reference `dataset.differential.test.ts` holds `createDataset` to.
 */

import type { Observation, ParsedPeriod, TiendoIssue } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { DataPoint, LocatedObservation } from '../data-point'
import { sameFigure } from '../data-point'
import { invalidInput } from '../dataset'
import { Exact } from '../decimal'
import { conflictingObservation, duplicateObservation, recordIssue } from '../duplicates'
import {
  canonicalPeriod,
  comparePeriods,
  PeriodError,
  type PeriodInput,
  periodEndDate,
  periodStartDate,
  toPeriod,
} from '../period'
import type { LocatedRecord, RecordEntry, RecordQuery } from '../records'
import { type UnitRegistry, unitKey } from '../units'

const SEP = '\u0000'

/** What the reference builds: the same questions as a `Dataset` asks. */
export interface ReferenceDataset {
  readonly size: number
  get(indicator: string, unit: string, period: PeriodInput): DataPoint | undefined
  getByKey(indicator: string, key: string, period: PeriodInput): DataPoint | undefined
  series(indicator: string, unit: string): readonly DataPoint[]
  unitsReporting(period: PeriodInput, indicator?: string): readonly string[]
  indicators(): readonly string[]
  points(): readonly DataPoint[]
  records(query?: RecordQuery): readonly RecordEntry[]
}

export function referenceDataset(input: {
  observations: readonly LocatedObservation[]
  records: readonly LocatedRecord[]
  units: UnitRegistry
}): { dataset: ReferenceDataset; issues: TiendoIssue[] } {
  const issues: TiendoIssue[] = []
  const byKey = new Map<string, DataPoint>()
  const copies = new Map<string, DataPoint[]>()
  const conflicted = new Set<string>()
  const recordIndex = new ReferenceRecordIndex()
  const units = input.units
  const addPoint = (point: DataPoint) => {
    const key = point.indicator + SEP + point.unit + SEP + point.period
    const indexed = byKey.get(key)
    if (indexed === undefined && !copies.has(key)) {
      byKey.set(key, point)
      return
    }
    let earlier = copies.get(key)
    if (earlier === undefined) {
      earlier = [indexed!]
      copies.set(key, earlier)
    }
    const first = earlier[0]!
    if (!conflicted.has(key) && sameFigure(first, point)) {
      issues.push(duplicateObservation(first, point))
    } else {
      issues.push(conflictingObservation(earlier, point))
      conflicted.add(key)
      byKey.delete(key)
    }
    earlier.push(point)
  }
  for (const { observation, location } of input.observations) {
    const context = {
      location,
      indicator: observation.indicator,
      unit: observation.unit,
      period: observation.period,
    }
    let period: string
    try {
      period = canonicalPeriod(toPeriod(observation.period))
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error
      issues.push(invalidInput(error.code, 'period', observation.period, context))
      continue
    }
    const figures = readFigures(observation)
    if (typeof figures === 'string') {
      issues.push(invalidInput('decimal_syntax', 'value', figures, context))
      continue
    }
    const resolved = units.resolve(observation.unit, observation.period, {
      location,
      indicator: observation.indicator,
    })
    issues.push(...resolved.issues)
    if (!resolved.ok) continue
    addPoint({
      indicator: observation.indicator,
      unit: resolved.key,
      period,
      value: figures.value,
      qualifier: observation.qualifier ?? 'exact',
      low: figures.low,
      high: figures.high,
      observation,
      location,
    })
  }
  for (const { record, location } of input.records) {
    const found = units.at(record.unit, record.date)
    if (found === undefined) {
      const resolved = units.resolve(record.unit, record.date.slice(0, 7), { location })
      issues.push(...resolved.issues.filter((issue) => issue.severity === 'error'))
      continue
    }
    const issue = recordIndex.add({ record, unit: unitKey(found), location })
    if (issue !== undefined) issues.push(issue)
  }
  return { dataset: new Indexed(units, byKey, recordIndex), issues }
}

function readFigures(
  observation: Observation,
): { value: Decimal | undefined; low: Decimal | undefined; high: Decimal | undefined } | string {
  const value = readDecimal(observation.value)
  if (typeof value === 'string') return value
  if (observation.low === undefined && observation.high === undefined) {
    return { value, low: undefined, high: undefined }
  }
  const low = readDecimal(observation.low)
  if (typeof low === 'string') return low
  const high = readDecimal(observation.high)
  if (typeof high === 'string') return high
  return { value, low, high }
}

function readDecimal(text: string | undefined): Decimal | undefined | string {
  if (text === undefined) return undefined
  try {
    return new Exact(text)
  } catch {
    return text
  }
}

class Indexed implements ReferenceDataset {
  readonly size: number
  private readonly all: readonly DataPoint[]
  private readonly bySeries = new Map<string, DataPoint[]>()
  private readonly byPeriod = new Map<string, DataPoint[]>()

  constructor(
    private readonly units: UnitRegistry,
    byKey: ReadonlyMap<string, DataPoint>,
    private readonly recordIndex: ReferenceRecordIndex,
  ) {
    this.all = [...byKey.values()]
    this.size = this.all.length
    for (const point of this.all) {
      push(this.bySeries, point.indicator + SEP + point.unit, point)
      push(this.byPeriod, point.period, point)
    }
    const parsed = new Map<string, ParsedPeriod>()
    const periodOf = (text: string) => {
      let period = parsed.get(text)
      if (period === undefined) {
        period = toPeriod(text)
        parsed.set(text, period)
      }
      return period
    }
    for (const series of this.bySeries.values()) {
      if (series.length > 1)
        series.sort((a, b) => comparePeriods(periodOf(a.period), periodOf(b.period)))
    }
  }

  get(indicator: string, unit: string, period: PeriodInput): DataPoint | undefined {
    const text = safeCanonical(period)
    if (text === undefined) return undefined
    if (unit.includes('@')) return this.getByKey(indicator, unit, text)
    const resolved = this.units.resolve(unit, text)
    if (resolved.ok) return this.getByKey(indicator, resolved.key, text)
    for (const candidate of [...this.units.withCode(unit)].reverse()) {
      const point = this.getByKey(indicator, unitKey(candidate), text)
      if (point !== undefined) return point
    }
    return this.getByKey(indicator, unit, text)
  }

  getByKey(indicator: string, key: string, period: PeriodInput): DataPoint | undefined {
    const text = safeCanonical(period)
    if (text === undefined) return undefined
    return this.all.find(
      (point) => point.indicator === indicator && point.unit === key && point.period === text,
    )
  }

  series(indicator: string, unit: string): readonly DataPoint[] {
    return this.bySeries.get(indicator + SEP + unit) ?? []
  }

  unitsReporting(period: PeriodInput, indicator?: string): readonly string[] {
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
}

class ReferenceRecordIndex {
  private readonly entries: RecordEntry[] = []
  private readonly seen = new Map<string, { entry: RecordEntry; content: string }>()
  private readonly conflicted = new Set<RecordEntry>()

  add(entry: RecordEntry): TiendoIssue | undefined {
    const { record } = entry
    const content = JSON.stringify(record, Object.keys(record).sort())
    const identity = `${record.kind}\u0000${entry.unit}\u0000${record.id ?? content}`
    const earlier = this.seen.get(identity)
    if (earlier === undefined) {
      this.seen.set(identity, { entry, content })
      this.entries.push(entry)
      return undefined
    }
    const code = earlier.content === content ? 'duplicate_record' : 'conflicting_record'
    if (code === 'conflicting_record') this.conflicted.add(earlier.entry)
    return recordIssue(code, record, entry.unit, entry.location, earlier.entry.location)
  }

  query(query: RecordQuery = {}): RecordEntry[] {
    const from = max(
      query.from,
      query.period === undefined ? undefined : periodStartDate(query.period),
    )
    const to = min(query.to, query.period === undefined ? undefined : periodEndDate(query.period))
    const statuses = query.statuses === undefined ? undefined : new Set(query.statuses)
    return this.entries
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

function max(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b
}

function min(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a < b ? a : b
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
