import type { DataOutside, DataPoint, Dataset, UnitRegistry } from '@tiendo/core'
import { unitKey } from '@tiendo/core'
import { kindsWithAncestors, registryParents } from '@tiendo/core/internal'
import type { Unit } from '@tiendo/schema'
import { monthIndex } from '@tiendo/schema'
import type { FactSource, SeriesPoint } from './fact-source'
import { readPeriod } from './period'

/** A data point as a fact source gives it: only the fields it has. */
function seriesPoint(point: DataPoint): SeriesPoint {
  const entry: { -readonly [K in keyof SeriesPoint]: SeriesPoint[K] } = { period: point.period }
  if (point.value !== undefined) entry.value = point.value
  if (point.qualifier !== 'exact') entry.qualifier = point.qualifier
  if (point.low !== undefined) entry.low = point.low
  if (point.high !== undefined) entry.high = point.high
  return entry
}

/** Options of {@link datasetFactSource}. */
export interface DatasetFactSourceOptions {
  /**
   * When the dataset holds one part of the unit tree: what the data outside it say (core's
   * `collectDataOutside`), so the kinds that report an indicator, the years of records and the
   * first and last periods are the whole data's, and the part's results the whole run's.
   * Defaults to nothing outside.
   */
  readonly outside?: DataOutside | undefined
}

/**
 * A {@link FactSource} over a `@tiendo/core` dataset and the unit registry its references
 * were resolved against: values and records as the dataset indexed them (duplicates and
 * conflicts already reported by `createDataset`), units and their validity as the registry
 * knows them. A reference that names no unit in a period is no unit, never an error here.
 */
export function datasetFactSource(
  dataset: Dataset,
  registry: UnitRegistry,
  options: DatasetFactSourceOptions = {},
): FactSource {
  const { outside } = options
  const unitsCache = new Map<string, readonly Unit[]>()
  const childrenCache = new Map<string, Map<Unit, Unit[]>>()
  // Who reports each indicator: one pass over the dataset's keys, the first time a fact asks.
  let reportingUnits: Map<string, Set<Unit>> | undefined
  const kindsCache = new Map<string, ReadonlySet<string>>()

  const unitsIn = (period: string, kinds?: readonly string[]): readonly Unit[] => {
    const cacheKey = `${period}|${kinds?.join(',') ?? '*'}`
    let found = unitsCache.get(cacheKey)
    if (found === undefined) {
      const wanted = kinds === undefined ? undefined : new Set(kinds)
      found = registry.units.filter(
        (unit) =>
          (wanted === undefined || wanted.has(unit.kind)) && registry.isValidDuring(unit, period),
      )
      unitsCache.set(cacheKey, found)
    }
    return found
  }
  const unitIn = (ref: string, period: string): Unit | undefined => {
    const resolved = registry.resolve(ref, period)
    return resolved.ok ? resolved.unit : undefined
  }

  let range: { from: string; to: string } | undefined | null = null
  const recordRanges = new Map<string, { from: string; to: string } | undefined>()
  return {
    units: unitsIn,
    unit: unitIn,
    children(unit, period) {
      let byParent = childrenCache.get(period)
      if (byParent === undefined) {
        byParent = new Map()
        for (const child of unitsIn(period)) {
          const parent = child.parent === undefined ? undefined : unitIn(child.parent, period)
          if (parent === undefined) continue
          const list = byParent.get(parent)
          if (list === undefined) byParent.set(parent, [child])
          else list.push(child)
        }
        childrenCache.set(period, byParent)
      }
      return byParent.get(unit) ?? []
    },
    reportingKinds(indicators) {
      const cacheKey = indicators.join('\u0000')
      let kinds = kindsCache.get(cacheKey)
      if (kinds === undefined) {
        reportingUnits ??= unitsByIndicator(dataset, registry)
        const reporting = indicators.flatMap((id) => [...(reportingUnits!.get(id) ?? [])])
        const found = kindsWithAncestors(reporting, registryParents(registry))
        for (const id of indicators) {
          for (const kind of outside?.reportingKinds(id) ?? []) found.add(kind)
        }
        kinds = found
        kindsCache.set(cacheKey, kinds)
      }
      return kinds
    },
    value: (indicator, unit, period) => dataset.valueByKey(indicator, unitKey(unit), period),
    point(indicator, unit, period) {
      const point = dataset.getByKey(indicator, unitKey(unit), period)
      return point === undefined ? undefined : seriesPoint(point)
    },
    series: (indicator, unit) => dataset.series(indicator, unitKey(unit)).map(seriesPoint),
    recordCount: (query) =>
      dataset.countRecords({
        kind: query.kind,
        unit: unitKey(query.unit),
        period: query.period,
        statuses: query.statuses,
      }),
    recordRange(kind) {
      // Asked once per rule and scope: the range of a kind is found once.
      if (recordRanges.has(kind)) return recordRanges.get(kind)
      let first: string | undefined
      let last: string | undefined
      for (const entry of dataset.records({ kind })) {
        const year = entry.record.date.slice(0, 4)
        if (first === undefined || year < first) first = year
        if (last === undefined || year > last) last = year
      }
      const beyond = outside?.recordYears(kind)
      if (beyond !== undefined) {
        if (first === undefined || beyond.from < first) first = beyond.from
        if (last === undefined || beyond.to > last) last = beyond.to
      }
      const found =
        first === undefined || last === undefined ? undefined : { from: first, to: last }
      recordRanges.set(kind, found)
      return found
    },
    periodRange() {
      if (range === null) {
        const periods: string[] = []
        dataset.forEachKey((_indicator, _unit, period) => periods.push(period))
        for (const entry of dataset.records()) periods.push(entry.record.date.slice(0, 4))
        periods.push(...(outside?.periods ?? []))
        // The first period to start and the last to end, as the memory source finds them.
        let first: { period: string; at: number } | undefined
        let last: { period: string; at: number } | undefined
        for (const period of periods) {
          const parsed = readPeriod(period)
          if (parsed === undefined) continue
          const start = monthIndex(parsed.start)
          const end = monthIndex(parsed.end)
          if (first === undefined || start < first.at) first = { period, at: start }
          if (last === undefined || end > last.at) last = { period, at: end }
        }
        range =
          first === undefined || last === undefined
            ? undefined
            : { from: first.period, to: last.period }
      }
      return range
    },
  }
}

/** The units with a value of each indicator, in any period. */
function unitsByIndicator(dataset: Dataset, registry: UnitRegistry): Map<string, Set<Unit>> {
  const byIndicator = new Map<string, Set<Unit>>()
  dataset.forEachKey((indicator, key) => {
    const unit = registry.get(key)
    if (unit === undefined) return
    let units = byIndicator.get(indicator)
    if (units === undefined) {
      units = new Set()
      byIndicator.set(indicator, units)
    }
    units.add(unit)
  })
  return byIndicator
}
