/**
 * Opening a source: content (text, bytes, a `Blob`, a stream), rows already read, or (Node)
 * a file — and telling whether it holds observations or records when it does not say.
 * @internal
 */

import type {
  DataOutsideCollector,
  LocatedObservation,
  LocatedRecord,
  UnitScope,
} from '@tiendo/core'
import { columnMeant } from '@tiendo/io/internal'
import type { DataSource, RowItem } from '@tiendo/io/parse'
import { isTiendoIssue } from '@tiendo/io/parse'
import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ObservationSchema, RecordSchema, toTiendoIssues } from '@tiendo/schema'
import type { z } from 'zod'
import type { FileSource, RowsSource, Source, SourceKind, SourceOptions } from '../run/options'
import type { ItemBatches, OpenedSource, ReadContext, Readers } from './readers'

/** The name a source goes by in issues and reports. @internal */
export function sourceName(source: Source): string {
  if (isBlob(source)) return (source as { name?: string }).name ?? 'blob'
  if ('path' in source) return source.name ?? source.path
  return source.name
}

/** The options of a source (a bare `Blob` or `File` has none). @internal */
export function sourceOptions(source: Source): SourceOptions {
  return isBlob(source) ? {} : source
}

/** Whether a source is a bare `Blob` (a browser `File`). */
function isBlob(source: Source): source is Blob {
  return typeof Blob !== 'undefined' && source instanceof Blob
}

/** @internal */
export async function openSource(
  source: Source,
  readers: Readers,
  context: ReadContext,
  part?: { readonly scope: UnitScope; readonly outside: DataOutsideCollector },
): Promise<OpenedSource> {
  if (isBlob(source)) {
    return openContent({ name: sourceName(source), blob: source }, undefined, readers, context)
  }
  if ('path' in source) {
    if (readers.file === undefined) {
      throw new TypeError(
        `The source \`${source.path}\` is a file path: only the Node entry of @tiendo/pipeline reads files. In a browser, give its content: { name, text } or { name, blob }.`,
      )
    }
    return readers.file(source as FileSource, context)
  }
  if ('observations' in source || 'records' in source) return openRows(source as RowsSource)
  if ('rowItems' in source) {
    // Only the part's rows when the source also says what the others hold; else every row,
    // which the run filters (and learns the others from).
    let items = source.rowItems
    if (part !== undefined && source.rowItemsWithin && source.describeOutside) {
      await source.describeOutside(part.scope, part.outside)
      items = source.rowItemsWithin(part.scope)
    }
    const rows = items[Symbol.asyncIterator]()
    return openRowItems(rows, source.kind, readers, context)
  }
  return openContent(source as DataSource, source.kind, readers, context)
}

async function openContent(
  source: DataSource,
  kind: SourceKind | undefined,
  readers: Readers,
  context: ReadContext,
): Promise<OpenedSource> {
  // A stream can be read once: its rows are read once, the kind told from its header.
  if ('chunks' in source) return openStream(source, kind, readers, context)
  const found = kind ?? (await kindOfRows(readers.rows(source, context)))
  const batches =
    found === 'records' ? readers.records(source, context) : readers.observations(source, context)
  return { kind: found, batches }
}

/**
 * Whether rows hold records rather than observations, by the columns of the first: a `kind`
 * column and no `indicator` one. Anything else is read as observations (whose reader then
 * names a missing column). Reads no further than the header.
 * @internal
 */
export async function kindOfRows(
  rows: AsyncGenerator<RowItem, void, undefined>,
): Promise<SourceKind> {
  try {
    for await (const item of rows) {
      const kind = kindOfItems([item])
      if (kind !== undefined) return kind
    }
  } finally {
    await rows.return(undefined)
  }
  return 'observations'
}

async function openStream(
  source: DataSource,
  kind: SourceKind | undefined,
  readers: Readers,
  context: ReadContext,
): Promise<OpenedSource> {
  if (kind !== undefined) {
    const batches =
      kind === 'records' ? readers.records(source, context) : readers.observations(source, context)
    return { kind, batches }
  }
  return openRowItems(readers.rows(source, context), kind, readers, context)
}

