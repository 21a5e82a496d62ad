import { kindsWithAncestors } from '@tiendo/core/internal'
import type { Observation, SubmittedRecord, Unit } from '@tiendo/schema'
import { monthIndex } from '@tiendo/schema'
import type { FactSource, RecordCountQuery, SeriesPoint, SourceValue } from './fact-source'
import { periodDates, readPeriod } from './period'
import { pickUnit, unitKey, validDuring } from './unit-validity'

/** The data of {@link createMemoryFactSource}: plain arrays, as the schema types them. */
export interface MemoryFactSourceInput {
  readonly units: readonly Unit[]
  readonly observations?: readonly Observation[] | undefined
  readonly records?: readonly SubmittedRecord[] | undefined
}

interface RecordEntry {
  readonly date: string
  readonly status: string
}

/** The value under a key, created when absent. */
function inner<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = create()
    map.set(key, value)
  }
  return value
}

/** An observation as a series point: only the fields it has. */
function pointOf(observation: Observation): SeriesPoint {
  const point: { -readonly [K in keyof SeriesPoint]: SeriesPoint[K] } = {
    period: observation.period,
  }
  if (observation.value !== undefined) point.value = observation.value
  if (observation.qualifier !== undefined) point.qualifier = observation.qualifier
  if (observation.low !== undefined) point.low = observation.low
  if (observation.high !== undefined) point.high = observation.high
  return point
}

/**
 * A {@link FactSource} over arrays held in memory: units, observations and records, already
 * validated against the schema. References resolve by period (an observation's by its
 * period, a record's by its date). An observation with a `range` and no `value` has no
 * value to compare, but stays in its series (qualifiers included) for assessments.
 *
 * Throws a `RangeError` when a reference names no unit valid at that time, or when two
 * observations give the same indicator, unit and period: conflicting data is reported by
 * `validate` and never resolved silently here.
 */
