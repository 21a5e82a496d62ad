/**
 * Data points held column-wise: per row a few numbers (indicator, unit key, period, the
 * observation's unit and period as written, status, source, file and line) and the value as
 * a scaled integer or its text. A `DataPoint` — with the observation as given and where it
 * was read — is made only when someone asks for that point, and nothing keeps it after.
 * @internal
 */

import type { Observation, ObservationStatus, Qualifier, SourceLocation } from '@tiendo/schema'
import { QualifierSchema } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import type { DataPoint } from '../data-point'
import { toDecimalString } from '../decimal'
import type { Provenance } from '../derive/provenance'
import { ByteColumn, IntColumn } from './columns'
import { DecimalTexts } from './decimal-texts'
import { isPlainLocation, LocationColumns, NO_PLACE } from './location-columns'
import { type PointTexts, pointTextsOf, textsOf } from './point-texts'
import type { TextTable } from './text-table'

const QUALIFIERS: readonly Qualifier[] = QualifierSchema.options

/** The keys of an observation the columns hold. */
const OBSERVATION_KEYS = new Set([
  'indicator',
  'unit',
  'period',
  'value',
  'qualifier',
  'low',
  'high',
  'status',
  'source',
  'note',
])

/** How a row's `DataPoint` is made. */
const SUBMITTED = 0
const DERIVED = 1
const GIVEN = 2

/** A submitted point's fields, as the dataset builder has checked them. @internal */
export interface SubmittedFields {
  readonly indicator: string
  readonly unit: string
  readonly period: string
  /** A plain observation (see {@link isPlainObservation}). */
  readonly observation: Observation
  readonly location: SourceLocation | undefined
}

/** A derived point's fields: its figure as decimal text, its observation's status and source. @internal */
export interface DerivedFields {
  readonly indicator: string
  readonly unit: string
  readonly period: string
  readonly value: string | undefined
  readonly qualifier: Qualifier
  readonly low: string | undefined
  readonly high: string | undefined
  readonly status: ObservationStatus | undefined
  readonly source: string | undefined
}

/** @internal */
export class PointTable {
  readonly indicator = new IntColumn()
  readonly unit = new IntColumn()
  readonly period = new IntColumn()
  private readonly shape = new ByteColumn()
  private readonly unitRef = new IntColumn()
  private readonly periodText = new IntColumn()
  private readonly value = new DecimalTexts()
  /** 0 when the observation gives no qualifier, else 1 + its index in `QUALIFIERS`. */
  private readonly qualifier = new ByteColumn()
  private readonly status = new IntColumn()
  private readonly source = new IntColumn()
  /** Where a row was read; for a derived row, its provenance's number in place of a file. */
  private readonly locations: LocationColumns
  /** Rare fields, by row: range ends, notes, locations beyond file and row, points as given. */
  private readonly ends = new Map<number, { low?: string | undefined; high?: string | undefined }>()
  private readonly notes = new Map<number, string>()
  private readonly places = new Map<number, SourceLocation>()
  private readonly given = new Map<number, DataPoint>()

  /**
   * @param texts Where the texts of every column are kept.
   * @param provenance Makes the provenance of a derived row from the number it was added with.
   */
  constructor(
    readonly texts: TextTable,
    private readonly provenance: (ref: number) => Provenance = noProvenance,
  ) {
    this.locations = new LocationColumns(texts)
  }

  get length(): number {
    return this.shape.length
  }

  /** Adds a submitted point; returns its row. */
  addSubmitted(fields: SubmittedFields): number {
    const { observation, location } = fields
    const texts = this.texts
    const row = this.addKey(fields.indicator, fields.unit, fields.period, SUBMITTED)
    this.unitRef.push(texts.intern(observation.unit))
    this.periodText.push(texts.intern(observation.period))
    this.value.push(observation.value)
    this.qualifier.push(qualifierCode(observation.qualifier))
    this.status.push(texts.internOptional(observation.status))
    this.source.push(texts.internOptional(observation.source))
    if (observation.low !== undefined || observation.high !== undefined) {
      this.ends.set(row, { low: observation.low, high: observation.high })
    }
    if (observation.note !== undefined) this.notes.set(row, observation.note)
    this.addLocation(row, location)
    return row
  }

  /** Adds a derived point; its provenance is made from `ref` when the point is asked for. */
  addDerived(fields: DerivedFields, ref: number): number {
    const row = this.addKey(fields.indicator, fields.unit, fields.period, DERIVED)
    this.unitRef.push(-1)
    this.periodText.push(-1)
    this.value.push(fields.value)
    this.qualifier.push(fields.qualifier === 'exact' ? 0 : qualifierCode(fields.qualifier))
    this.status.push(this.texts.internOptional(fields.status))
    this.source.push(this.texts.internOptional(fields.source))
    if (fields.low !== undefined || fields.high !== undefined) {
      this.ends.set(row, { low: fields.low, high: fields.high })
    }
    this.locations.pushRaw(ref)
    return row
  }

  /** Adds a point as it is (carried figures, unusual observations); returns its row. */
  addGiven(point: DataPoint): number {
    const row = this.addKey(point.indicator, point.unit, point.period, GIVEN)
    this.unitRef.push(-1)
    this.periodText.push(-1)
    this.value.push(undefined)
    this.qualifier.push(0)
    this.status.push(-1)
    this.source.push(-1)
    this.locations.pushRaw(NO_PLACE)
    this.given.set(row, point)
    return row
  }

