/**
 * The dataset: validated observations (and records) indexed for O(1) lookup by indicator ×
 * unit × period, series in period order, and the units reporting in a period. Values are
 * exact decimals; the observations themselves are kept untouched beside them.
 */

import type { Observation, ParsedPeriod, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { DataPoint, LocatedObservation } from './data-point'
import { sameFigure } from './data-point'
import { Exact } from './decimal'
import { conflictingObservation, duplicateObservation } from './duplicates'
import { makeIssue } from './issue'
import { canonicalPeriod, comparePeriods, PeriodError, type PeriodInput, toPeriod } from './period'
import { type LocatedRecord, type RecordEntry, RecordIndex, type RecordQuery } from './records'
import { type UnitRegistry, unitKey } from './units'

/** What {@link createDataset} indexes. */
export interface DatasetInput {
  /** Observations, bare or with their source locations. */
  readonly observations: readonly (LocatedObservation | Observation)[]
  /** Submitted records, bare or with their source locations. Defaults to none. */
  readonly records?: readonly (LocatedRecord | SubmittedRecord)[]
  /**
   * The units, to resolve each reference to the unit valid in its period (`56` in 2024 is
   * the old Khánh Hòa, `56@2025-07-01` the merged one). Without it, units are keyed by the
   * reference as written and nothing is checked.
   */
  readonly units?: UnitRegistry
}

/** Indexed observations and records. Build one with {@link createDataset}. */
export interface Dataset {
  /** The registry the units were resolved against, when one was given. */
  readonly units: UnitRegistry | undefined
  /** How many values are indexed. */
  readonly size: number
  /**
   * The value of an indicator for a unit and period, or `undefined`. `unit` is a unit key
   * (`58`, `56@2025-07-01`); with a registry, a bare code is resolved to the unit valid in
   * the period, as in observation files (`56` in 2022 is the old Khánh Hòa), and when no
   * unit of that code existed then, to the later unit holding a back-cast figure (`KH1` in
   * 2024 after carrying). Use `getByKey` for an exact key. `period` matches by the months it covers (`2024-01/2024-12` finds `2024`).
   */
  get(indicator: string, unit: string, period: PeriodInput): DataPoint | undefined
  /** The value for an exact unit key (`56` is then the old Khánh Hòa, whatever the period), or `undefined`. */
  getByKey(indicator: string, key: string, period: PeriodInput): DataPoint | undefined
  /** Every value of an indicator for a unit (a unit key), in period order (see `comparePeriods`). */
  series(indicator: string, unit: string): readonly DataPoint[]
  /** The keys of the units with a value in a period (for one indicator, or any), sorted. */
  unitsReporting(period: PeriodInput, indicator?: string): readonly string[]
  /** The indicators with at least one value, sorted. */
  indicators(): readonly string[]
  /** Every value, in the order indexed. */
  points(): readonly DataPoint[]
  /** The records matching a query, by date. Conflicting records are left out (see the issues). */
  records(query?: RecordQuery): readonly RecordEntry[]
}

/** A dataset and everything found while building it. */
export interface DatasetResult {
  readonly dataset: Dataset
  /**
   * Problems found: `duplicate_observation` (warning; one copy kept),
   * `conflicting_observation` (error; neither value is indexed), `duplicate_record`,
   * `conflicting_record`, unit resolution issues (`unknown_unit`,
   * `unit_not_valid_in_period`: the observation is not indexed;
   * `unit_validity_straddles_period`, `unit_backcast`: it is), and `period_*` or
   * `decimal_syntax` for input that skipped validation.
   */
  readonly issues: readonly TiendoIssue[]
}

/**
 * Indexes observations and records. Nothing is changed or dropped silently: every
 * observation left out of the index is named by an error in `issues`.
 */
export function createDataset(input: DatasetInput): DatasetResult {
  const builder = new DatasetBuilder(input.units)
  for (const item of input.observations) {
    const located = 'observation' in item ? item : { observation: item }
    builder.addObservation(located)
  }
  for (const item of input.records ?? []) {
    builder.addRecord('record' in item ? item : { record: item })
  }
  return { dataset: builder.build(), issues: builder.issues }
}

const SEP = '\u0000'

/** Builds a dataset point by point; `carryOnto` uses it for carried values. @internal */
export class DatasetBuilder {
  readonly issues: TiendoIssue[] = []
  private readonly byKey = new Map<string, DataPoint>()
  /** Every copy of a key seen more than once (rare), first copy first. */
  private readonly copies = new Map<string, DataPoint[]>()
  private readonly conflicted = new Set<string>()
  private readonly recordIndex = new RecordIndex()
  // Many observations share a period and a unit × period: parse and resolve each once.
  private readonly periods = new Map<string, string | PeriodError>()
  private readonly clean = new Map<string, string>()

  constructor(private readonly units: UnitRegistry | undefined) {}

  addObservation({ observation, location }: LocatedObservation): void {
    const context = () => ({
      location,
      indicator: observation.indicator,
      unit: observation.unit,
      period: observation.period,
    })
    const period = this.periodOf(observation.period)
    if (period instanceof PeriodError) {
      this.issues.push(invalidInput(period.code, 'period', observation.period, context()))
      return
    }
    const figures = readFigures(observation)
    if (typeof figures === 'string') {
      this.issues.push(invalidInput('decimal_syntax', 'value', figures, context()))
      return
    }
    let unit = observation.unit
    if (this.units !== undefined) {
      const cacheKey = observation.unit + SEP + observation.period
      const known = this.clean.get(cacheKey)
      if (known !== undefined) unit = known
      else {
        const resolved = this.units.resolve(observation.unit, observation.period, {
          location,
          indicator: observation.indicator,
        })
        this.issues.push(...resolved.issues)
        if (!resolved.ok) return
        // Only resolutions without issues are reused: issues name each observation's location.
        if (resolved.issues.length === 0) this.clean.set(cacheKey, resolved.key)
        unit = resolved.key
      }
    }
    this.addPoint({
      indicator: observation.indicator,
      unit,
      period,
      value: figures.value,
      qualifier: observation.qualifier ?? 'exact',
      low: figures.low,
      high: figures.high,
      observation,
      location,
    })
  }

  private periodOf(text: string): string | PeriodError {
    let period = this.periods.get(text)
    if (period === undefined) {
      try {
        period = canonicalPeriod(toPeriod(text))
      } catch (error) {
        if (!(error instanceof PeriodError)) throw error
        period = error
      }
      this.periods.set(text, period)
    }
    return period
  }

  addRecord({ record, location }: LocatedRecord): void {
    let unit = record.unit
    if (this.units !== undefined) {
      const found = this.units.at(record.unit, record.date)
      if (found === undefined) {
        // Resolve over the record's month only to word the error.
        const resolved = this.units.resolve(record.unit, record.date.slice(0, 7), { location })
        this.issues.push(...resolved.issues.filter((issue) => issue.severity === 'error'))
        return
      }
      unit = unitKey(found)
    }
    const issue = this.recordIndex.add({ record, unit, location })
    if (issue !== undefined) this.issues.push(issue)
  }

  /** Indexes a record as it stands, its unit already resolved. */
  addRecordEntry(entry: RecordEntry): void {
    const issue = this.recordIndex.add(entry)
    if (issue !== undefined) this.issues.push(issue)
  }

  /** Indexes a point, reporting a duplicate or a conflict with one already indexed. */
  addPoint(point: DataPoint): void {
    const key = point.indicator + SEP + point.unit + SEP + point.period
    const indexed = this.byKey.get(key)
    if (indexed === undefined && !this.copies.has(key)) {
      this.byKey.set(key, point)
      return
    }
    let earlier = this.copies.get(key)
    if (earlier === undefined) {
      earlier = [indexed!]
      this.copies.set(key, earlier)
    }
    const first = earlier[0]!
    if (!this.conflicted.has(key) && sameFigure(first, point)) {
      this.issues.push(duplicateObservation(first, point))
    } else {
      this.issues.push(conflictingObservation(earlier, point))
      this.conflicted.add(key)
      this.byKey.delete(key)
    }
    earlier.push(point)
  }

  build(): Dataset {
    return new IndexedDataset(this.units, this.byKey, this.recordIndex)
  }
}

/** The exact figures of an observation, or the text that is not a decimal. */
function readFigures(
  observation: Observation,
): { value: Decimal | undefined; low: Decimal | undefined; high: Decimal | undefined } | string {
  const value = readDecimal(observation.value)
  if (typeof value === 'string') return value
  // Only a range has ends; skip the work for every other observation.
  if (observation.low === undefined && observation.high === undefined) {
    return { value, low: undefined, high: undefined }
  }
  const low = readDecimal(observation.low)
  if (typeof low === 'string') return low
  const high = readDecimal(observation.high)
  if (typeof high === 'string') return high
  return { value, low, high }
}

/** An exact decimal, `undefined` for no text, or the text itself when it is not a decimal. */
function readDecimal(text: string | undefined): Decimal | undefined | string {
  if (text === undefined) return undefined
  try {
    return new Exact(text)
  } catch {
    return text
  }
}

function invalidInput(
  code: string,
  field: 'period' | 'value',
  text: string,
  context: Parameters<typeof makeIssue>[3],
): TiendoIssue {
  const words =
    field === 'period'
      ? {
          message: {
            vi: `\`${text}\` không phải là một kỳ báo cáo; dòng này không được đưa vào dữ liệu.`,
            en: `\`${text}\` is not a period; this row is left out of the dataset.`,
          },
          hint: {
            vi: 'Ghi năm `2024`, nửa năm `2024-H1`, quý `2024-Q3`, tháng `2024-09` hoặc khoảng `2024-01/2024-09`.',
            en: 'Write a year `2024`, a half `2024-H1`, a quarter `2024-Q3`, a month `2024-09` or a span `2024-01/2024-09`.',
          },
        }
      : {
          message: {
            vi: `\`${text}\` không phải là một số thập phân; dòng này không được đưa vào dữ liệu.`,
            en: `\`${text}\` is not a decimal number; this row is left out of the dataset.`,
          },
          hint: {
            vi: 'Dùng dấu `.` cho phần thập phân và không dùng dấu phân cách hàng nghìn, ví dụ `363558` hoặc `87.5`.',
            en: 'Use `.` as the decimal mark and no thousands separators, e.g. `363558` or `87.5`.',
          },
        }
  return makeIssue(code, 'error', words, context)
}

class IndexedDataset implements Dataset {
  readonly size: number
  private readonly all: readonly DataPoint[]
  private readonly bySeries = new Map<string, DataPoint[]>()
  private readonly byPeriod = new Map<string, DataPoint[]>()
  private readonly canonicalTexts = new Map<string, string>()
  /**
   * indicator → unit key → period → point: the lookup rules make for every scope. Nested maps
   * of the strings given, rather than one joined key, so a lookup builds no string.
   */
  private readonly byIndicator = new Map<string, Map<string, Map<string, DataPoint>>>()

  constructor(
    readonly units: UnitRegistry | undefined,
    byKey: ReadonlyMap<string, DataPoint>,
    private readonly recordIndex: RecordIndex,
  ) {
    this.all = [...byKey.values()]
    this.size = this.all.length
    for (const point of this.all) {
      push(this.bySeries, point.indicator + SEP + point.unit, point)
      push(this.byPeriod, point.period, point)
      let byUnit = this.byIndicator.get(point.indicator)
      if (byUnit === undefined) {
        byUnit = new Map()
        this.byIndicator.set(point.indicator, byUnit)
      }
      let byPeriod = byUnit.get(point.unit)
      if (byPeriod === undefined) {
        byPeriod = new Map()
        byUnit.set(point.unit, byPeriod)
      }
      byPeriod.set(point.period, point)
    }
    // Parse each distinct period once, not at every comparison.
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
    return text === undefined ? undefined : this.byIndicator.get(indicator)?.get(key)?.get(text)
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
