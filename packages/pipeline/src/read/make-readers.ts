/**
 * The readers of a run, made from one build of `@tiendo/io` (its Node entry or its
 * browser-safe `parse` entry). @internal
 */

import type * as Io from '@tiendo/io/parse'
import type { RowItem } from '@tiendo/io/parse'
import type { Readers } from './readers'

/** The functions of `@tiendo/io` a run reads with. @internal */
export type IoReading = Pick<
  typeof Io,
  | 'readSourceRows'
  | 'readSourceObservationBatches'
  | 'readSourceRecordBatches'
  | 'observationBatchesFromRows'
  | 'recordBatchesFromRows'
>

/** Items handed on in batches of at most this many. */
const BATCH = 1024

/** @internal */
export function makeReaders(io: IoReading, file?: Readers['file']): Readers {
  return {
    rows: (source, context) =>
      io.readSourceRows(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
      }),
    observations: (source, context) =>
      io.readSourceObservationBatches(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
        numberLocale: context.numberLocale,
      }),
    records: (source, context) =>
      io.readSourceRecordBatches(source, {
        limits: context.limits,
        sheet: context.sheet,
        signal: context.signal,
      }),
    fromRows: (rows, kind, context) =>
      kind === 'records'
        ? io.recordBatchesFromRows(inBatches(rows))
        : io.observationBatchesFromRows(inBatches(rows), { numberLocale: context.numberLocale }),
    file,
  }
}

/** Rows given one by one or in batches, in batches of at most {@link BATCH} (or as given). */
async function* inBatches(
  rows: AsyncIterable<RowItem | readonly RowItem[]>,
): AsyncGenerator<readonly RowItem[], void, undefined> {
  let batch: RowItem[] = []
  for await (const item of rows) {
    if (isBatch(item)) {
      if (batch.length > 0) yield batch
      batch = []
      yield item
      continue
    }
    batch.push(item)
    if (batch.length >= BATCH) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** A batch of rows rather than one (a row is an object, never an array). */
function isBatch(item: RowItem | readonly RowItem[]): item is readonly RowItem[] {
  return Array.isArray(item)
}