  /** Gives back the room the columns kept for rows not added yet: call when all are in. */
  trim(): void {
    for (const column of [
      this.indicator,
      this.unit,
      this.period,
      this.shape,
      this.unitRef,
      this.periodText,
      this.value,
      this.qualifier,
      this.status,
      this.source,
      this.locations,
    ]) {
      column.trim()
    }
  }

  private addKey(indicator: string, unit: string, period: string, shape: number): number {
    this.indicator.push(this.texts.intern(indicator))
    this.unit.push(this.texts.intern(unit))
    this.period.push(this.texts.intern(period))
    return this.shape.push(shape)
  }

  private addLocation(row: number, location: SourceLocation | undefined): void {
    if (isPlainLocation(location)) {
      this.locations.push(location)
      return
    }
    this.places.set(row, location!)
    this.locations.pushRaw(NO_PLACE)
  }

  /** The point of a row, made now. */
  point(row: number): DataPoint {
    const shape = this.shape.get(row)
    if (shape === GIVEN) return this.given.get(row)!
    const texts = this.texts
    const ends = this.ends.get(row)
    const code = this.qualifier.get(row)
    const indicator = texts.text(this.indicator.get(row))
    const unit = texts.text(this.unit.get(row))
    const period = texts.text(this.period.get(row))
    const value = this.value.decimal(row)
    const qualifier = code === 0 ? 'exact' : QUALIFIERS[code - 1]!
    const low = ends?.low === undefined ? undefined : this.value.decimalOf(ends.low)
    const high = ends?.high === undefined ? undefined : this.value.decimalOf(ends.high)
    const observation = this.observation(row)
    if (shape === DERIVED) {
      const derived = this.provenance(this.locations.raw(row))
      return { indicator, unit, period, value, qualifier, low, high, observation, derived }
    }
    const location = this.location(row)
    return { indicator, unit, period, value, qualifier, low, high, observation, location }
  }

  /** The texts of a row's point, without making the point. */
  pointTexts(row: number): PointTexts {
    const shape = this.shape.get(row)
    if (shape === GIVEN) return pointTextsOf(this.given.get(row)!)
    const code = this.qualifier.get(row)
    const ends = this.ends.get(row)
    const value = this.value
    return textsOf(
      this.texts.text(this.period.get(row)),
      value.plainText(row),
      code === 0 ? 'exact' : QUALIFIERS[code - 1]!,
      ends?.low === undefined ? undefined : toDecimalString(value.decimalOf(ends.low)),
      ends?.high === undefined ? undefined : toDecimalString(value.decimalOf(ends.high)),
      shape === DERIVED ? this.provenance(this.locations.raw(row)).method : undefined,
    )
  }

  /** The value of a row as a decimal, without making the point. */
  decimal(row: number): Decimal | undefined {
    return this.shape.get(row) === GIVEN ? this.given.get(row)!.value : this.value.decimal(row)
  }

  /** The observation of a row: its fields as given, or as derivation wrote them. */
  observation(row: number): Observation {
    const shape = this.shape.get(row)
    if (shape === GIVEN) return this.given.get(row)!.observation
    const texts = this.texts
    const derived = shape === DERIVED
    const observation: { -readonly [K in keyof Observation]: Observation[K] } = {
      indicator: texts.text(this.indicator.get(row)),
      unit: texts.text(derived ? this.unit.get(row) : this.unitRef.get(row)),
      period: texts.text(derived ? this.period.get(row) : this.periodText.get(row)),
    }
    const value = this.value.text(row)
    if (value !== undefined) observation.value = value
    const code = this.qualifier.get(row)
    if (code !== 0) observation.qualifier = QUALIFIERS[code - 1]!
    const ends = this.ends.get(row)
    if (ends?.low !== undefined) observation.low = ends.low
    if (ends?.high !== undefined) observation.high = ends.high
    const status = texts.optional(this.status.get(row))
    if (status !== undefined) observation.status = status as ObservationStatus
    const source = texts.optional(this.source.get(row))
    if (source !== undefined) observation.source = source
    const note = this.notes.get(row)
    if (note !== undefined) observation.note = note
    return observation
  }

  /** Where a row was read, or `undefined`. */
  location(row: number): SourceLocation | undefined {
    const shape = this.shape.get(row)
    if (shape === GIVEN) return this.given.get(row)!.location
    if (shape === DERIVED) return undefined
    return this.places.get(row) ?? this.locations.location(row)
  }

  /** Whether a row's point carries `derived` (a provenance). */
  isDerived(row: number): boolean {
    const shape = this.shape.get(row)
    return shape === DERIVED || (shape === GIVEN && this.given.get(row)!.derived !== undefined)
  }
}

function qualifierCode(qualifier: Qualifier | undefined): number {
  return qualifier === undefined ? 0 : 1 + QUALIFIERS.indexOf(qualifier)
}

function noProvenance(): Provenance {
  throw new Error('This table holds no derived points.')
}

/**
 * Whether an observation is what a reader gives — known keys, text values, a plain object —
 * so that its fields can be held as columns and the object made again, equal, on demand.
 * Anything else is kept as given. @internal
 */
export function isPlainObservation(observation: Observation): boolean {
  if (Object.getPrototypeOf(observation) !== Object.prototype) return false
  for (const key in observation) {
    if (!OBSERVATION_KEYS.has(key)) return false
    const value = (observation as Record<string, unknown>)[key]
    if (typeof value !== 'string') return false
  }
  return (
    observation.qualifier === undefined || QUALIFIERS.includes(observation.qualifier as Qualifier)
  )
}
