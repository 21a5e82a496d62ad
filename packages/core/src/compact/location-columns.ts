/**
 * Where rows were read, column-wise: a file's text number and a line per row. Only plain
 * locations (`{ file?, row? }`, a whole row number) fit; a table keeps any other as given.
 * @internal
 */

import type { SourceLocation } from '@tiendo/schema'
import { IntColumn } from './columns'
import type { TextTable } from './text-table'

/** No location at all; a location without a file. */
const NO_LOCATION = -1
const NO_FILE = -2

/** @internal */
export class LocationColumns {
  /** A file's text number (or a number the table gives it, see {@link pushRaw}). */
  private readonly file = new IntColumn()
  private readonly line = new IntColumn()

  constructor(private readonly texts: TextTable) {}

  /** Adds a plain location (see {@link isPlainLocation}), or none. */
  push(location: SourceLocation | undefined): void {
    if (location === undefined) {
      this.pushRaw(NO_LOCATION)
      return
    }
    this.file.push(location.file === undefined ? NO_FILE : this.texts.intern(location.file))
    this.line.push(location.row ?? -1)
  }

  /** Adds a row without a location, holding `number` in place of its file. */
  pushRaw(number: number): void {
    this.file.push(number)
    this.line.push(-1)
  }

  /** Gives back the room kept for rows not added yet. */
  trim(): void {
    this.file.trim()
    this.line.trim()
  }

  /** The number a row was added with by {@link pushRaw}. */
  raw(row: number): number {
    return this.file.get(row)
  }

  /** Where a row was read, or `undefined`. */
  location(row: number): SourceLocation | undefined {
    const file = this.file.get(row)
    if (file === NO_LOCATION) return undefined
    const line = this.line.get(row)
    const location: SourceLocation = {}
    if (file !== NO_FILE) location.file = this.texts.text(file)
    if (line !== -1) location.row = line
    return location
  }
}

/** Whether a location fits the columns: none, or `{ file?, row? }` with a whole row number. */
export function isPlainLocation(location: SourceLocation | undefined): boolean {
  return (
    location === undefined ||
    (Object.getPrototypeOf(location) === Object.prototype &&
      Object.keys(location).every((key) => key === 'file' || key === 'row') &&
      (location.row === undefined || (Number.isInteger(location.row) && location.row >= 0)))
  )
}

/** The number {@link LocationColumns.pushRaw} adds for a row read nowhere. */
export const NO_PLACE = NO_LOCATION
