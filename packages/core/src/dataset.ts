/**
 * The dataset: validated observations (and records) indexed for O(1) lookup by indicator ×
 * unit × period, series in period order, and the units reporting in a period. Values are
 * exact decimals; the observations themselves are kept untouched beside them.
 */

import type {
  Observation,
  SourceLocation,
  SubmittedRecord,
  TiendoIssue,
  TypedIssue,
} from '@tiendo/schema'
import { memoizeText, suggestPeriod } from '@tiendo/schema/internal'
import type { Decimal } from 'decimal.js'
import { CompactDataset } from './compact/compact-dataset'
import { PointLayer } from './compact/point-layer'
import { isPlainObservation } from './compact/point-table'
import { RecordRows } from './compact/record-index'
import { TextTable } from './compact/text-table'
import type { DataPoint, LocatedObservation } from './data-point'
import { Exact } from './decimal'
import { FoundIssues, type IssuesLeftOut } from './found-issues'
import { makeIssue } from './issue'
import { canonicalPeriod, PeriodError, type PeriodInput, toPeriod } from './period'
import type { LocatedRecord, RecordEntry, RecordQuery } from './records'
import { RowUnits } from './row-units'
import type { UnitRegistry } from './units'

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
  /** `getByKey(…)?.value` without making the point: what rules ask most. */
  valueByKey(indicator: string, key: string, period: PeriodInput): Decimal | undefined
  /** Every value of an indicator for a unit (a unit key), in period order (see `comparePeriods`). */
  series(indicator: string, unit: string): readonly DataPoint[]
  /** The keys of the units with a value in a period (for one indicator, or any), sorted. */
  unitsReporting(period: PeriodInput, indicator?: string): readonly string[]
  /** The indicators with at least one value, sorted. */
  indicators(): readonly string[]
  /** Every value, in the order indexed. */
  points(): readonly DataPoint[]
  /**
   * Calls `visit` with the indicator, unit key and period of every value, in the order of
   * `points()`, without making the points: a pass over what is there costs no allocation.
   */
  forEachKey(visit: (indicator: string, unit: string, period: string) => void): void
  /** The records matching a query, by date. Conflicting records are left out (see the issues). */
  records(query?: RecordQuery): readonly RecordEntry[]
  /** How many records match a query (`records(query).length`, without listing them). */
  countRecords(query?: RecordQuery): number
  /**
   * Calls `visit` with the unit key, date and status of every record matching a query, in
   * no particular order, without making the records: a pass that tallies them allocates
   * nothing per record. Conflicting records are left out, as in `records`.
   */
  forEachRecord(
    query: RecordQuery,
    visit: (unit: string, date: string, status: string) => void,
  ): void
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
  /**
   * The issues past the builder's `maxIssues`, counted by severity and code but neither
   * listed nor made. Absent when none was left out (always, without `maxIssues`).
   */
  readonly issuesLeftOut?: IssuesLeftOut | undefined
}

/** Options of {@link createDatasetBuilder}. */
export interface DatasetBuilderOptions extends Pick<DatasetInput, 'units'> {
  /**
   * Issues listed in `build().issues`; past it they are counted in `build().issuesLeftOut`
   * instead, without being made. A file written for another pack names an unknown unit on
   * every row: at eight times the national benchmark, 1.6 million issues worded in two
   * languages, 0.9 GB. Defaults to no limit.
   */
  readonly maxIssues?: number | undefined
}

/**
 * Indexes observations and records. Nothing is changed or dropped silently: every
 * observation left out of the index is named by an error in `issues`.
 */
export function createDataset(input: DatasetInput): DatasetResult {
  const builder = createDatasetBuilder({ units: input.units })
  for (const item of input.observations) builder.addObservation(item)
  for (const item of input.records ?? []) builder.addRecord(item)
  return builder.build()
}

/**
 * A dataset indexed row by row, as a reader gives the rows: each is taken in as it comes, so
 * a national file is never held as objects, only as the dataset's columns. The dataset is
 * the one {@link createDataset} makes from the same rows, and its issues come in the order
 * the rows were added.
 */