export function createMemoryFactSource(input: MemoryFactSourceInput): FactSource {
  const units = [...input.units]
  const byCode = new Map<string, Unit[]>()
  for (const unit of units) {
    const list = byCode.get(unit.code)
    if (list === undefined) byCode.set(unit.code, [unit])
    else list.push(unit)
  }

  const resolve = (ref: string, start: string, end: string): Unit | undefined => {
    const code = ref.split('@')[0] ?? ref
    const candidates = byCode.get(code)
    return candidates === undefined ? undefined : pickUnit(ref, candidates, start, end)
  }
  const resolveInPeriod = (ref: string, period: string): Unit | undefined => {
    const parsed = readPeriod(period)
    if (parsed === undefined) return undefined
    const { start, end } = periodDates(parsed)
    return resolve(ref, start, end)
  }

  // indicator → unit → period → value: no key strings to build on every lookup.
  const values = new Map<string, Map<Unit, Map<string, SourceValue>>>()
  const points = new Map<string, Map<Unit, Map<string, SeriesPoint>>>()
  const series = new Map<string, Map<Unit, SeriesPoint[]>>()
  let first: { index: number; period: string } | undefined
  let last: { index: number; period: string } | undefined
  const widen = (period: string) => {
    const parsed = readPeriod(period)
    if (parsed === undefined) return
    const start = monthIndex(parsed.start)
    const end = monthIndex(parsed.end)
    if (first === undefined || start < first.index) first = { index: start, period }
    if (last === undefined || end > last.index) last = { index: end, period }
  }

  for (const [index, observation] of (input.observations ?? []).entries()) {
    const unit = resolveInPeriod(observation.unit, observation.period)
    if (unit === undefined) {
      throw new RangeError(
        `observations[${index}]: no unit \`${observation.unit}\` is valid in ${observation.period}`,
      )
    }
    // A range without a value has no value to compare, but its series keeps it for assessments.
    const point = pointOf(observation)
    inner(
      inner(series, observation.indicator, () => new Map()),
      unit,
      () => [],
    ).push(point)
    inner(
      inner(points, observation.indicator, () => new Map()),
      unit,
      () => new Map(),
    ).set(observation.period, point)
    widen(observation.period)
    if (observation.value === undefined) continue
    const byPeriod = inner(
      inner(values, observation.indicator, () => new Map()),
      unit,
      () => new Map(),
    )
    if (byPeriod.has(observation.period)) {
      throw new RangeError(
        `observations[${index}]: a second value of \`${observation.indicator}\` for unit \`${unitKey(unit)}\` in ${observation.period}`,
      )
    }
    byPeriod.set(observation.period, observation.value)
  }

  // unit → kind → records
  const records = new Map<Unit, Map<string, RecordEntry[]>>()
  for (const [index, record] of (input.records ?? []).entries()) {
    const unit = resolve(record.unit, record.date, record.date)
    if (unit === undefined) {
      throw new RangeError(
        `records[${index}]: no unit \`${record.unit}\` is valid on ${record.date}`,
      )
    }
    inner(
      inner(records, unit, () => new Map()),
      record.kind,
      () => [],
    ).push({
      date: record.date,
      status: record.status,
    })
    widen(record.date.slice(0, 4))
  }

  const dateCache = new Map<string, { start: string; end: string } | undefined>()
  const datesOf = (period: string) => {
    if (!dateCache.has(period)) {
      const parsed = readPeriod(period)
      dateCache.set(period, parsed === undefined ? undefined : periodDates(parsed))
    }
    return dateCache.get(period)
  }

  const unitsCache = new Map<string, readonly Unit[]>()
  const kindsCache = new Map<string, ReadonlySet<string>>()
  const childrenCache = new Map<string, Map<Unit, Unit[]>>()

  const unitsIn = (period: string, kinds?: readonly string[]): readonly Unit[] => {
    const cacheKey = `${period}|${kinds?.join(',') ?? '*'}`
    const cached = unitsCache.get(cacheKey)
    if (cached !== undefined) return cached
    const parsed = readPeriod(period)
    let found: Unit[] = []
    if (parsed !== undefined) {
      const { start, end } = periodDates(parsed)
      const wanted = kinds === undefined ? undefined : new Set(kinds)
      found = units.filter(
        (unit) => (wanted === undefined || wanted.has(unit.kind)) && validDuring(unit, start, end),
      )
    }
    unitsCache.set(cacheKey, found)
    return found
  }

  return {
    units: unitsIn,
    unit: resolveInPeriod,
    children(unit, period) {
      let byParent = childrenCache.get(period)
      if (byParent === undefined) {
        byParent = new Map()
        for (const child of unitsIn(period)) {
          if (child.parent === undefined) continue
          const parent = resolveInPeriod(child.parent, period)
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
        const reporting = indicators.flatMap((id) => [...(series.get(id)?.keys() ?? [])])
        kinds = kindsWithAncestors(reporting, (unit) =>
          unit.parent === undefined ? [] : (byCode.get(unit.parent.split('@')[0]!) ?? []),
        )
        kindsCache.set(cacheKey, kinds)
      }
      return kinds
    },
    value: (indicator, unit, period) => values.get(indicator)?.get(unit)?.get(period),
    point: (indicator, unit, period) => points.get(indicator)?.get(unit)?.get(period),
    series: (indicator, unit) => series.get(indicator)?.get(unit) ?? [],
    recordCount(query: RecordCountQuery) {
      const list = records.get(query.unit)?.get(query.kind)
      const dates = list === undefined ? undefined : datesOf(query.period)
      if (list === undefined || dates === undefined) return 0
      const { start, end } = dates
      let count = 0
      for (const record of list) {
        if (record.date >= start && record.date <= end && query.statuses.includes(record.status)) {
          count++
        }
      }
      return count
    },
    recordRange(kind) {
      let first: string | undefined
      let last: string | undefined
      for (const byKind of records.values()) {
        for (const record of byKind.get(kind) ?? []) {
          const year = record.date.slice(0, 4)
          if (first === undefined || year < first) first = year
          if (last === undefined || year > last) last = year
        }
      }
      return first === undefined || last === undefined ? undefined : { from: first, to: last }
    },
    periodRange: () =>
      first === undefined || last === undefined
        ? undefined
        : { from: first.period, to: last.period },
  }
}