/**
 * Rows read elsewhere (a stream's, a store's), one by one or in batches, converted as a
 * file's are. Without a kind, rows are read until the header tells, then the same rows
 * again: one pass over them.
 */
async function openRowItems(
  rows: AsyncIterator<RowItem | readonly RowItem[], unknown, undefined>,
  kind: SourceKind | undefined,
  readers: Readers,
  context: ReadContext,
): Promise<OpenedSource> {
  const seen: (RowItem | readonly RowItem[])[] = []
  let found = kind
  while (found === undefined) {
    const next = await rows.next()
    if (next.done) break
    seen.push(next.value)
    found = kindOfItems(Array.isArray(next.value) ? next.value : [next.value as RowItem])
  }
  const replayed = (async function* () {
    yield* seen
    for (;;) {
      const next = await rows.next()
      if (next.done) return
      yield next.value
    }
  })()
  const kindFound = found ?? 'observations'
  return { kind: kindFound, batches: readers.fromRows(replayed, kindFound, context) }
}

/** The kind the first header or row of some items tells, if one is among them. */
function kindOfItems(items: readonly RowItem[]): SourceKind | undefined {
  for (const item of items) {
    if (isTiendoIssue(item)) continue
    // Read as the header hints read names (`Kind`, ` kind `, `Loại`): a record file with
    // mis-cased or Vietnamese names is told the record columns to rename, not the observation
    // columns it lacks.
    const columns = (item.kind === 'header' ? item.columns : Object.keys(item.cells)).map(
      columnMeant,
    )
    return columns.includes('kind') && !columns.includes('indicator') ? 'records' : 'observations'
  }
  return undefined
}

/** A row given with or without its location. */
interface GivenRow {
  readonly value: unknown
  readonly location: SourceLocation | undefined
}

/** A row as given: `{ observation, location }` / `{ record, location }`, or the bare row. */
function givenRow(row: unknown, key: 'observation' | 'record'): GivenRow {
  if (row !== null && typeof row === 'object' && key in row) {
    const located = row as { location?: SourceLocation } & Record<string, unknown>
    return { value: located[key], location: located.location }
  }
  return { value: row, location: undefined }
}

/**
 * Rows already read, checked against the schema as a file's rows are: a row that is not an
 * observation (or record) is an issue located at its index (`/observations/3`), never used.
 */
function openRows(source: RowsSource): OpenedSource {
  const kind: SourceKind =
    source.kind ??
    (source.observations === undefined && source.records !== undefined ? 'records' : 'observations')
  const batches = (async function* (): ItemBatches {
    const items: (LocatedObservation | LocatedRecord | TiendoIssue)[] = []
    let accepted = 0
    let errors = 0
    const reject = (error: z.ZodError, row: GivenRow, location: SourceLocation) => {
      for (const issue of toTiendoIssues(error, {
        input: row.value,
        locate: (path) => ({ ...location, path: `${location.path ?? ''}/${path.join('/')}` }),
      })) {
        errors++
        items.push(issue)
      }
    }
    for (const [index, given] of (source.observations ?? []).entries()) {
      const row = givenRow(given, 'observation')
      const location = row.location ?? { file: source.name, path: `/observations/${index}` }
      const parsed = ObservationSchema.safeParse(row.value)
      if (!parsed.success) {
        reject(parsed.error, row, location)
        continue
      }
      accepted++
      items.push({ observation: parsed.data, location })
    }
    for (const [index, given] of (source.records ?? []).entries()) {
      const row = givenRow(given, 'record')
      const location = row.location ?? { file: source.name, path: `/records/${index}` }
      const parsed = RecordSchema.safeParse(row.value)
      if (!parsed.success) {
        reject(parsed.error, row, location)
        continue
      }
      accepted++
      items.push({ record: parsed.data, location })
    }
    if (items.length > 0) yield items
    const rows = (source.observations?.length ?? 0) + (source.records?.length ?? 0)
    return { rows, accepted, errors, warnings: 0, infos: 0 }
  })()
  return { kind, batches }
}