export interface DatasetBuilder {
  /** Indexes an observation, bare or with its source location (named by its issues). */
  addObservation(item: LocatedObservation | Observation): void
  /** Indexes a submitted record, bare or with its source location. */
  addRecord(item: LocatedRecord | SubmittedRecord): void
  /** The dataset and every issue found while indexing. Call it once, after the last row. */
  build(): DatasetResult
}

/** Starts a dataset to index row by row (see {@link DatasetBuilder}). */
export function createDatasetBuilder(options: DatasetBuilderOptions = {}): DatasetBuilder {
  const { maxIssues } = options
  if (maxIssues !== undefined && !(Number.isSafeInteger(maxIssues) && maxIssues >= 0)) {
    throw new RangeError(`maxIssues must be a whole number ≥ 0, not ${maxIssues}`)
  }
  const builder = new CompactDatasetBuilder(options.units, undefined, maxIssues)
  let built = false
  const stillOpen = (then: string) => {
    if (built) throw new Error(`This dataset is built already: ${then}.`)
  }
  return {
    addObservation(item) {
      stillOpen('start another to add rows')
      builder.addObservation('observation' in item ? item : { observation: item })
    },
    addRecord(item) {
      stillOpen('start another to add rows')
      builder.addRecord('record' in item ? item : { record: item })
    },
    build() {
      stillOpen('build() is called once')
      built = true
      const dataset = builder.build()
      const issuesLeftOut = builder.issuesLeftOut()
      return issuesLeftOut === undefined
        ? { dataset, issues: builder.issues }
        : { dataset, issues: builder.issues, issuesLeftOut }
    },
  }
}

/**
 * Builds a dataset point by point, column-wise (see `compact/`); `carryOnto` uses it for
 * carried values. Build once: the dataset takes over the builder's tables. @internal
 */
export class CompactDatasetBuilder {
  private readonly found: FoundIssues
  readonly texts = new TextTable()
  private readonly layer = new PointLayer(this.texts)
  private readonly recordRows: RecordRows
  /** The units rows name, resolved once per reference and period (`undefined`: as given). */
  private readonly rowUnits: RowUnits | undefined

  /**
   * @param units The registry units are resolved against, if any.
   * @param records Records already indexed, to share (a derived dataset's are its source's).
   * @param maxIssues Issues listed; past it, counted (see `DatasetBuilderOptions`).
   */
  constructor(
    private readonly units: UnitRegistry | undefined,
    records?: RecordRows,
    maxIssues?: number,
  ) {
    this.recordRows = records ?? new RecordRows(this.texts)
    this.found = new FoundIssues(maxIssues)
    this.rowUnits = units === undefined ? undefined : new RowUnits(units, this.found)
  }

  /** The issues listed, in the order found. */
  get issues(): TiendoIssue[] {
    return this.found.list
  }

  /** The issues counted past `maxIssues`, if any. */
  issuesLeftOut(): IssuesLeftOut | undefined {
    return this.found.leftOut()
  }

  addObservation({ observation, location }: LocatedObservation): void {
    const period = this.periodOf(observation.period)
    if (typeof period !== 'string') {
      const context = contextOf(observation, location)
      this.found.push(invalidInput(period.code, 'period', observation.period, context))
      return
    }
    // Only a range has ends; skip the work for every other observation.
    const bad = this.badDecimal(observation)
    if (bad !== undefined) {
      const context = contextOf(observation, location)
      this.found.push(invalidInput('decimal_syntax', 'value', bad, context))
      return
    }
    let unit = observation.unit
    if (this.rowUnits !== undefined) {
      const context = { location, indicator: observation.indicator }
      const key = this.rowUnits.observationUnit(observation.unit, observation.period, context)
      if (key === undefined) return
      unit = key
    }
    const { indicator } = observation
    if (isPlainObservation(observation)) {
      this.layer.addSubmitted({ indicator, unit, period, observation, location }, this.found)
      return
    }
    // Anything unusual is kept whole, as given.
    const decimal = (text: string | undefined) => (text === undefined ? undefined : new Exact(text))
    const ranged = observation.low !== undefined || observation.high !== undefined
    this.layer.addGiven(
      {
        indicator,
        unit,
        period,
        value: decimal(observation.value),
        qualifier: observation.qualifier ?? 'exact',
        low: ranged ? decimal(observation.low) : undefined,
        high: ranged ? decimal(observation.high) : undefined,
        observation,
        location,
      },
      this.found,
    )
  }

