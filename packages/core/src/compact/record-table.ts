/**
 * Submitted records held column-wise: per row the kind, the unit's key, the unit and date
 * as written, the status, file and line as numbers, and the id and title as the texts
 * given. A `RecordEntry` is made only when someone lists records; counting them makes
 * nothing. @internal
 */

import type { SourceLocation, SubmittedRecord } from '@tiendo/schema'
import { recordInput, recordInputJsonText, recordInputText } from '../derive/count-provenance'
import type { ProvenanceInput } from '../derive/provenance'
import type { RecordEntry } from '../records'
import { IntColumn } from './columns'
import { isPlainLocation, LocationColumns, NO_PLACE } from './location-columns'
import type { TextTable } from './text-table'
import { Utf8Texts } from './utf8-texts'

/** The keys of a record the columns hold. */
const RECORD_KEYS = new Set([
  'id',
  'kind',
  'unit',
  'date',
  'status',
  'title',
  'evidence',
  'source',
  'note',
])

/** @internal */
export class RecordTable {
  readonly kind = new IntColumn()
  readonly unit = new IntColumn()
  readonly date = new IntColumn()
  readonly status = new IntColumn()
  private readonly unitRef = new IntColumn()
  private readonly source = new IntColumn()
  private readonly places: LocationColumns
  private readonly ids: (string | undefined)[] = []
  /** Titles are long and each different: held as bytes (see {@link Utf8Texts}). */
  private readonly titles = new Utf8Texts()
  private readonly evidence = new Map<number, string>()
  private readonly notes = new Map<number, string>()
  /** Entries kept as given: records that are not plain, or not located plainly. */
  private readonly given = new Map<number, RecordEntry>()

  constructor(readonly texts: TextTable) {
    this.places = new LocationColumns(texts)
  }

  get length(): number {
    return this.titles.length
  }

  /** Adds an entry (its unit resolved); returns its row. */
  add(entry: RecordEntry): number {
    const { record, location } = entry
    const texts = this.texts
    const row = this.titles.length
    this.kind.push(texts.intern(String(record.kind)))
    this.unit.push(texts.intern(entry.unit))
    this.date.push(texts.intern(String(record.date)))
    this.status.push(texts.intern(String(record.status)))
    if (!isPlainRecord(record) || !isPlainLocation(location)) {
      this.given.set(row, entry)
      this.unitRef.push(-1)
      this.source.push(-1)
      this.places.pushRaw(NO_PLACE)
      this.ids.push(undefined)
      this.titles.push('')
      return row
    }
    this.unitRef.push(texts.intern(record.unit))
    this.source.push(texts.internOptional(record.source))
    this.ids.push(record.id)
    this.titles.push(record.title)
    if (record.evidence !== undefined) this.evidence.set(row, record.evidence)
    if (record.note !== undefined) this.notes.set(row, record.note)
    this.places.push(location)
    return row
  }

  /** Gives back the room the columns kept for rows not added yet: call when all are in. */
  trim(): void {
    for (const column of [
      this.kind,
      this.unit,
      this.date,
      this.status,
      this.unitRef,
      this.source,
    ]) {
      column.trim()
    }
    this.places.trim()
  }

  /** The record of a row, made now (as given). */
  record(row: number): SubmittedRecord {
    const given = this.given.get(row)
    if (given !== undefined) return given.record
    const texts = this.texts
    const record: { -readonly [K in keyof SubmittedRecord]: SubmittedRecord[K] } = {
      kind: texts.text(this.kind.get(row)),
      unit: texts.text(this.unitRef.get(row)),
      date: texts.text(this.date.get(row)),
      status: texts.text(this.status.get(row)) as SubmittedRecord['status'],
      title: this.titles.get(row),
    }
    const id = this.ids[row]
    // The id first, as the schema and the readers order a record's fields.
    const ordered: { -readonly [K in keyof SubmittedRecord]: SubmittedRecord[K] } =
      id === undefined ? record : { id, ...record }
    const evidence = this.evidence.get(row)
    if (evidence !== undefined) ordered.evidence = evidence
    const source = texts.optional(this.source.get(row))
    if (source !== undefined) ordered.source = source
    const note = this.notes.get(row)
    if (note !== undefined) ordered.note = note
    return ordered
  }

  /** Where a row was read, or `undefined`. */
  location(row: number): SourceLocation | undefined {
    const given = this.given.get(row)
    if (given !== undefined) return given.location
    return this.places.location(row)
  }

  /** The entry of a row, made now. */
  entry(row: number): RecordEntry {
    const given = this.given.get(row)
    if (given !== undefined) return given
    return {
      record: this.record(row),
      unit: this.texts.text(this.unit.get(row)),
      location: this.location(row),
    }
  }

  /**
   * A row's record as an input of a count — its kind, unit, date and where it was read —
   * made from the columns, without the record (its title, id and status). @internal
   */
  countInput(row: number): ProvenanceInput {
    const given = this.given.get(row)
    if (given !== undefined) return recordInput(given)
    return {
      indicator: this.texts.text(this.kind.get(row)),
      unit: this.texts.text(this.unit.get(row)),
      period: this.dateText(row),
      role: 'record',
      derived: false,
      location: this.location(row),
    }
  }

  /**
   * {@link countInput} as a report's JSON text (see `recordInputJsonText`), written from the
   * columns, each text quoted once. @internal
   */
  countInputJsonText(row: number): string {
    const given = this.given.get(row)
    if (given !== undefined) return recordInputJsonText(recordInput(given))
    const quoted = this.quoted
    return recordInputText(
      quoted(this.kind.get(row)),
      quoted(this.unit.get(row)),
      quoted(this.date.get(row)),
      this.places.location(row),
    )
  }

  /** A text of the table as JSON, by its number, quoted once. */
  private readonly quoted = (id: number): string => {
    let text = this.quotedTexts.get(id)
    if (text === undefined) {
      text = JSON.stringify(this.texts.text(id))
      this.quotedTexts.set(id, text)
    }
    return text
  }

  private readonly quotedTexts = new Map<number, string>()

  /** The id of a row's record, or `undefined`. */
  id(row: number): string | undefined {
    const given = this.given.get(row)
    return given === undefined ? this.ids[row] : given.record.id
  }

  /** The date of a row's record. */
  dateText(row: number): string {
    return this.texts.text(this.date.get(row))
  }
}

function isPlainRecord(record: SubmittedRecord): boolean {
  if (Object.getPrototypeOf(record) !== Object.prototype) return false
  for (const key in record) {
    if (!RECORD_KEYS.has(key)) return false
    if (typeof (record as Record<string, unknown>)[key] !== 'string') return false
  }
  return true
}
