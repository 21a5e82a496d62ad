import type { Observation, SourceLocation, SubmittedRecord, toTiendoIssues } from '@tiendo/schema'
import { ObservationSchema, RecordSchema } from '@tiendo/schema'

/** The zod error a schema reports, as `toTiendoIssues` takes it. */
type SchemaError = Parameters<typeof toTiendoIssues>[0]

/** The columns of one kind of file, and how a row of it is checked. @internal */
export interface EntitySpec<T> {
  /** `observation` or `record`, for wording. */
  readonly name: 'observation' | 'record'
  readonly required: readonly string[]
  readonly optional: readonly string[]
  /** `required` then `optional`: every column read. */
  readonly columns: readonly string[]
  /** Columns read as exact decimals, following the number locale. */
  readonly decimals: readonly string[]
  /** Columns that read a hyperlink cell's target rather than its text. */
  readonly links: readonly string[]
  /** Columns that hold dates; a date cell anywhere else was most likely converted by Excel. */
  readonly dates: readonly string[]
  /** Columns copied onto every issue of a row (`indicator`, `unit`, `period`). */
  readonly context: ReadonlyArray<'indicator' | 'unit' | 'period'>
  readonly schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: SchemaError }
  }
}

/** The columns of an observation file (see DESIGN.md, "Observation files"). */
export const OBSERVATION_COLUMNS = {
  required: ['indicator', 'unit', 'period', 'value'],
  optional: ['qualifier', 'low', 'high', 'status', 'source', 'note'],
} as const

/** The columns of a record file; `id` is optional. */
export const RECORD_COLUMNS = {
  required: ['kind', 'unit', 'date', 'status', 'title'],
  optional: ['id', 'evidence', 'source', 'note'],
} as const

/** @internal */
export const OBSERVATION_SPEC: EntitySpec<Observation> = {
  name: 'observation',
  ...OBSERVATION_COLUMNS,
  columns: [...OBSERVATION_COLUMNS.required, ...OBSERVATION_COLUMNS.optional],
  decimals: ['value', 'low', 'high'],
  links: [],
  dates: [],
  context: ['indicator', 'unit', 'period'],
  schema: ObservationSchema,
}

/** @internal */
export const RECORD_SPEC: EntitySpec<SubmittedRecord> = {
  name: 'record',
  ...RECORD_COLUMNS,
  columns: [...RECORD_COLUMNS.required, ...RECORD_COLUMNS.optional],
  decimals: [],
  links: ['evidence'],
  dates: ['date'],
  context: ['unit'],
  schema: RecordSchema,
}

/** An observation read from a file, with where it was. */
export interface ObservationRow {
  readonly observation: Observation
  readonly location: SourceLocation
}

/** A record read from a file, with where it was. */
export interface RecordRow {
  readonly record: SubmittedRecord
  readonly location: SourceLocation
}