  private readonly periodOf = memoizeText((text): string | PeriodError => {
    try {
      return canonicalPeriod(toPeriod(text))
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error
      return error
    }
  })

  /** The first text of the value, or of a range's ends, that is not a decimal. */
  private badDecimal(observation: Observation): string | undefined {
    const { value, low, high } = observation
    if (value !== undefined && !this.isDecimal(value)) return value
    if (low === undefined && high === undefined) return undefined
    if (low !== undefined && !this.isDecimal(low)) return low
    if (high !== undefined && !this.isDecimal(high)) return high
    return undefined
  }

  /** A plain decimal is told by its text, faster than a memo can hash it; others are read. */
  private isDecimal(text: string): boolean {
    return PLAIN_DECIMAL.test(text) || this.readsAsDecimal(text)
  }

  private readonly readsAsDecimal = memoizeText((text): boolean => {
    try {
      new Exact(text)
      return true
    } catch {
      return false
    }
  })

  addRecord({ record, location }: LocatedRecord): void {
    let unit = record.unit
    if (this.rowUnits !== undefined) {
      const key = this.rowUnits.recordUnit(record.unit, record.date, location)
      if (key === undefined) return
      unit = key
    }
    const issue = this.recordRows.add({ record, unit, location })
    if (issue !== undefined) this.found.push(issue)
  }

  /** Indexes a record as it stands, its unit already resolved. */
  addRecordEntry(entry: RecordEntry): void {
    const issue = this.recordRows.add(entry)
    if (issue !== undefined) this.found.push(issue)
  }

  /** Indexes a point as it is, reporting a duplicate or a conflict with one already indexed. */
  addPoint(point: DataPoint): void {
    this.layer.addGiven(point, this.found)
  }

  build(): Dataset {
    this.layer.trim()
    this.recordRows.trim()
    return new CompactDataset(this.units, this.texts, [this.layer], this.recordRows)
  }
}

/** The decimals every reader writes: no exponent, no sign but `-`. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/

/** Where an observation is and what it is about, for its issues. */
function contextOf(
  observation: Observation,
  location: SourceLocation | undefined,
): Parameters<typeof makeIssue>[3] {
  return {
    location,
    indicator: observation.indicator,
    unit: observation.unit,
    period: observation.period,
  }
}

/** The issue for input that skipped validation: a period or a decimal that is not one. @internal */
export function invalidInput(
  code: string,
  field: 'period' | 'value',
  text: string,
  context: Parameters<typeof makeIssue>[3],
): TiendoIssue {
  // The form meant, as the schema's hint names it (`quý III/2024` → `2024-Q3`).
  const meant = field === 'period' ? suggestPeriod(text) : undefined
  const words =
    field === 'period'
      ? {
          message: {
            vi: `\`${text}\` không phải là một kỳ báo cáo; dòng này không được đưa vào dữ liệu.`,
            en: `\`${text}\` is not a period; this row is left out of the dataset.`,
          },
          hint: {
            vi: `${meant === undefined ? '' : `Có phải là \`${meant}\`? `}Ghi năm \`2024\`, nửa năm \`2024-H1\`, quý \`2024-Q3\`, tháng \`2024-09\` hoặc khoảng \`2024-01/2024-09\`.`,
            en: `${meant === undefined ? '' : `Did you mean \`${meant}\`? `}Write a year \`2024\`, a half \`2024-H1\`, a quarter \`2024-Q3\`, a month \`2024-09\` or a span \`2024-01/2024-09\`.`,
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
  const issue = makeIssue(code, 'error', words, context)
  if (meant === undefined) return issue
  // The field the schema's `period_syntax` names it in.
  const suggested: TypedIssue<string, { suggestion: string }> = { ...issue, suggestion: meant }
  return suggested
}
