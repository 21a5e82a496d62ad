/**
 * The readers a run uses, handed in by its entry: the Node entry's read files too. @internal
 */

import type { LocatedObservation, LocatedRecord } from '@tiendo/core'
import type { DataSource, NumberLocale, ReadLimits, ReadStats, RowItem } from '@tiendo/io/parse'
import type { TiendoIssue } from '@tiendo/schema'
import type { FileSource, SourceKind } from '../run/options'

/** Batches of rows read as observations or records, with issues in order; returns the counts. */
export type ItemBatches = AsyncGenerator<
  readonly (LocatedObservation | LocatedRecord | TiendoIssue)[],
  ReadStats | undefined,
  undefined
>

/** How every source is read. @internal */
export interface ReadContext {
  readonly limits?: Partial<ReadLimits> | undefined
  readonly numberLocale: NumberLocale
  readonly sheet?: string | undefined
  readonly signal?: AbortSignal | undefined
}

/** One source, opened: what it holds and its batches. @internal */
export interface OpenedSource {
  readonly kind: SourceKind
  readonly batches: ItemBatches
}

/** The reading functions of one build of `@tiendo/io`. @internal */
export interface Readers {
  /** The rows of content, to tell observations from records by their columns. */
  readonly rows: (
    source: DataSource,
    context: ReadContext,
  ) => AsyncGenerator<RowItem, void, undefined>
  readonly observations: (source: DataSource, context: ReadContext) => ItemBatches
  readonly records: (source: DataSource, context: ReadContext) => ItemBatches
  /**
   * Rows already read (a stream's, replayed after its header was looked at; a store's, in
   * batches), converted.
   */
  readonly fromRows: (
    rows: AsyncIterable<RowItem | readonly RowItem[]>,
    kind: SourceKind,
    context: ReadContext,
  ) => ItemBatches
  /** Files on disk; absent in a browser. */
  readonly file?: ((source: FileSource, context: ReadContext) => Promise<OpenedSource>) | undefined
}
