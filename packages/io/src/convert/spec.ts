import type { LocatedObservation, LocatedRecord } from '@tiendo/core'
import type { Observation, SourceLocation, SubmittedRecord, toTiendoIssues } from '@tiendo/schema'
import { ObservationSchema, RecordSchema } from '@tiendo/schema'
import { fastParseObservation, fastParseRecord } from '@tiendo/schema/internal'

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
  /** How each of `columns` is read: as text, as a decimal, or as a hyperlink's target. */
  readonly kinds: readonly ColumnKind[]
  /**
   * What `schema` returns for a row it surely accepts, or `undefined` when it must be asked
   * (see `fastParseObservation`).
   */
  readonly fastParse: (input: Readonly<Record<string, string>>) => T | undefined
  /**
   * The value of a row of text cells (no typed or linked cell) in the default number locale,
   * when `fastParse` accepts it as it stands, telling `onNumber` of each number cell; or
   * `undefined`, and nothing told, when the row must be converted step by step.
   */
  readonly quick: (cells: Cells, onNumber: NumberSeen | undefined) => T | undefined
}

type Cells = Readonly<Record<string, string | undefined>>
type NumberSeen = (text: string, column: string, outcome: 'accepted') => void

/** A cell's text, `undefined` when empty. */
function given(text: string | undefined): string | undefined {
  return text === '' ? undefined : text
}

/** Cells whose columns can be read as properties: no prototype to look through. */
function plain(cells: Cells): boolean {
  const proto = Object.getPrototypeOf(cells)
  return proto === null || proto === Object.prototype
}

function quickObservation(cells: Cells, onNumber: NumberSeen | undefined): Observation | undefined {
  if (!plain(cells)) return undefined
  const observation = fastParseObservation({
    indicator: given(cells.indicator),
    unit: given(cells.unit),
    period: given(cells.period),
    value: given(cells.value),
    qualifier: given(cells.qualifier),
    low: given(cells.low),
    high: given(cells.high),
    status: given(cells.status),
    source: given(cells.source),
    note: given(cells.note),
  })
  // The fast check takes no `low` or `high`: `value` is the one number cell.
  if (observation?.value !== undefined) onNumber?.(observation.value, 'value', 'accepted')
  return observation
}

function quickRecord(cells: Cells): SubmittedRecord | undefined {
  if (!plain(cells)) return undefined
  return fastParseRecord({
    id: given(cells.id),
    kind: given(cells.kind),
    unit: given(cells.unit),
    date: given(cells.date),
    status: given(cells.status),
    title: given(cells.title),
    evidence: given(cells.evidence),
    source: given(cells.source),
    note: given(cells.note),
  })
}

/** How a column's cell is read. @internal */
export type ColumnKind = 'text' | 'decimal' | 'link'

function kindsOf(
  columns: readonly string[],
  decimals: readonly string[],
  links: readonly string[],
): ColumnKind[] {
  return columns.map((column) =>
    decimals.includes(column) ? 'decimal' : links.includes(column) ? 'link' : 'text',
  )
}

/** The columns of an observation file, as docs/data-files.md lists them. */
export const OBSERVATION_COLUMNS = {
  required: ['indicator', 'unit', 'period', 'value'],
  optional: ['qualifier', 'low', 'high', 'status', 'source', 'note'],
} as const

/** The columns of a record file; `id` is optional. */
export const RECORD_COLUMNS = {
  required: ['kind', 'unit', 'date', 'status', 'title'],
  optional: ['id', 'evidence', 'source', 'note'],
} as const

const OBSERVATION_ALL = [...OBSERVATION_COLUMNS.required, ...OBSERVATION_COLUMNS.optional]
const RECORD_ALL = [...RECORD_COLUMNS.required, ...RECORD_COLUMNS.optional]

/** @internal */
export const OBSERVATION_SPEC: EntitySpec<Observation> = {
  name: 'observation',
  ...OBSERVATION_COLUMNS,
  columns: OBSERVATION_ALL,
  decimals: ['value', 'low', 'high'],
  links: [],
  dates: [],
  context: ['indicator', 'unit', 'period'],
  schema: ObservationSchema,
  kinds: kindsOf(OBSERVATION_ALL, ['value', 'low', 'high'], []),
  fastParse: fastParseObservation,
  quick: quickObservation,
}

/** @internal */
export const RECORD_SPEC: EntitySpec<SubmittedRecord> = {
  name: 'record',
  ...RECORD_COLUMNS,
  columns: RECORD_ALL,
  decimals: [],
  links: ['evidence'],
  dates: ['date'],
  context: ['unit'],
  schema: RecordSchema,
  kinds: kindsOf(RECORD_ALL, [], ['evidence']),
  fastParse: fastParseRecord,
  quick: quickRecord,
}

/** An observation read from a file: core's `LocatedObservation`, always with its location. */
export type ObservationRow = LocatedObservation & { readonly location: SourceLocation }

/** A record read from a file: core's `LocatedRecord`, always with its location. */
export type RecordRow = LocatedRecord & { readonly location: SourceLocation }
